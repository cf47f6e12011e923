import type { DomainEvent } from '../../core/events/domain-event';
import type { UserEntity } from './user.entity';

export const USER_CHANGED = 'UserChanged';

/** Events reach webhooks and subscribers: the record never carries the signing secrets. */
export function userChangedEvent(kind: 'CREATED' | 'UPDATED', user: UserEntity, changedFields: readonly string[]): DomainEvent {
  const { signingPasswordHash: _hash, signingFailedAttempts: _attempts, ...record } = user;
  return { type: USER_CHANGED, aggregateType: 'User', aggregateId: user.id, payload: { kind, changedFields: [...changedFields], record } };
}
