import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { approveSource, createMaterial, createSupplier, daysFromToday } from '../support/fixtures';
import { receive, receivingSetup } from '../support/lot-fixtures';
import {
  ApprovePurchaseOrderDocument,
  CreatePurchaseOrderDocument,
  SendPurchaseOrderDocument,
  SetMaterialSupplierStatusDocument,
  SupplierPortalDocument,
  SupplierPortalWithInternalFieldsDocument,
} from '../generated/graphql';

/**
 * A supplier portal built on Apollo Client, as the README tells partners to set it up: the
 * SUPPLIER reads its lots with their material, its approved-supplier entries with the materials
 * they name, and the purchase orders addressed to it with their lines and the lots received
 * against them; internal fields and lists it may not read are null with FORBIDDEN at their path.
 */
let t: TestServer;
let plant: Awaited<ReturnType<typeof receivingSetup>>;
let portal: Caller;
let rivalOnly: { id: string };
let revoked: { id: string; code: string };
let order: { id: string; orderNumber: string; lines?: { id: string }[] | null };
let rivalOrder: { id: string };
let received: { id: string; lotNumber: string };

beforeAll(async () => {
  t = await createTestServer();
  plant = await receivingSetup(t, 'PTL', '04012345678901');
  portal = { roles: ['SUPPLIER'], sub: 'portal-ptl', supplierId: plant.supplier.id };

  const rival = await createSupplier(t, 'PTL-RIVAL', 'APPROVED');
  await approveSource(t, plant.material.id, rival.id);
  rivalOnly = await createMaterial(t, 'PTL-RIVAL-ONLY');
  await approveSource(t, rivalOnly.id, rival.id);
  revoked = await createMaterial(t, 'PTL-REVOKED');
  const entry = await approveSource(t, revoked.id, plant.supplier.id);
  const revocation = await t.ok(SetMaterialSupplierStatusDocument, { input: { id: entry.id, expectedVersion: entry.version, status: 'REVOKED', reason: 'Tooling scrapped' } }, 'QA_MANAGER');
  expect(revocation.setMaterialSupplierStatus.userErrors).toEqual([]);

  const place = async (supplierId: string) => {
    const res = await t.ok(
      CreatePurchaseOrderDocument,
      {
        input: { supplierId, currency: 'CNY', lines: [{ materialId: plant.material.id, quantity: '100', unitPrice: '2.50', dueOn: daysFromToday(30) }] },
      },
      'PURCHASING',
    );
    expect(res.createPurchaseOrder.userErrors).toEqual([]);
    return res.createPurchaseOrder.purchaseOrder!;
  };
  const placed = await place(plant.supplier.id);
  expect((await t.ok(ApprovePurchaseOrderDocument, { input: { id: placed.id, expectedVersion: 1 } }, 'QA_MANAGER')).approvePurchaseOrder.userErrors).toEqual([]);
  expect((await t.ok(SendPurchaseOrderDocument, { input: { id: placed.id, expectedVersion: 2 } }, 'PURCHASING')).sendPurchaseOrder.userErrors).toEqual([]);
  order = placed;
  received = await receive(t, {
    materialId: plant.material.id,
    supplierId: plant.supplier.id,
    supplierLotNumber: 'SZ-2026-001',
    quantity: '40',
    locationId: plant.locationId,
    purchaseOrderLineId: placed.lines![0].id,
  });
  rivalOrder = await place(rival.id);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/** The client a partner's portal creates (README, "Supplier portal"), with the SUPPLIER account's token. */
function portalClient(caller: Caller): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: t.url, fetch, headers: { authorization: `Bearer ${t.token(caller)}` } }),
    cache: new InMemoryCache(),
  });
}

const errorsOf = (error: unknown) => {
  if (!CombinedGraphQLErrors.is(error)) throw new Error(`Expected GraphQL errors, got ${String(error)}`);
  return error.errors.map((e) => [e.path?.join('.'), e.extensions?.code]).sort();
};

