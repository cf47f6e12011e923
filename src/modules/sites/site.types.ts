import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType, SortDirection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { JSONScalar } from '../../core/graphql/scalars';
import { SiteStatus } from './site.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node, LifecycleFields], description: 'A plant or warehouse: where stock is kept and work is done.' })
export class Site extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Globally unique, opaque identifier.' })
  id: string;

  @Field({ description: 'Unique site code, e.g. SZ-PLANT.' })
  code: string;

  @Field({ description: 'Display name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, e.g. CN.' })
  country: string | null;

  @Field({ description: 'IANA time zone, e.g. Asia/Shanghai; local shop-floor dates are computed in it.' })
  timezone: string;

  @Field(() => SiteStatus, { description: 'ACTIVE or INACTIVE.' })
  status: SiteStatus;
}

export const SiteConnection = ConnectionType(Site, 'Site');

@InputType({ description: 'Filters combine with AND; list values match any.' })
export class SiteFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these sites.' })
  ids?: string[];

  @Field(() => [SiteStatus], { nullable: true, description: 'Only sites in these statuses.' })
  status?: SiteStatus[];

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  country?: string;

  @Field({ nullable: true, description: 'Case-insensitive substring of code or name.' })
  search?: string;
}

export enum SiteOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(SiteOrderField, {
  name: 'SiteOrderField',
  description: 'Fields sites can be ordered by.',
  valuesConfig: { CODE: { description: 'By `code`.' }, CREATED_AT: { description: 'By `createdAt`.' }, NAME: { description: 'By `name`.' }, UPDATED_AT: { description: 'By `updatedAt`.' } },
});

@InputType({ description: 'One ordering key; the id breaks ties.' })
export class SiteOrder {
  @Field(() => SiteOrderField, { description: 'Field to order by.' })
  field: SiteOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction; ASC by default.' })
  direction: SortDirection;
}

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
