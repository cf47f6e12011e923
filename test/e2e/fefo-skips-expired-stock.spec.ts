import { createTestServer, type TestServer } from '../support/test-server';
import { daysFromToday } from '../support/fixtures';
import { qualityTeam, stepped } from '../support/lot-steps';
import { AddCustomerAddressDocument, AllocateSalesOrderDocument, ConfirmSalesOrderDocument, CreateCustomerDocument, CreateSalesOrderDocument } from '../generated/graphql';

/**
 * ISO 13485 7.5.8: allocation offers only usable stock, first expiry first out. A lot is usable
 * through its expiry date (as consumption and the expiry job count it) and never after, even
 * while the hourly job has not yet marked it EXPIRED.
 */
let t: TestServer;
let q: Awaited<ReturnType<typeof qualityTeam>>;
let customer: { id: string; addressId: string };
let orders = 0;
const lots: Record<string, string> = {};

/** A released lot of the test material expiring `days` from today (the date moved once released: time passed). */
async function releasedLot(label: string, quantity: string, days: number) {
  const lot = await q.lot(label, quantity);
  await q.inspect(lot.id, ['2.35', '2.35']);
  await stepped(q.steps.release(lot.id, 2));
  await t.sql('UPDATE lot SET expires_on = $2 WHERE id = $1', [lot.id, daysFromToday(days)]);
  lots[lot.id] = label;
}

/** Allocates a new confirmed order of `quantity`; the allocations by lot label. */
async function allocate(quantity: string) {
  const created = await t.ok(
    CreateSalesOrderDocument,
    {
      input: { orderNumber: `FEF-${++orders}`, customerId: customer.id, shipToAddressId: customer.addressId, currency: 'CNY', lines: [{ materialId: q.material.id, quantity, unitPrice: '9.90' }] },
    },
    'SALES',
  );
  const id = created.createSalesOrder.salesOrder!.id;
  expect((await t.ok(ConfirmSalesOrderDocument, { input: { id, expectedVersion: 1 } }, 'SALES')).confirmSalesOrder.userErrors).toEqual([]);
  const res = (await t.ok(AllocateSalesOrderDocument, { input: { id, expectedVersion: 2 } }, 'WAREHOUSE')).allocateSalesOrder;
  return { id, userErrors: res.userErrors, allocated: (res.allocations ?? []).map((a) => [lots[a.lotId], a.quantity]) };
}

beforeAll(async () => {
  t = await createTestServer();
  q = await qualityTeam(t, 'FEF');
  const c = await t.ok(CreateCustomerDocument, { input: { code: 'FEF-H', name: 'Hospital FEF', country: 'CN' } }, 'SALES');
  const address = await t.ok(
    AddCustomerAddressDocument,
    {
      input: { customerId: c.createCustomer.customer!.id, label: 'Main', consigneeName: 'Receiving', line1: '1 Health Rd', city: 'Suzhou', postalCode: '215000', country: 'CN' },
    },
    'SALES',
  );
  customer = { id: c.createCustomer.customer!.id, addressId: address.addCustomerAddress.address!.id };
  await releasedLot('EXPIRED-YESTERDAY', '30', -1);
  await releasedLot('LATER', '30', 100);
});
afterAll(async () => {
  await t?.close();
});

describe('first-expiry-first-out allocation', () => {
  it('passes over a released lot past its expiry date that the expiry job has not marked yet', async () => {
    expect(await t.sql('SELECT status FROM lot WHERE id = ANY($1) GROUP BY status', [Object.keys(lots)])).toEqual([{ status: 'RELEASED' }]);
    const res = await allocate('5');
    expect(res).toMatchObject({ userErrors: [], allocated: [['LATER', '5']] });
  });

  it('takes a lot on its expiry day first', async () => {
    await releasedLot('EXPIRES-TODAY', '10', 0);
    const res = await allocate('12');
    expect(res).toMatchObject({
      userErrors: [],
      allocated: [
        ['EXPIRES-TODAY', '10'],
        ['LATER', '2'],
      ],
    });
  });

  it('refuses with INSUFFICIENT_STOCK, allocating nothing, when only expired stock would cover the order', async () => {
    const res = await allocate('24');
    expect(res).toMatchObject({ userErrors: [{ code: 'INSUFFICIENT_STOCK', field: ['input', 'id'] }], allocated: [] });
    expect(await t.sql(`SELECT status, version FROM sales_order WHERE id = $1`, [res.id])).toEqual([{ status: 'CONFIRMED', version: 2 }]);
    expect(await t.sql(`SELECT 1 FROM sales_allocation a JOIN sales_order_line l ON l.id = a.order_line_id WHERE l.order_id = $1`, [res.id])).toEqual([]);
  });
});
