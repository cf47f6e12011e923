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
});
