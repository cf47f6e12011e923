import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType, SortDirection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { JSONScalar } from '../../core/graphql/scalars';
import { LocationStatus, LocationType } from './site.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node, LifecycleFields], description: 'A storage or work location within a site.' })
export class Location extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Globally unique, opaque identifier.' })
  id: string;

  @Field(() => ID, { description: 'Id of the site the location belongs to.' })
  siteId: string;

  @Field({ description: 'Location code, unique within its site, e.g. RM-A-01.' })
  code: string;

  @Field({ description: 'Display name.' })
  name: string;

  @Field(() => LocationType, { description: 'What the location is used for.' })
  type: LocationType;

  @Field(() => LocationStatus, { description: 'ACTIVE or INACTIVE.' })
  status: LocationStatus;
}

export const LocationConnection = ConnectionType(Location, 'Location');

@InputType({ description: 'Filters combine with AND; list values match any.' })
export class LocationFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true, description: 'Only these locations.' })
  ids?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only locations of these sites.' })
  siteIds?: string[];

  @Field(() => [LocationType], { nullable: true, description: 'Only locations of these types.' })
  types?: LocationType[];

  @Field(() => [LocationStatus], { nullable: true, description: 'Only locations in these statuses.' })
  status?: LocationStatus[];

  @Field({ nullable: true, description: 'Codes starting with this text (case-sensitive).' })
  codePrefix?: string;

  @Field({ nullable: true, description: 'Case-insensitive substring of code or name.' })
  search?: string;
}

export enum LocationOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(LocationOrderField, {
  name: 'LocationOrderField',
  description: 'Fields locations can be ordered by.',
  valuesConfig: { CODE: { description: 'By `code`.' }, CREATED_AT: { description: 'By `createdAt`.' }, NAME: { description: 'By `name`.' }, UPDATED_AT: { description: 'By `updatedAt`.' } },
});

@InputType({ description: 'One ordering key; the id breaks ties.' })
export class LocationOrder {
  @Field(() => LocationOrderField, { description: 'Field to order by.' })
  field: LocationOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction; ASC by default.' })
  direction: SortDirection;
}

@InputType({ description: 'A new location in an ACTIVE site; it starts ACTIVE.' })
export class CreateLocationInput {
  @Field(() => ID, { description: 'The site; must exist, be ACTIVE and be one the caller may work in.' })
  siteId: string;

  @Field({ description: 'Code, unique within the site: letters, digits, ".", "_", "-", "/".' })
  code: string;

  @Field({ description: 'Display name.' })
  name: string;

  @Field(() => LocationType, { description: 'What the location is used for.' })
  type: LocationType;

  @Field(() => JSONScalar, { nullable: true, description: 'Customer-defined fields.' })
  customFields?: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Why the record is created (kept in the audit trail).' })
  reason?: string | null;
}

@InputType({ description: 'Only the fields given are changed. A location cannot move to another site.' })
export class UpdateLocationInput {
  @Field(() => ID, { description: 'The location to change.' })
  id: string;

  @Field(() => Int, { description: 'The version read; a stale one is VERSION_CONFLICT.' })
  expectedVersion: number;

  @Field({ description: 'Why the record changes (kept in the audit trail).' })
  reason: string;

  @Field({ nullable: true, description: 'New display name.' })
  name?: string;

  @Field(() => LocationType, { nullable: true, description: 'New use of the location.' })
  type?: LocationType;

  @Field(() => LocationStatus, { nullable: true, description: 'ACTIVE or INACTIVE.' })
  status?: LocationStatus;

  @Field(() => JSONScalar, { nullable: true, description: 'Replaces the customer-defined fields.' })
  customFields?: Record<string, unknown>;
}

@ObjectType({ implements: Payload, description: 'Result of createLocation.' })
export class CreateLocationPayload extends Payload {
  @Field(() => Location, { nullable: true, description: 'The new location; null if userErrors is not empty.' })
  location: Location | null;
}

@ObjectType({ implements: Payload, description: 'Result of updateLocation.' })
export class UpdateLocationPayload extends Payload {
  @Field(() => Location, { nullable: true, description: 'The location as changed; null if userErrors is not empty.' })
  location: Location | null;
}