it('serves a SUPPLIER its lots with their material, its approved materials, and its orders with lines, prices and receipts', async () => {
  const { data, error } = await portalClient(portal).query({ query: SupplierPortalDocument, variables: { first: 50 } });
  expect(error).toBeUndefined();
  expect(data?.me).toMatchObject({ id: 'portal-ptl', roles: ['SUPPLIER'], supplierId: plant.supplier.id });

  const lots = data!.lots!.edges.map((e) => e.node);
  expect(lots).toEqual([
    expect.objectContaining({
      id: received.id,
      supplierLotNumber: 'SZ-2026-001',
      quantity: '40',
      purchaseOrderLineId: order.lines![0].id,
      material: { __typename: 'Material', id: plant.material.id, code: 'PTL', name: 'Material PTL', unit: 'EA', gtin: '04012345678901' },
    }),
  ]);

  // Its entries only; a REVOKED entry is still listed, but the material is no longer the supplier's to read.
  const entries = data!.approvedSuppliers!.edges.map((e) => e.node);
  expect(entries.map((e) => [e.status, e.material?.code ?? null]).sort()).toEqual([
    ['APPROVED', 'PTL'],
    ['REVOKED', null],
  ]);
  expect(entries.find((e) => e.status === 'APPROVED')?.material).toMatchObject({ revision: 'A', shelfLifeDays: 365, lotControlled: true });

  const orders = data!.purchaseOrders!.edges.map((e) => e.node);
  expect(orders.map((o) => o.id)).toEqual([order.id]);
  expect(orders[0]).toMatchObject({ orderNumber: order.orderNumber, status: 'PARTIALLY_RECEIVED', currency: 'CNY', totalAmount: '250' });
  expect(orders[0].lines).toEqual([
    expect.objectContaining({
      lineNo: 1,
      quantity: '100',
      unitPrice: '2.5',
      receivedQuantity: '40',
      material: { __typename: 'Material', id: plant.material.id, code: 'PTL', name: 'Material PTL' },
      receipts: [expect.objectContaining({ id: received.id, lotNumber: received.lotNumber, supplierLotNumber: 'SZ-2026-001', quantity: '40' })],
    }),
  ]);
  expect(orders.map((o) => o.id)).not.toContain(rivalOrder.id);
});

it("throws on a request mixing allowed and refused fields under Apollo's default error policy (none)", async () => {
  const refused = portalClient(portal).query({ query: SupplierPortalWithInternalFieldsDocument, variables: { first: 10 } });
  await expect(refused).rejects.toBeInstanceOf(CombinedGraphQLErrors);
  expect(errorsOf(await refused.catch((e: unknown) => e))).toEqual([
    ['capas', 'FORBIDDEN'],
    ['materials.edges.0.node.customFields', 'FORBIDDEN'],
    ['materials.edges.0.node.lotNumberPattern', 'FORBIDDEN'],
    ['materials.edges.0.node.reorderPoint', 'FORBIDDEN'],
  ]);
});

it("answers the same request with errorPolicy 'all': every allowed field, null and FORBIDDEN at each refused path", async () => {
  const { data, error } = await portalClient(portal).query({ query: SupplierPortalWithInternalFieldsDocument, variables: { first: 10 }, errorPolicy: 'all' });
  expect(data?.me).toMatchObject({ id: 'portal-ptl', supplierId: plant.supplier.id });
  // Only the material it is a source of: not another supplier's, not one whose entry was revoked.
  expect(data?.materials?.edges.map((e) => e.node)).toEqual([
    {
      __typename: 'Material',
      id: plant.material.id,
      code: 'PTL',
      name: 'Material PTL',
      gtin: '04012345678901',
      reorderPoint: null,
      lotNumberPattern: null,
      customFields: null,
    },
  ]);
  expect(data?.capas).toBeNull();
  expect(errorsOf(error)).toEqual([
    ['capas', 'FORBIDDEN'],
    ['materials.edges.0.node.customFields', 'FORBIDDEN'],
    ['materials.edges.0.node.lotNumberPattern', 'FORBIDDEN'],
    ['materials.edges.0.node.reorderPoint', 'FORBIDDEN'],
  ]);
});

