import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType, SortDirection } from '../../core/graphql/connection';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { LotOrigin, LotStatus } from './lot.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node, LifecycleFields], description: 'A lot of one material, with its status, production identifiers and signatures.' })
export class Lot extends LifecycleFields implements Node {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Internal lot number, unique per material.' })
  lotNumber: string;

  @Field(() => String, { nullable: true, description: "The supplier's own lot number." })
  supplierLotNumber: string | null;

  @Field(() => ID)
  materialId: string;

  @Field(() => ID, { nullable: true })
  supplierId: string | null;

  @Field(() => LotOrigin)
  origin: LotOrigin;

  @Field(() => ID)
  siteId: string;

  @Field(() => ID, { nullable: true, description: 'The purchase order line this lot was received against.' })
  purchaseOrderLineId: string | null;

  @Field(() => DecimalScalar, { description: 'Quantity received or produced.' })
  quantity: string;

  @Field()
  unit: string;

  @Field(() => DateScalar, { nullable: true })
  manufacturedOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  expiresOn: string | null;

  @Field(() => String, { nullable: true })
  serialNumber: string | null;

  @Field(() => LotStatus)
  status: LotStatus;

  @Field(() => String, { nullable: true, description: 'Reason given for the current status.' })
  statusReason: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  releasedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Printed name of the releaser.' })
  releasedBy: string | null;

  @Field({ description: 'Printed name of who received or produced the lot.' })
  createdByName: string;
}

export const LotConnection = ConnectionType(Lot, 'Lot');

@InputType({ description: 'Filters combine with AND; list values match any.' })
export class LotFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => [LotStatus], { nullable: true })
  status?: LotStatus[];

  @Field(() => [ID], { nullable: true })
  materialIds?: string[];

  @Field(() => [ID], { nullable: true })
  supplierIds?: string[];

  @Field(() => [ID], { nullable: true })
  siteIds?: string[];

  @Field(() => DateScalar, { nullable: true, description: 'Expiring on or after this date.' })
  expiresFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Expiring on or before this date.' })
  expiresTo?: string;

  @Field({ nullable: true })
  supplierLotNumber?: string;
}

export enum LotOrderField {
  LOT_NUMBER = 'LOT_NUMBER',
  EXPIRES_ON = 'EXPIRES_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(LotOrderField, { name: 'LotOrderField', description: 'Lots without an expiry date sort last by EXPIRES_ON.' });

@InputType()
export class LotOrder {
  @Field(() => LotOrderField)
  field: LotOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}
