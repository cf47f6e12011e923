import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload } from '../../core/graphql/payload';
import { JSONScalar } from '../../core/graphql/scalars';
import { SiteStatus } from './site.enums';
import type { SiteEntity } from './site.entity';
import { SITE } from './site.declaration';

/** The Site type, its connection and list inputs come from its declaration (site.declaration.ts). */
export const { objectType: Site, connection: SiteConnection, filterInput: SiteFilter, orderInput: SiteOrder } = SITE;
export type Site = SiteEntity;
export type SiteFilter = InstanceType<typeof SiteFilter>;
export type SiteOrder = InstanceType<typeof SiteOrder>;

@InputType({ description: 'A new site; it starts ACTIVE.' })
export class CreateSiteInput {
  @Field({ description: 'Unique site code: letters, digits, ".", "_", "-", "/".' })
  code: string;

  @Field({ description: 'Display name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, upper case.' })
  country?: string | null;

  @Field({ defaultValue: 'UTC', description: 'IANA time zone, e.g. Asia/Shanghai.' })
  timezone: string;

  @Field(() => JSONScalar, { nullable: true, description: 'Customer-defined fields.' })
  customFields?: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Why the record is created (kept in the audit trail).' })
  reason?: string | null;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateSiteInput {
  @Field(() => ID, { description: 'The site to change.' })
  id: string;

  @Field(() => Int, { description: 'The version read; a stale one is VERSION_CONFLICT.' })
  expectedVersion: number;

  @Field({ description: 'Why the record changes (kept in the audit trail).' })
  reason: string;

  @Field({ nullable: true, description: 'New display name.' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'New country code; null clears it.' })
  country?: string | null;

  @Field({ nullable: true, description: 'New IANA time zone.' })
  timezone?: string;

  @Field(() => SiteStatus, { nullable: true, description: 'ACTIVE or INACTIVE.' })
  status?: SiteStatus;

  @Field(() => JSONScalar, { nullable: true, description: 'Replaces the customer-defined fields.' })
  customFields?: Record<string, unknown>;
}

@ObjectType({ implements: Payload, description: 'Result of createSite.' })
export class CreateSitePayload extends Payload {
  @Field(() => Site, { nullable: true, description: 'The new site; null if userErrors is not empty.' })
  site: Site | null;
}

@ObjectType({ implements: Payload, description: 'Result of updateSite.' })
export class UpdateSitePayload extends Payload {
  @Field(() => Site, { nullable: true, description: 'The site as changed; null if userErrors is not empty.' })
  site: Site | null;
}
