import type { UnitOfWork } from '../../core/mutation';
import type { LotEntity } from './lot.entity';

/**
 * Work other modules do in a receipt's transaction once the lot is stored (purchasing: the
 * order line's received quantity and status; quality: the incoming inspection). A hook throws
 * a UserErrorsException to refuse the receipt, which then writes nothing; lots does not
 * depend on those modules.
 */
export type ReceiptHook = (uow: UnitOfWork, lot: LotEntity, reason: string | null) => Promise<void>;

const receiptHooks: ReceiptHook[] = [];

export function onReceipt(hook: ReceiptHook): void {
  receiptHooks.push(hook);
}

export async function runReceiptHooks(uow: UnitOfWork, lot: LotEntity, reason: string | null): Promise<void> {
  for (const hook of receiptHooks) await hook(uow, lot, reason);
}