it('gives a SUPPLIER token without its supplier id its `me`, and null with FORBIDDEN for each list', async () => {
  const { data, error } = await portalClient({ roles: ['SUPPLIER'], sub: 'portal-unlinked' }).query({ query: SupplierPortalDocument, variables: { first: 5 }, errorPolicy: 'all' });
  expect(data).toMatchObject({ me: { id: 'portal-unlinked', roles: ['SUPPLIER'], supplierId: null }, lots: null, approvedSuppliers: null, purchaseOrders: null });
  expect(errorsOf(error)).toEqual([
    ['approvedSuppliers', 'FORBIDDEN'],
    ['lots', 'FORBIDDEN'],
    ['purchaseOrders', 'FORBIDDEN'],
  ]);
});

it('finds by id only the materials and orders the supplier may read, with the same masks', async () => {
  const ids = [plant.material.id, rivalOnly.id, revoked.id, order.id, rivalOrder.id];
  const res = await t.gql<{ nodes: ({ id: string; code?: string; lotNumberPattern?: string | null } | null)[] }, object>(
    `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Material { code lotNumberPattern } } }`,
    { ids },
    portal,
  );
  expect(res.data?.nodes).toEqual([{ id: plant.material.id, code: 'PTL', lotNumberPattern: null }, null, null, { id: order.id }, null]);
  expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['nodes.0.lotNumberPattern', 'FORBIDDEN']]);
  // An internal role reads the same material whole.
  const qa = await t.gql<{ nodes: { lotNumberPattern: string }[] }, object>(
    `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Material { lotNumberPattern } } }`,
    { ids: [plant.material.id] },
    'QA_MANAGER',
  );
  expect(qa.data?.nodes).toEqual([{ lotNumberPattern: 'PTL-{SEQ:3}' }]);
});

it('costs the same number of SQL statements for a portal page of four orders with receipts as for one', async () => {
  const statements = async () => {
    const res = await t.gql(SupplierPortalDocument, { first: 50 }, portal);
    expect(res.errors).toBeUndefined();
    return { statements: res.extensions?.sqlStatements as number, orders: res.data?.purchaseOrders?.edges.length, lots: res.data?.lots?.totalCount };
  };
  // The first request of a fresh server costs one more statement than later ones: measure warm.
  await statements();
  const one = await statements();
  for (let i = 0; i < 3; i++) {
    const placed = (
      await t.ok(
        CreatePurchaseOrderDocument,
        {
          input: { supplierId: plant.supplier.id, currency: 'CNY', lines: [{ materialId: plant.material.id, quantity: '10', unitPrice: '3', dueOn: daysFromToday(20) }] },
        },
        'PURCHASING',
      )
    ).createPurchaseOrder.purchaseOrder!;
    await t.ok(ApprovePurchaseOrderDocument, { input: { id: placed.id, expectedVersion: 1 } }, 'QA_MANAGER');
    await t.ok(SendPurchaseOrderDocument, { input: { id: placed.id, expectedVersion: 2 } }, 'PURCHASING');
    await receive(t, {
      materialId: plant.material.id,
      supplierId: plant.supplier.id,
      supplierLotNumber: `SZ-2026-10${i}`,
      quantity: '10',
      locationId: plant.locationId,
      purchaseOrderLineId: placed.lines![0].id,
    });
  }
  const four = await statements();
  expect([one.orders, one.lots, four.orders, four.lots]).toEqual([1, 1, 4, 4]);
  expect(one.statements).toBeGreaterThan(0);
  // Three more orders with receipts cost no statement per order. One statement per request
  // comes and goes: the materials of the lots and of the approved sources are loaded in one
  // DataLoader batch or in two, depending on which answer comes back first (seen alternating 7
  // and 8 back to back), so a difference of one is not growth with the page.
  expect(Math.abs(four.statements - one.statements)).toBeLessThanOrEqual(1);
});
