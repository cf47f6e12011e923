import type { RequestContext } from '../../core/context';
import { transitionLot } from '../lots/lot-lifecycle.service';
import { LotStatus } from '../lots/lot.enums';
import type { LotTransitionInput } from '../lots/lot-inputs.types';
import { customersOf } from '../sales/shipment.lookups';
import { downstreamLotIds } from './trace.service';

/**
 * Recalls a lot (signed APPROVED by QA): it and every lot made from it become RECALLED in one
 * transaction, which blocks their stock everywhere; returns the customers to notify.
 */
export async function recallLot(ctx: RequestContext, input: LotTransitionInput) {
  const { lot, signature } = await transitionLot(ctx, input, LotStatus.RECALLED);
  const recalledLotIds = [lot.id, ...(await downstreamLotIds(ctx, lot.id))];
  return { lot, signature, recalledLotIds, customers: await customersOf(ctx, recalledLotIds) };
}
