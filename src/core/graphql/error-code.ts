import { registerEnumType } from 'type-graphql';

/** Stable codes for expected failures (userErrors) and GraphQL error extensions. */
export enum ErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  FORBIDDEN = 'FORBIDDEN',
  SIGNATURE_REQUIRED = 'SIGNATURE_REQUIRED',
  SIGNATURE_INVALID = 'SIGNATURE_INVALID',
  SUPPLIER_NOT_APPROVED = 'SUPPLIER_NOT_APPROVED',
  LOT_NOT_RELEASED = 'LOT_NOT_RELEASED',
  LOT_EXPIRED = 'LOT_EXPIRED',
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  EQUIPMENT_NOT_CALIBRATED = 'EQUIPMENT_NOT_CALIBRATED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  DUPLICATE = 'DUPLICATE',
  /** A conditionally released lot used outside its concession's quantity, customer or date. */
  CONCESSION_EXCEEDED = 'CONCESSION_EXCEEDED',
  /** The signing password is older than SIGNING_PASSWORD_MAX_AGE_DAYS: its owner must set a new one (setSigningPassword) before signing. */
  SIGNING_PASSWORD_EXPIRED = 'SIGNING_PASSWORD_EXPIRED',
  /** A receipt beyond a purchase order line's quantity plus the over-delivery tolerance. */
  OVER_RECEIPT = 'OVER_RECEIPT',
}

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'Stable machine-readable codes for expected failures.',
  valuesConfig: {
    CONCESSION_EXCEEDED: { description: "A conditionally released lot used outside its concession's quantity, customer or date." },
    DUPLICATE: { description: 'A record with this unique value (code, number) already exists; `field` names it.' },
    EQUIPMENT_NOT_CALIBRATED: { description: 'The equipment is not in service or is past its calibration due date.' },
    FORBIDDEN: { description: "The caller's roles do not allow this action, or this record or field." },
    IDEMPOTENCY_KEY_REUSED: { description: 'The idempotency key was already used with a different input.' },
    INSUFFICIENT_STOCK: { description: 'Not enough stock of the lot at the location.' },
    INVALID_TRANSITION: { description: "The record's status does not allow this step, or the caller may not take it." },
    LOT_EXPIRED: { description: 'The lot is past its expiry date.' },
    LOT_NOT_RELEASED: { description: 'The lot is not RELEASED (nor CONDITIONAL_RELEASE within its concession).' },
    NOT_FOUND: { description: 'No record with this id exists that the caller may read.' },
    OVER_RECEIPT: { description: "A receipt beyond a purchase order line's quantity plus the over-delivery tolerance." },
    SIGNATURE_INVALID: { description: 'The signing password is wrong, or the signer is locked or may not sign this step.' },
    SIGNATURE_REQUIRED: { description: 'This step requires an electronic signature and none was given.' },
    SIGNING_PASSWORD_EXPIRED: { description: 'The signing password is too old: its owner must set a new one (setSigningPassword) before signing.' },
    SUPPLIER_NOT_APPROVED: { description: 'The supplier is not qualified, or not on the approved-supplier list for the material.' },
    VALIDATION_FAILED: { description: 'An input value is malformed or out of range; `field` names it.' },
    VERSION_CONFLICT: { description: 'The record changed since the expectedVersion you sent: read it again.' },
  },
});
