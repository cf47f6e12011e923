import type { DomainEvent } from '../../core/events/domain-event';
import type { LocationEntity } from './location.entity';
import type { SiteEntity } from './site.entity';

export const SITE_CHANGED = 'SiteChanged';
export const LOCATION_CHANGED = 'LocationChanged';

export type SiteChangeKind = 'CREATED' | 'UPDATED';

export interface SiteChangedPayload extends Record<string, unknown> {
  kind: SiteChangeKind;
  changedFields: string[];
  /** The record as committed; subscribers and webhooks are authorized against it. */
  record: Record<string, unknown>;
}

function changed(type: string, aggregateType: string, kind: SiteChangeKind, record: SiteEntity | LocationEntity, changedFields: readonly string[]): DomainEvent<SiteChangedPayload> {
  return { type, aggregateType, aggregateId: record.id, payload: { kind, changedFields: [...changedFields], record: { ...record } } };
}

export function siteChangedEvent(kind: SiteChangeKind, site: SiteEntity, changedFields: readonly string[]): DomainEvent<SiteChangedPayload> {
  return changed(SITE_CHANGED, 'Site', kind, site, changedFields);
}

export function locationChangedEvent(kind: SiteChangeKind, location: LocationEntity, changedFields: readonly string[]): DomainEvent<SiteChangedPayload> {
  return changed(LOCATION_CHANGED, 'Location', kind, location, changedFields);
}
