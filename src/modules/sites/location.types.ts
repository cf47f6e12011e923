import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType, SortDirection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { JSONScalar } from '../../core/graphql/scalars';
import { LocationType, SiteStatus } from './site.enums';
import { Site } from './site.types';

@ObjectType({ implements: [Node, LifecycleFields], description: 'A storage or work location within a site.' })
export class Location extends LifecycleFields implements Node {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  siteId: string;

  @Field(() => Site, { nullable: true, description: 'The site; null with FORBIDDEN where the caller may not read sites.' })
  site?: Site | null;

  @Field({ description: 'Unique within its site.' })
  code: string;

  @Field()
  name: string;

  @Field(() => LocationType)
  type: LocationType;

  @Field(() => SiteStatus)
  status: SiteStatus;
}

export const LocationConnection = ConnectionType(Location, 'Location');

@InputType({ description: 'Filters combine with AND; list values match any.' })
export class LocationFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => [ID], { nullable: true })
  siteIds?: string[];

  @Field(() => [LocationType], { nullable: true })
  types?: LocationType[];

  @Field(() => [SiteStatus], { nullable: true })
  status?: SiteStatus[];

  @Field({ nullable: true, description: 'Codes starting with this text.' })
  codePrefix?: string;

  @Field({ nullable: true, description: 'Case-insensitive substring of code or name.' })
  search?: string;
}

export enum LocationOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(LocationOrderField, { name: 'LocationOrderField' });

@InputType()
export class LocationOrder {
  @Field(() => LocationOrderField)
  field: LocationOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@InputType()
export class CreateLocationInput {
  @Field(() => ID)
  siteId: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => LocationType)
  type: LocationType;

  @Field(() => JSONScalar, { nullable: true })
  customFields?: Record<string, unknown>;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateLocationInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field()
  reason: string;

  @Field({ nullable: true })
  name?: string;

  @Field(() => LocationType, { nullable: true })
  type?: LocationType;

  @Field(() => SiteStatus, { nullable: true })
  status?: SiteStatus;

  @Field(() => JSONScalar, { nullable: true })
  customFields?: Record<string, unknown>;
}

@ObjectType({ implements: Payload })
export class CreateLocationPayload extends Payload {
  @Field(() => Location, { nullable: true })
  location: Location | null;
}

@ObjectType({ implements: Payload })
export class UpdateLocationPayload extends Payload {
  @Field(() => Location, { nullable: true })
  location: Location | null;
}
