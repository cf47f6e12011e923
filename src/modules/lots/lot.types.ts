import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { LifecycleFields } from '../../core/graphql/lifecycle-fields';
import { ConnectionType, SortDirection } from '../../core/graphql/connection';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../core/graphql/scalars';
import { LotOrigin, LotStatus } from './lot.enums';
import { ChangeWindowFilter } from '../../core/graphql/change-window';

@ObjectType({ implements: [Node, LifecycleFields], description: 'A lot of one material, with its status, production identifiers and signatures.' })
export class Lot extends LifecycleFields implements Node {
  @Field(() => ID, { description: 'Opaque global id (prefix lot_), stable forever; pass it to node(id:) or nodes(ids:).' })
  id: string;

  @Field({ description: 'Internal lot number, unique per material.' })
  lotNumber: string;

  @Field(() => String, { nullable: true, description: "The supplier's own lot number." })
  supplierLotNumber: string | null;

  @Field(() => ID, { description: "Global id of the lot's material." })
  materialId: string;

  @Field(() => ID, { nullable: true, description: 'Global id of the supplier of a received lot; null for a produced lot.' })
  supplierId: string | null;

  @Field(() => LotOrigin, { description: 'Whether the lot was received from a supplier or produced by a work order.' })
  origin: LotOrigin;

  @Field(() => ID, { description: 'Global id of the site that received or produced the lot.' })
  siteId: string;

  @Field(() => ID, { nullable: true, description: 'The purchase order line this lot was received against.' })
  purchaseOrderLineId: string | null;

  @Field(() => DecimalScalar, { description: 'Quantity received or produced.' })
  quantity: string;

  @Field({ description: "Unit of measure of `quantity`: the material's unit, e.g. EA." })
  unit: string;

  @Field(() => DateScalar, { nullable: true, description: 'Manufacture date (GS1 AI 11), if known.' })
  manufacturedOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Expiry date (GS1 AI 17); past it a RELEASED lot becomes EXPIRED. Null if the material does not expire.' })
  expiresOn: string | null;

  @Field(() => String, { nullable: true, description: 'Serial number (GS1 AI 21) of a serial-controlled material.' })
  serialNumber: string | null;

  @Field(() => LotStatus, { description: 'Lifecycle status; only RELEASED (or CONDITIONAL_RELEASE within its concession) may be used or shipped.' })
  status: LotStatus;

  @Field(() => String, { nullable: true, description: 'Reason given for the current status.' })
  statusReason: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Server UTC time of the last release; null if never released.' })
  releasedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Printed name of the releaser.' })
  releasedBy: string | null;

  @Field({ description: 'Printed name of who received or produced the lot.' })
  createdByName: string;
}

export const LotConnection = ConnectionType(Lot, 'Lot');

@InputType({ description: 'Filters combine with AND; list values match any.' })
export class LotFilter extends ChangeWindowFilter {
  @Field(() => [ID], { nullable: true, description: 'Only records with one of these global ids.' })
  ids?: string[];

  @Field(() => [LotStatus], { nullable: true, description: 'Only records in one of these statuses.' })
  status?: LotStatus[];

  @Field(() => [ID], { nullable: true, description: 'Only records of one of these materials (global ids).' })
  materialIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only records of one of these suppliers (global ids).' })
  supplierIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only records of one of these sites (global ids).' })
  siteIds?: string[];

  @Field(() => DateScalar, { nullable: true, description: 'Expiring on or after this date.' })
  expiresFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Expiring on or before this date.' })
  expiresTo?: string;

  @Field({ nullable: true, description: 'Only lots with exactly this supplier lot number.' })
  supplierLotNumber?: string;
}

export enum LotOrderField {
  LOT_NUMBER = 'LOT_NUMBER',
  EXPIRES_ON = 'EXPIRES_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(LotOrderField, {
  name: 'LotOrderField',
  description: 'Lots without an expiry date sort last by EXPIRES_ON.',
  valuesConfig: { CREATED_AT: { description: 'By `createdAt`.' }, EXPIRES_ON: { description: 'By `expiresOn`.' }, LOT_NUMBER: { description: 'By `lotNumber`.' } },
});

@InputType({ description: 'One sort key for lots; in orderBy, earlier keys take precedence and the id breaks remaining ties.' })
export class LotOrder {
  @Field(() => LotOrderField, { description: 'The field to sort by.' })
  field: LotOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending (default) or descending.' })
  direction: SortDirection;
}
