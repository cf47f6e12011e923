import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Payload, payloadDescription, payloadRecordDescription } from '../../core/graphql/payload';
import { DateScalar, DecimalScalar, JSONScalar } from '../../core/graphql/scalars';
import { ElectronicSignature, SignatureInput } from '../../core/signatures/signature.types';
import { Lot } from './lot.types';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../core/idempotency';

@InputType({ description: 'Receives a lot from a supplier into QUARANTINE.' })
export class ReceiveLotInput {
  @Field(() => ID, { description: 'The material received; it must be ACTIVE and the supplier approved for it.' })
  materialId: string;

  @Field(() => ID, { description: 'Must be an approved source of the material and qualified today.' })
  supplierId: string;

  @Field({ description: "The supplier's lot number from the certificate or label." })
  supplierLotNumber: string;

  @Field(() => DecimalScalar, { description: "Quantity received, in the material's unit; greater than 0." })
  quantity: string;

  @Field(() => String, { nullable: true, description: "Must equal the material's unit when given." })
  unit?: string | null;

  @Field(() => ID, { description: 'The receiving location; the lot belongs to its site and its stock starts there.' })
  locationId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The purchase order line delivered: a line of a SENT or PARTIALLY_RECEIVED order of the same supplier and material, ' +
      'received at most up to its quantity plus the over-delivery tolerance (OVER_RECEIPT otherwise).',
  })
  purchaseOrderLineId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Manufacture date from the supplier's label, if given." })
  manufacturedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Default: manufacture (or receipt) date plus the material's shelf life." })
  expiresOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Serial number, for serial-controlled material.' })
  serialNumber?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Custom field values as a JSON object (at most 16 KiB of JSON), kept with the record.' })
  customFields?: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Why; kept in the audit trail.' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A lot lifecycle step. Release, reject, hold release, scrap, return and recall need a signature.' })
export class LotTransitionInput {
  @Field(() => ID, { description: 'The lot to transition.' })
  id: string;

  @Field(() => Int, { description: "The record's `version` as you last read it; if it has changed since, the mutation is refused with VERSION_CONFLICT and changes nothing." })
  expectedVersion: number;

  @Field({ description: 'Why the step is taken; kept in the audit trail and on the lot as statusReason.' })
  reason: string;

  @Field(() => SignatureInput, {
    nullable: true,
    description: 'Electronic signature (your signing password, meaning, reason) where the step requires one; SIGNATURE_REQUIRED when missing, SIGNATURE_INVALID when the password is wrong.',
  })
  signature?: SignatureInput | null;
}

@InputType({ description: 'Places a released lot on hold; with propagateForward, every released lot made from it too.' })
export class PlaceLotOnHoldInput extends LotTransitionInput {
  @Field({ defaultValue: false, description: 'Also hold every released downstream lot along the genealogy, in the same transaction.' })
  propagateForward: boolean;
}

function lotPayload(name: string) {
  @ObjectType(name, { implements: Payload, description: payloadDescription(name) })
  class LotPayload extends Payload {
    @Field(() => Lot, { nullable: true, description: payloadRecordDescription('lot') })
    lot: Lot | null;

    @Field(() => ElectronicSignature, { nullable: true, description: 'The signature this step recorded, if it needed one.' })
    signature?: ElectronicSignature | null;
  }
  return LotPayload;
}

export const ReceiveLotPayload = lotPayload('ReceiveLotPayload');
export const StartLotTestingPayload = lotPayload('StartLotTestingPayload');
export const ReleaseLotPayload = lotPayload('ReleaseLotPayload');
export const RejectLotPayload = lotPayload('RejectLotPayload');
export const PlaceLotOnHoldPayload = lotPayload('PlaceLotOnHoldPayload');
export const ReleaseLotHoldPayload = lotPayload('ReleaseLotHoldPayload');
export const ScrapLotPayload = lotPayload('ScrapLotPayload');
export const ReturnLotPayload = lotPayload('ReturnLotPayload');
export const ReworkLotPayload = lotPayload('ReworkLotPayload');
