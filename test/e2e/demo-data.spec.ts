import { createTestServer, subscribe, type Caller, type TestServer } from '../support/test-server';
import { DEMO_USERS } from '../../src/seed/demo-people';
import { demoCaller } from '../support/demo-callers';
import { pdfText } from '../support/pdf-text';

interface Edges<T> {
  edges: { node: T }[];
}
const nodes = <T>(c: Edges<T>): T[] => c.edges.map((e) => e.node);

describe('the demo plant (npm start on an empty database)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer({}, { seedDemo: true });
  }, 120_000);
  afterAll(() => t?.close());

  const ok = async <T>(query: string, as: Caller | 'AUDITOR' = 'AUDITOR'): Promise<T> => {
    const res = await t.gql<T, Record<string, never>>(query, {}, as);
    if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };

  it('has lots in every lifecycle state, suppliers in every qualification state, calibrated and overdue equipment', async () => {
    const data = await ok<{
      lots: Edges<{ status: string }> & { totalCount: number };
      suppliers: Edges<{ code: string; qualificationStatus: string }>;
      equipment: Edges<{ assetTag: string; inCalibration: boolean; calibrationDueOn: string | null; lastCalibratedOn: string | null }>;
      materials: Edges<{ code: string; status: string; gtin: string | null }>;
    }>(`{
      lots(first: 100) { totalCount edges { node { status } } }
      suppliers(first: 50) { edges { node { code qualificationStatus } } }
      equipment(first: 50) { edges { node { assetTag inCalibration calibrationDueOn lastCalibratedOn } } }
      materials(first: 50) { edges { node { code status gtin } } }
    }`);
    expect(new Set(nodes(data.lots).map((l) => l.status))).toEqual(
      new Set(['QUARANTINE', 'UNDER_TEST', 'RELEASED', 'CONDITIONAL_RELEASE', 'ON_HOLD', 'REJECTED', 'SCRAPPED', 'RETURNED', 'RECALLED', 'EXPIRED']),
    );
    expect(new Set(nodes(data.suppliers).map((s) => s.qualificationStatus))).toEqual(new Set(['PROSPECTIVE', 'APPROVED', 'CONDITIONAL', 'DISQUALIFIED']));
    const today = new Date().toISOString().slice(0, 10);
    const equipment = nodes(data.equipment);
    expect(equipment.filter((e) => e.lastCalibratedOn && e.inCalibration).length).toBeGreaterThanOrEqual(2);
    expect(equipment.find((e) => e.assetTag === 'EQ-TQ-02')).toMatchObject({ inCalibration: false });
    expect(equipment.find((e) => e.assetTag === 'EQ-TQ-02')!.calibrationDueOn! < today).toBe(true);
    expect(new Set(nodes(data.materials).map((m) => m.status))).toEqual(new Set(['DRAFT', 'ACTIVE', 'OBSOLETE']));
  });

  it('has a produced, released kit lot with its genealogy, its FINAL inspection and a shipment', async () => {
    const { lotByNumber: kit } = await ok<{ lotByNumber: { id: string; status: string; origin: string; udi: string; signatures: { meaning: string; printedName: string }[] } }>(
      '{ lotByNumber(materialCode: "CVC-7F-20", lotNumber: "CVC-0001") { id status origin udi signatures { meaning printedName } } }',
    );
    expect(kit).toMatchObject({ status: 'RELEASED', origin: 'WORK_ORDER' });
    expect(kit.signatures).toEqual([expect.objectContaining({ meaning: 'RELEASED', printedName: 'Li Na 李娜' })]);
    const trace = await ok<{ traceLot: { nodes: { depth: number; lot: { material: { code: string } } }[] } }>(
      `{ traceLot(id: "${kit.id}", direction: BACKWARD) { nodes { depth lot { material { code } } } } }`,
    );
    expect(trace.traceLot.nodes.map((n) => n.lot.material.code).sort()).toEqual(['GW-035-60', 'LUER-HUB-F', 'NDL-18G-70', 'PU-TUBE-7F', 'TYVEK-POUCH']);
    const impact = await ok<{ recallImpact: { shipments: { shipmentNumber: string; quantity: string }[]; customers: { customer: { code: string } }[] } }>(
      `{ recallImpact(lotId: "${kit.id}") { shipments { shipmentNumber quantity } customers { customer { code } } } }`,
    );
    expect(impact.recallImpact.shipments).toEqual([{ shipmentNumber: 'SHP-2026-0001', quantity: '40' }]);
    expect(impact.recallImpact.customers.map((c) => c.customer.code)).toEqual(['CUS-PUMCH']);
    const udi = await ok<{ lotByUdi: { id: string } }>(`{ lotByUdi(udi: ${JSON.stringify(kit.udi)}) { id } }`);
    expect(udi.lotByUdi.id).toBe(kit.id);
    const pdf = await fetch(t.url.replace(/\/graphql$/, `/records/lots/${kit.id}/batch-record`), { headers: { authorization: `Bearer ${t.token(demoCaller('demo-auditor'))}` } });
    expect(pdf.status).toBe(200);
    const text = await pdfText(await pdf.arrayBuffer());
    expect(text).toContain('Li Na 李娜');
    expect(text).toContain('WO-CVC-0001');
  });

  it('has a failed inspection with its nonconformance and a CAPA in progress, and an inspection waiting for results', async () => {
    const data = await ok<{
      nonconformances: Edges<{ status: string; source: string; inspectionId: string | null; disposition: string | null; capas: { status: string; actions: { status: string }[] }[] }>;
      inspections: Edges<{ status: string; verdict: string | null }>;
    }>(`{
      nonconformances(first: 50) { edges { node { status source inspectionId disposition capas { status actions { status } } } } }
      inspections(first: 50) { edges { node { status verdict } } }
    }`);
    const ncrs = nodes(data.nonconformances);
    const withCapa = ncrs.find((n) => n.capas.some((c) => c.status === 'IMPLEMENTATION'));
    expect(withCapa).toMatchObject({ status: 'UNDER_REVIEW', source: 'INSPECTION' });
    expect(withCapa!.inspectionId).not.toBeNull();
    expect(withCapa!.capas[0].actions.map((a) => a.status).sort()).toEqual(['DONE', 'OPEN']);
    expect(new Set(ncrs.map((n) => n.status))).toEqual(new Set(['OPEN', 'UNDER_REVIEW', 'DISPOSITIONED', 'CLOSED']));
    expect(new Set(ncrs.map((n) => n.disposition).filter(Boolean))).toEqual(new Set(['SCRAP', 'RETURN_TO_SUPPLIER', 'USE_AS_IS']));
    const inspections = nodes(data.inspections);
    expect(inspections.filter((i) => i.verdict === 'FAIL')).toHaveLength(3);
    expect(inspections.filter((i) => i.status === 'IN_PROGRESS')).toHaveLength(1);
  });

  it('has open purchase and sales orders', async () => {
    const data = await ok<{ purchaseOrders: Edges<{ status: string }>; salesOrders: Edges<{ status: string }>; workOrders: Edges<{ status: string }> }>(`{
      purchaseOrders(first: 50) { edges { node { status } } }
      salesOrders(first: 50) { edges { node { status } } }
      workOrders(first: 50) { edges { node { status } } }
    }`);
    expect(new Set(nodes(data.purchaseOrders).map((o) => o.status))).toEqual(new Set(['DRAFT', 'SENT', 'PARTIALLY_RECEIVED', 'RECEIVED']));
    expect(new Set(nodes(data.salesOrders).map((o) => o.status))).toEqual(new Set(['DRAFT', 'CONFIRMED', 'SHIPPED']));
    expect(nodes(data.workOrders).map((o) => o.status)).toEqual(['COMPLETED']);
  });

  it('has alerts pending for a subscriber resuming from the first event', async () => {
    const client = t.ws({ authorization: `Bearer ${t.token(demoCaller('demo-qa-manager'))}` });
    const alerts = subscribe<{ alerts: { type: string; message: string } }>(client, 'subscription { alerts(after: "1") { type message } }');
    const expected = ['INSPECTION_FAILED', 'LOT_ON_HOLD', 'LOT_EXPIRING', 'LOW_STOCK', 'CALIBRATION_DUE'];
    const received = await alerts.waitUntil((events) => expected.every((type) => events.some((e) => e.alerts.type === type)), 20_000);
    expect(alerts.errors).toEqual([]);
    expect([...new Set(received.map((e) => e.alerts.type))].sort()).toEqual([...expected].sort());
    alerts.unsubscribe();
  });

  it('has people in every role, whose tokens work as the token command mints them; the audit trail verifies', async () => {
    const users = await ok<{ users: Edges<{ subject: string; roles: string[]; printedName: string }> }>('{ users(first: 50) { edges { node { subject roles printedName } } } }');
    expect(
      nodes(users.users)
        .map((u) => u.subject)
        .sort(),
    ).toEqual(DEMO_USERS.map((u) => u.subject).sort());
    const supplier = await ok<{ me: { supplierId: string; user: { printedName: string } }; suppliers: Edges<{ id: string; code: string }>; lots: { totalCount: number } }>(
      '{ me { supplierId user { printedName } } suppliers(first: 10) { edges { node { id code } } } lots(first: 1) { totalCount } }',
      demoCaller('demo-supplier'),
    );
    expect(supplier.me.user.printedName).toBe('Anna Keller');
    expect(nodes(supplier.suppliers)).toEqual([{ id: supplier.me.supplierId, code: 'SUP-POLYMED' }]);
    expect(supplier.lots.totalCount).toBeGreaterThan(0);
    const audit = await ok<{ verifyAuditTrail: { valid: boolean; checkedEntries: number } }>('{ verifyAuditTrail { valid checkedEntries } }');
    expect(audit.verifyAuditTrail.valid).toBe(true);
    expect(audit.verifyAuditTrail.checkedEntries).toBeGreaterThan(250);
  });
});
