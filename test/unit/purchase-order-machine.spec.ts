import { purchaseOrderMachine } from '../../src/modules/purchasing/purchase-order.state';
import { approvalRefusal } from '../../src/modules/purchasing/purchase-order-gates';
import { PurchaseOrderStatus as P } from '../../src/modules/purchasing/purchase-order.enums';
import type { Role } from '../../src/core/authz/role';

const ALL = Object.values(P);
const LEGAL: [P, P, Role][] = [
  [P.DRAFT, P.APPROVED, 'PURCHASING'],
  [P.DRAFT, P.APPROVED, 'QA_MANAGER'],
  [P.APPROVED, P.SENT, 'PURCHASING'],
  [P.SENT, P.PARTIALLY_RECEIVED, 'WAREHOUSE'],
  [P.SENT, P.RECEIVED, 'WAREHOUSE'],
  [P.PARTIALLY_RECEIVED, P.RECEIVED, 'INTEGRATION'],
  [P.RECEIVED, P.CLOSED, 'PURCHASING'],
  [P.PARTIALLY_RECEIVED, P.CLOSED, 'PURCHASING'],
  [P.DRAFT, P.CANCELLED, 'PURCHASING'],
  [P.APPROVED, P.CANCELLED, 'PURCHASING'],
  [P.SENT, P.CANCELLED, 'PURCHASING'],
];

describe('purchase order lifecycle', () => {
  it.each(LEGAL)('lets %s -> %s be taken by %s', (from, to, role) => {
    expect(purchaseOrderMachine.check(from, to, [role], 'why').ok).toBe(true);
  });

  it('refuses every other pair as INVALID_TRANSITION, including anything out of CLOSED or CANCELLED', () => {
    for (const from of ALL) {
      for (const to of ALL) {
        if (LEGAL.some(([f, t]) => f === from && t === to)) continue;
        expect([from, to, purchaseOrderMachine.check(from, to, ['ADMIN'], 'why')]).toMatchObject([from, to, { ok: false, code: 'INVALID_TRANSITION' }]);
      }
    }
  });

  it('keeps buyers and receivers to their own steps', () => {
    expect(purchaseOrderMachine.check(P.APPROVED, P.SENT, ['QA_MANAGER'], null)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(purchaseOrderMachine.check(P.SENT, P.RECEIVED, ['PURCHASING'], null)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(purchaseOrderMachine.check(P.DRAFT, P.APPROVED, ['WAREHOUSE'], null)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('needs a reason to cancel or close', () => {
    expect(purchaseOrderMachine.check(P.SENT, P.CANCELLED, ['PURCHASING'], ' ')).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(purchaseOrderMachine.check(P.RECEIVED, P.CLOSED, ['PURCHASING'], null)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    expect(purchaseOrderMachine.check(P.DRAFT, P.APPROVED, ['PURCHASING'], null).ok).toBe(true);
  });
});

describe('purchase order approval', () => {
  const order = (aboveLimit: boolean, currency = 'EUR') => ({ createdBy: 'buyer', currency, aboveLimit });

  it('never lets the creator approve, whatever the role', () => {
    expect(approvalRefusal(order(false), { subject: 'buyer', roles: ['ADMIN'] }, '10000')).toMatch(/separation of duties/);
  });

  it('lets PURCHASING approve up to the limit and only QA_MANAGER or ADMIN above it', () => {
    expect(approvalRefusal(order(false), { subject: 'colleague', roles: ['PURCHASING'] }, '10000')).toBeNull();
    expect(approvalRefusal(order(true), { subject: 'colleague', roles: ['PURCHASING'] }, '10000')).toMatch(/approval limit of 10000 EUR/);
    expect(approvalRefusal(order(true), { subject: 'qa', roles: ['QA_MANAGER'] }, '10000')).toBeNull();
    expect(approvalRefusal(order(true), { subject: 'admin', roles: ['ADMIN'] }, '10000')).toBeNull();
  });

  it('leaves an order in a currency without a limit to QA_MANAGER or ADMIN', () => {
    expect(approvalRefusal(order(true, 'USD'), { subject: 'colleague', roles: ['PURCHASING'] }, undefined)).toMatch(/No approval limit is set for USD/);
    expect(approvalRefusal(order(true, 'USD'), { subject: 'qa', roles: ['QA_MANAGER'] }, undefined)).toBeNull();
  });
});
