import type { DomainEvent } from '../../core/events/domain-event';
import type { UserEntity } from './user.entity';

export const USER_CHANGED = 'UserChanged';

/** The record in the event never carries the signing password hash. */
export function userChangedEvent(kind: 'CREATED' | 'UPDATED', user: UserEntity, changedFields: readonly string[]): DomainEvent {
  const { signingPasswordHash: _hash, ...record } = user;
  return { type: USER_CHANGED, aggregateType: 'User', aggregateId: user.id, payload: { kind, changedFields: [...changedFields], record } };
}
