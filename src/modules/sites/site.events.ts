import type { DomainEvent } from '../../core/events/domain-event';
import type { LocationEntity } from './location.entity';
import type { SiteEntity } from './site.entity';

export const SITE_CHANGED = 'SiteChanged';
export const LOCATION_CHANGED = 'LocationChanged';

export function siteChangedEvent(kind: 'CREATED' | 'UPDATED', site: SiteEntity, changedFields: readonly string[]): DomainEvent {
  return { type: SITE_CHANGED, aggregateType: 'Site', aggregateId: site.id, payload: { kind, changedFields: [...changedFields], record: { ...site } } };
}

export function locationChangedEvent(kind: 'CREATED' | 'UPDATED', location: LocationEntity, changedFields: readonly string[]): DomainEvent {
  return {
    type: LOCATION_CHANGED, aggregateType: 'Location', aggregateId: location.id,
    payload: { kind, changedFields: [...changedFields], record: { ...location } },
  };
}
