import { createTestServer, subscribe, type Caller, type TestServer } from '../support/test-server';
import { receive, receivingSetup } from '../support/lot-fixtures';
import { StartLotTestingDocument } from '../generated/graphql';

/**
 * Multiplexed subscriptions: subscribers with the same document, variables and rules are one
 * group; each event is executed once for the group and every member gets the same payload
 * (messages differ only in the subscription id). Members whose rules differ, or who read
 * different fields, are never given another group's result.
 */
let t: TestServer;
let plant: Awaited<ReturnType<typeof receivingSetup>>;

const LOT_CHANGES = `subscription { lotStatusChanged(filter: { statuses: [UNDER_TEST] }) { eventId status lot { id lotNumber supplierId material { code } } } }`;
const WITH_SUPPLIER = `subscription { lotStatusChanged(filter: { statuses: [UNDER_TEST] }) { eventId status lot { id supplier { code contactEmail } } } }`;

async function results(): Promise<{ executed: number; shared: number }> {
  const metrics = await (await fetch(t.url.replace('/graphql', '/metrics'))).text();
  const count = (source: string) => Number(new RegExp(`lotgraph_subscription_results_total\\{source="${source}"\\} (\\d+)`).exec(metrics)?.[1] ?? 0);
  return { executed: count('executed'), shared: count('shared') };
}

const connect = (caller: Caller) => t.ws({ authorization: `Bearer ${t.token(caller)}` });

beforeAll(async () => {
  t = await createTestServer();
  plant = await receivingSetup(t, 'GRP');
});

afterAll(() => t?.close());

it('executes each event once per group and sends every member the same payload', async () => {
  const qaA = subscribe<any>(connect({ roles: ['QA_MANAGER'], sub: 'qa-a' }), LOT_CHANGES);
  const qaB = subscribe<any>(connect({ roles: ['QA_MANAGER'], sub: 'qa-b' }), LOT_CHANGES);
  const qaC = subscribe<any>(connect({ roles: ['QA_MANAGER'], sub: 'qa-c' }), LOT_CHANGES);
  const supplier = subscribe<any>(connect({ roles: ['SUPPLIER'], sub: 'portal', supplierId: plant.supplier.id }), LOT_CHANGES);
  const bi = subscribe<any>(connect({ roles: ['BI_READER'], sub: 'bi' }), WITH_SUPPLIER);
  const qaSupplierFields = subscribe<any>(connect({ roles: ['QA_MANAGER'], sub: 'qa-d' }), WITH_SUPPLIER);
  await t.subscribers(6);
  const before = await results();

  const lot = await receive(t, { materialId: plant.material.id, supplierId: plant.supplier.id, quantity: '5', locationId: plant.locationId, supplierLotNumber: 'G-1' });
  const started = await t.ok(StartLotTestingDocument, { input: { id: lot.id, expectedVersion: lot.version, reason: 'Incoming inspection' } }, 'QA_INSPECTOR');
  expect(started.startLotTesting.userErrors).toEqual([]);

  for (const s of [qaA, qaB, qaC, supplier, bi, qaSupplierFields]) await s.waitFor(1);
  const [a, b, c] = [qaA, qaB, qaC].map((s) => s.events[0]);
  expect(a.lotStatusChanged.lot).toEqual({ id: lot.id, lotNumber: lot.lotNumber, supplierId: plant.supplier.id, material: { code: 'GRP' } });
  expect(b).toEqual(a);
  expect(c).toEqual(a);
  // The supplier's rules differ (they name its supplier and materials): its own group, the same data here.
  expect(supplier.events[0]).toEqual(a);
  expect(supplier.errors).toEqual([]);
  // The same fields under other rules: the BI reader's supplier contact is masked (null with FORBIDDEN), the QA manager's is not.
  expect(bi.events[0].lotStatusChanged.lot.supplier).toEqual({ code: 'GRP-SUP', contactEmail: null });
  expect(bi.errors).toEqual([expect.objectContaining({ path: ['lotStatusChanged', 'lot', 'supplier', 'contactEmail'] })]);
  expect(qaSupplierFields.events[0].lotStatusChanged.lot.supplier).toEqual({ code: 'GRP-SUP', contactEmail: 'grp-sup@example.com' });
  expect(qaSupplierFields.errors).toEqual([]);

  // Four groups (QA managers, the supplier, the BI reader, the QA manager with supplier fields), six members.
  const after = await results();
  expect({ executed: after.executed - before.executed, shared: after.shared - before.shared }).toEqual({ executed: 4, shared: 2 });
});
