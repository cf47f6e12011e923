import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType, SortDirection } from '../../core/graphql/connection';
import { Payload } from '../../core/graphql/payload';
import { JSONScalar } from '../../core/graphql/scalars';
import { SiteStatus } from './site.enums';

@ObjectType({ implements: [Node, LifecycleFields], description: 'A plant or warehouse.' })
export class Site extends LifecycleFields implements Node {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Unique site code.' })
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  country: string | null;

  @Field({ description: 'IANA time zone, e.g. Asia/Shanghai.' })
  timezone: string;

  @Field(() => SiteStatus)
  status: SiteStatus;
}

export const SiteConnection = ConnectionType(Site, 'Site');

@InputType({ description: 'Filters combine with AND; list values match any.' })
export class SiteFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => [SiteStatus], { nullable: true })
  status?: SiteStatus[];

  @Field({ nullable: true })
  country?: string;

  @Field({ nullable: true, description: 'Case-insensitive substring of code or name.' })
  search?: string;
}

export enum SiteOrderField {
  CODE = 'CODE',
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(SiteOrderField, { name: 'SiteOrderField' });

@InputType()
export class SiteOrder {
  @Field(() => SiteOrderField)
  field: SiteOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

@InputType()
export class CreateSiteInput {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field({ defaultValue: 'UTC', description: 'IANA time zone.' })
  timezone: string;

  @Field(() => JSONScalar, { nullable: true })
  customFields?: Record<string, unknown>;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateSiteInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field()
  reason: string;

  @Field({ nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field({ nullable: true })
  timezone?: string;

  @Field(() => SiteStatus, { nullable: true })
  status?: SiteStatus;

  @Field(() => JSONScalar, { nullable: true })
  customFields?: Record<string, unknown>;
}

@ObjectType({ implements: Payload })
export class CreateSitePayload extends Payload {
  @Field(() => Site, { nullable: true })
  site: Site | null;
}

@ObjectType({ implements: Payload })
export class UpdateSitePayload extends Payload {
  @Field(() => Site, { nullable: true })
  site: Site | null;
}
