import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DecimalScalar } from '../../core/graphql/scalars';
import { ElectronicSignature, SignatureInput } from '../../core/signatures/signature.types';
import { MovementType } from './stock.enums';
import { StockMovement } from './stock.types';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../core/idempotency';

@InputType({ description: 'Moves stock of a lot. TRANSFER needs both locations; ISSUE, SHIP, SCRAP and SAMPLE take from one.' })
export class MoveStockInput {
  @Field(() => ID, { description: 'The lot moved.' })
  lotId: string;

  @Field(() => MovementType, { defaultValue: MovementType.TRANSFER, description: 'What kind of movement it is.' })
  type: MovementType;

  @Field(() => ID, { description: 'The location the stock leaves; it must hold enough of the lot.' })
  fromLocationId: string;

  @Field(() => ID, { nullable: true, description: 'The receiving location; required for TRANSFER, omitted otherwise.' })
  toLocationId?: string | null;

  @Field(() => DecimalScalar, { description: "Quantity moved, in the material's unit; greater than 0." })
  quantity: string;

  @Field(() => String, { nullable: true, description: 'Why; kept in the audit trail and on the movement.' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'External reference kept on the movement, e.g. a WMS task number.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Sets the counted quantity of a lot at a location; the difference is an ADJUST movement.' })
export class AdjustStockInput {
  @Field(() => ID, { description: 'The lot counted.' })
  lotId: string;

  @Field(() => ID, { description: 'The location whose count is recorded.' })
  locationId: string;

  @Field(() => DecimalScalar, { description: 'The counted quantity (zero or more).' })
  countedQuantity: string;

  @Field({ description: 'Why: cycle count, damage found...' })
  reason: string;

  @Field(() => SignatureInput, {
    nullable: true,
    description: 'Needed (meaning APPROVED, by QA who may dispose of lots) when the count lowers the stock of a lot that is on hold, rejected, recalled, expired, scrapped or returned.',
  })
  signature?: SignatureInput | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('MoveStockPayload') })
export class MoveStockPayload extends Payload {
  @Field(() => StockMovement, { nullable: true, description: payloadRecordDescription('movement') })
  movement: StockMovement | null;
}

@ObjectType({ implements: Payload, description: payloadDescription('AdjustStockPayload') })
export class AdjustStockPayload extends Payload {
  @Field(() => StockMovement, { nullable: true, description: payloadRecordDescription('movement') })
  movement: StockMovement | null;

  @Field(() => ElectronicSignature, { nullable: true, description: "The QA signature on the lot, when the count lowered a blocked lot's stock." })
  signature?: ElectronicSignature | null;
}
