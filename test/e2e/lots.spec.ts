import { createTestServer, subscribe, type Caller, type TestServer } from '../support/test-server';
import { createSupplier, daysFromToday } from '../support/fixtures';
import { receive, receivingSetup, signerUser, SIGNING_PASSWORD, userBySubject } from '../support/lot-fixtures';
import {
  LotByNumberDocument,
  LotByUdiDocument,
  LotSignaturesDocument,
  LotsDocument,
  PlaceLotOnHoldDocument,
  ReceiveLotDocument,
  RejectLotDocument,
  ReleaseLotDocument,
  ReleaseLotHoldDocument,
  ReturnLotDocument,
  ReworkLotDocument,
  ScrapLotDocument,
  StartLotTestingDocument,
  VerifySignatureDocument,
} from '../generated/graphql';

let t: TestServer;
let setup: Awaited<ReturnType<typeof receivingSetup>>;
let receiver: Caller;
let releaser: Caller;
beforeAll(async () => {
  t = await createTestServer();
  setup = await receivingSetup(t, 'LOTM', '04012345678901');
  receiver = await signerUser(t, 'u-receiver', ['WAREHOUSE', 'QA_MANAGER']);
  releaser = await signerUser(t, 'u-releaser', ['QA_MANAGER']);
});
afterAll(async () => {
  await t?.close();
});

const sign = (meaning: 'RELEASED' | 'REVIEWED', password = SIGNING_PASSWORD) => ({ password, meaning, reason: 'Batch record reviewed' });

async function quarantined(supplierLotNumber: string, as: Caller | 'WAREHOUSE' = 'WAREHOUSE') {
  return receive(t, { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber, quantity: '120.500', locationId: setup.locationId, manufacturedOn: daysFromToday(-10) }, as);
}

async function underTest(supplierLotNumber: string, as: Caller | 'WAREHOUSE' = 'WAREHOUSE') {
  const lot = await quarantined(supplierLotNumber, as);
  const res = await t.ok(StartLotTestingDocument, { input: { id: lot.id, expectedVersion: 1, reason: 'Incoming inspection' } }, 'QA_INSPECTOR');
  expect(res.startLotTesting.lot).toMatchObject({ status: 'UNDER_TEST', version: 2 });
  return lot;
}

describe('receiveLot', () => {
  it('receives into QUARANTINE with a lot number from the material pattern and expiry from its shelf life', async () => {
    const lot = await quarantined('SUP-L-001');
    expect(lot).toMatchObject({ status: 'QUARANTINE', lotNumber: 'LOTM-001', quantity: '120.5', unit: 'EA', createdByName: 'Test WAREHOUSE' });
    expect(lot.expiresOn).toBe(daysFromToday(355));
    expect(lot.udi).toBe(`(01)04012345678901(11)${daysFromToday(-10).slice(2).replace(/-/g, '')}(17)${daysFromToday(355).slice(2).replace(/-/g, '')}(10)LOTM-001`);
    expect((await quarantined('SUP-L-002')).lotNumber).toBe('LOTM-002');
  });

  it('refuses a supplier that is not an approved source with SUPPLIER_NOT_APPROVED, writing nothing', async () => {
    const other = await createSupplier(t, 'LOT-NOT-ASL', 'APPROVED');
    const [{ n: before }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM lot');
    const res = await t.ok(ReceiveLotDocument, { input: { materialId: setup.material.id, supplierId: other.id, supplierLotNumber: 'X', quantity: '1', locationId: setup.locationId } }, 'WAREHOUSE');
    expect(res.receiveLot.userErrors[0]).toMatchObject({ code: 'SUPPLIER_NOT_APPROVED', field: ['input', 'supplierId'] });
    const [{ n: after }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM lot');
    expect(after).toBe(before);
  });

  it('refuses zero quantities, expired lots, other units, and callers without the receive permission', async () => {
    const base = { materialId: setup.material.id, supplierId: setup.supplier.id, supplierLotNumber: 'X', locationId: setup.locationId };
    expect((await t.ok(ReceiveLotDocument, { input: { ...base, quantity: '0' } }, 'WAREHOUSE')).receiveLot.userErrors[0].field).toEqual(['input', 'quantity']);
    expect((await t.ok(ReceiveLotDocument, { input: { ...base, quantity: '1', expiresOn: daysFromToday(-1) } }, 'WAREHOUSE')).receiveLot.userErrors[0].code).toBe('LOT_EXPIRED');
    expect((await t.ok(ReceiveLotDocument, { input: { ...base, quantity: '1', unit: 'KG' } }, 'WAREHOUSE')).receiveLot.userErrors[0].field).toEqual(['input', 'unit']);
    expect((await t.gql(ReceiveLotDocument, { input: { ...base, quantity: '1' } }, 'SALES')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(ReceiveLotDocument, { input: { ...base, quantity: 1.5 as unknown as string } }, 'WAREHOUSE')).status).toBe(400);
  });
});

describe('finding lots', () => {
  it('by material code and internal or supplier lot number, and by UDI in both GS1 forms', async () => {
    const lot = await quarantined('SUP-FIND-1');
    expect((await t.ok(LotByNumberDocument, { materialCode: 'LOTM', lotNumber: lot.lotNumber }, 'QA_INSPECTOR')).lotByNumber?.id).toBe(lot.id);
    expect((await t.ok(LotByNumberDocument, { materialCode: 'LOTM', lotNumber: 'SUP-FIND-1' }, 'QA_INSPECTOR')).lotByNumber?.id).toBe(lot.id);
    expect((await t.ok(LotByUdiDocument, { udi: lot.udi! }, 'QA_INSPECTOR')).lotByUdi?.id).toBe(lot.id);
    const raw = `]d201040123456789011${'7'}${lot.expiresOn!.slice(2).replace(/-/g, '')}10${lot.lotNumber}`;
    expect((await t.ok(LotByUdiDocument, { udi: raw }, 'QA_INSPECTOR')).lotByUdi?.id).toBe(lot.id);
    const badDigit = await t.gql(LotByUdiDocument, { udi: `(01)04012345678902(10)${lot.lotNumber}` }, 'QA_INSPECTOR');
    expect(badDigit.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION_FAILED' } });
    const unknownGtin = await t.gql(LotByUdiDocument, { udi: '(01)10614141000415(10)X' }, 'QA_INSPECTOR');
    expect(unknownGtin.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.ok(LotByUdiDocument, { udi: '(01)04012345678901(10)NO-SUCH-LOT' }, 'QA_INSPECTOR')).lotByUdi).toBeNull();
  });

  it('by a supplier lot number two lots share: the lowest id, on the compiled path and the general path alike', async () => {
    const lots = [await quarantined('SUP-SHARED'), await quarantined('SUP-SHARED'), await quarantined('SUP-SHARED')];
    const lowest = lots.map((l) => l.id).sort()[0];
    const vars = { materialCode: 'LOTM', lotNumber: 'SUP-SHARED' };
    const compiled = await t.gql(LotByNumberDocument, vars, 'QA_INSPECTOR');
    const general = await t.gql(LotByNumberDocument, vars, 'QA_INSPECTOR', { 'x-lotgraph-read-path': 'general' });
    expect([compiled.data?.lotByNumber?.id, general.data?.lotByNumber?.id]).toEqual([lowest, lowest]);
  });

  it('shows a SUPPLIER only the lots it supplied', async () => {
    const own = { roles: ['SUPPLIER' as const], supplierId: setup.supplier.id };
    const other = { roles: ['SUPPLIER' as const], supplierId: 'sup_other' };
    await quarantined('SUP-ROW');
    const res = await t.gql(LotsDocument, { first: 100 }, own);
    const mine = res.data!;
    expect(mine.lots!.totalCount).toBeGreaterThan(0);
    expect(mine.lots!.edges.every((e) => e.node.supplierId === setup.supplier.id && e.node.udi)).toBe(true);
    // The material of each is one the supplier is a source of, so it reads it too.
    expect(res.errors).toBeUndefined();
    expect(mine.lots!.edges.every((e) => e.node.material?.code === setup.material.code)).toBe(true);
    expect((await t.gql(LotsDocument, { first: 100 }, other)).data?.lots?.totalCount).toBe(0);
  });
});

describe('lot lifecycle with electronic signatures', () => {
  it('refuses QUARANTINE -> RELEASED as INVALID_TRANSITION', async () => {
    const lot = await quarantined('SUP-INV');
    const res = await t.ok(ReleaseLotDocument, { input: { id: lot.id, expectedVersion: 1, reason: 'r', signature: sign('RELEASED') } }, releaser);
    expect(res.releaseLot.userErrors[0].code).toBe('INVALID_TRANSITION');
  });

  it('needs a signature, the right password and meaning, and a signer who is not the lot author', async () => {
    const lot = await underTest('SUP-SIG', receiver);
    const input = { id: lot.id, expectedVersion: 2, reason: 'All tests passed' };
    expect((await t.ok(ReleaseLotDocument, { input }, releaser)).releaseLot.userErrors[0].code).toBe('SIGNATURE_REQUIRED');
    expect((await t.ok(ReleaseLotDocument, { input: { ...input, signature: sign('REVIEWED') } }, releaser)).releaseLot.userErrors[0].field).toEqual(['input', 'signature', 'meaning']);
    expect((await t.ok(ReleaseLotDocument, { input: { ...input, signature: sign('RELEASED', 'Wrong-Password-1') } }, releaser)).releaseLot.userErrors[0].code).toBe('SIGNATURE_INVALID');
    const own = await t.ok(ReleaseLotDocument, { input: { ...input, signature: sign('RELEASED') } }, receiver);
    expect(own.releaseLot.userErrors[0]).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('separation of duties') });
    expect((await t.gql(ReleaseLotDocument, { input: { ...input, signature: sign('RELEASED') } }, 'QA_INSPECTOR')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await t.sql<{ status: string }>('SELECT status FROM lot WHERE id = $1', [lot.id]);
    expect(row.status).toBe('UNDER_TEST');
    const ok = await t.ok(ReleaseLotDocument, { input: { ...input, signature: sign('RELEASED') } }, releaser);
    expect(ok.releaseLot).toMatchObject({
      lot: { status: 'RELEASED', version: 3, releasedBy: 'Signer u-releaser' },
      signature: { meaning: 'RELEASED', printedName: 'Signer u-releaser', recordVersion: 3 },
    });
    const sigs = await t.ok(LotSignaturesDocument, { filter: { ids: [lot.id] } }, 'AUDITOR');
    expect(sigs.lots!.edges[0].node.signatures).toEqual([expect.objectContaining({ meaning: 'RELEASED', reason: 'Batch record reviewed', recordVersion: 3 })]);
    const verified = await t.ok(VerifySignatureDocument, { id: ok.releaseLot.signature!.id }, 'AUDITOR');
    expect(verified.verifySignature).toMatchObject({ valid: true, contentHashMatches: true, auditTrailMatches: true, recordMatches: true });
  });

  it('holds and releases the hold with a signature; verifySignature catches tampered signed content', async () => {
    const lot = await underTest('SUP-HOLD');
    const released = await t.ok(ReleaseLotDocument, { input: { id: lot.id, expectedVersion: 2, reason: 'ok', signature: sign('RELEASED') } }, releaser);
    const hold = await t.ok(PlaceLotOnHoldDocument, { input: { id: lot.id, expectedVersion: 3, reason: 'Complaint investigation' } }, 'QA_MANAGER');
    expect(hold.placeLotOnHold.lot).toMatchObject({ status: 'ON_HOLD', version: 4 });
    const back = await t.ok(ReleaseLotHoldDocument, { input: { id: lot.id, expectedVersion: 4, reason: 'Complaint unfounded', signature: sign('RELEASED') } }, releaser);
    expect(back.releaseLotHold).toMatchObject({ lot: { status: 'RELEASED', version: 5 }, signature: { meaning: 'RELEASED' } });
    const first = released.releaseLot.signature!.id;
    expect((await t.ok(VerifySignatureDocument, { id: first }, 'AUDITOR')).verifySignature).toMatchObject({ valid: true, recordMatches: null });
    await t.sql('ALTER TABLE electronic_signature DISABLE TRIGGER electronic_signature_append_only');
    await t.sql(`UPDATE electronic_signature SET content = jsonb_set(content, '{quantity}', '"999"') WHERE id = $1`, [first]);
    await t.sql('ALTER TABLE electronic_signature ENABLE TRIGGER electronic_signature_append_only');
    expect((await t.ok(VerifySignatureDocument, { id: first }, 'AUDITOR')).verifySignature).toMatchObject({ valid: false, contentHashMatches: false });
  });

  it('rejects with a signature and refuses releasing a rejected lot', async () => {
    const lot = await underTest('SUP-REJ');
    const rej = await t.ok(RejectLotDocument, { input: { id: lot.id, expectedVersion: 2, reason: 'Dimension out of tolerance', signature: sign('REVIEWED') } }, releaser);
    expect(rej.rejectLot.lot?.status).toBe('REJECTED');
    const rel = await t.ok(ReleaseLotDocument, { input: { id: lot.id, expectedVersion: 3, reason: 'r', signature: sign('RELEASED') } }, releaser);
    expect(rel.releaseLot.userErrors[0].code).toBe('INVALID_TRANSITION');
  });

  it('disposes of rejected lots: scrap and return to supplier signed by QA, or back to quarantine for rework; each only from REJECTED', async () => {
    const rejected = async (label: string) => {
      const lot = await underTest(label);
      const res = await t.ok(RejectLotDocument, { input: { id: lot.id, expectedVersion: 2, reason: 'Out of spec', signature: sign('REVIEWED') } }, releaser);
      expect(res.rejectLot.lot?.status).toBe('REJECTED');
      return lot.id;
    };
    const approve = { password: SIGNING_PASSWORD, meaning: 'APPROVED' as const, reason: 'MRB decision' };
    const scrapInput = { id: await rejected('SUP-SCRAP'), expectedVersion: 3, reason: 'MRB decision' };
    expect((await t.ok(ScrapLotDocument, { input: scrapInput }, releaser)).scrapLot.userErrors[0]).toMatchObject({ code: 'SIGNATURE_REQUIRED' });
    expect(await t.sql('SELECT status, version FROM lot WHERE id = $1', [scrapInput.id])).toEqual([{ status: 'REJECTED', version: 3 }]);
    const scrap = await t.ok(ScrapLotDocument, { input: { ...scrapInput, signature: approve } }, releaser);
    expect(scrap.scrapLot).toMatchObject({ lot: { status: 'SCRAPPED', version: 4 }, signature: { meaning: 'APPROVED', recordType: 'Lot', recordVersion: 4 } });
    expect(await t.sql(`SELECT type, quantity::text FROM stock_movement WHERE lot_id = $1 AND type = 'SCRAP'`, [scrapInput.id])).toEqual([{ type: 'SCRAP', quantity: '120.500000' }]);
    const retInput = { id: await rejected('SUP-RET'), expectedVersion: 3, reason: 'SCAR 12' };
    expect((await t.ok(ReturnLotDocument, { input: retInput }, releaser)).returnLot.userErrors[0]).toMatchObject({ code: 'SIGNATURE_REQUIRED' });
    const ret = await t.ok(ReturnLotDocument, { input: { ...retInput, signature: approve } }, releaser);
    expect(ret.returnLot).toMatchObject({ lot: { status: 'RETURNED' }, signature: { meaning: 'APPROVED' } });
    const reworkId = await rejected('SUP-REWORK');
    expect((await t.gql(ReworkLotDocument, { input: { id: reworkId, expectedVersion: 3, reason: 'r' } }, 'WAREHOUSE')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rework = await t.ok(ReworkLotDocument, { input: { id: reworkId, expectedVersion: 3, reason: 'Re-sort and re-inspect' } }, 'QA_MANAGER');
    expect(rework.reworkLot.lot?.status).toBe('QUARANTINE');
    const quarantinedLot = await quarantined('SUP-NOSCRAP');
    expect((await t.ok(ScrapLotDocument, { input: { id: quarantinedLot.id, expectedVersion: 1, reason: 'r', signature: approve } }, releaser)).scrapLot.userErrors[0].code).toBe('INVALID_TRANSITION');
  });

  it('locks the signer after five wrong passwords, raises an alert event, and then refuses the right one', async () => {
    const unlucky = await signerUser(t, 'u-unlucky', ['QA_MANAGER']);
    const lot = await underTest('SUP-LOCK');
    const base = t.subscriberCount;
    const listen = (caller: Caller | 'ADMIN') =>
      subscribe<{ alerts: { type: string; subjectType: string; subjectId: string; message: string } }>(
        t.ws({ authorization: `Bearer ${t.token(caller)}` }),
        'subscription { alerts(types: [SIGNING_LOCKED]) { type subjectType subjectId message } }',
      );
    const admin = listen('ADMIN');
    const warehouse = listen({ roles: ['WAREHOUSE'], sub: 'wh-alerts' });
    await t.subscribers(base + 2);
    const input = { id: lot.id, expectedVersion: 2, reason: 'r' };
    for (let i = 0; i < 5; i++) {
      const res = await t.ok(ReleaseLotDocument, { input: { ...input, signature: sign('RELEASED', `Wrong-Password-${i}`) } }, unlucky);
      expect(res.releaseLot.userErrors[0].code).toBe('SIGNATURE_INVALID');
    }
    const locked = await t.ok(ReleaseLotDocument, { input: { ...input, signature: sign('RELEASED') } }, unlucky);
    expect(locked.releaseLot.userErrors[0]).toMatchObject({ code: 'SIGNATURE_INVALID', message: expect.stringContaining('locked') });
    const alerts = await t.sql<{ event_type: string }>(`SELECT event_type FROM outbox_event WHERE event_type = 'SigningLocked'`);
    expect(alerts).toHaveLength(1);
    const user = await userBySubject(t, 'u-unlucky');
    const audit = await t.sql<{ action: string }>(`SELECT action FROM audit_entry WHERE action IN ('SIGNATURE_FAILED', 'SIGNING_LOCKED') AND entity_id = $1`, [user.id]);
    expect(audit.filter((a) => a.action === 'SIGNATURE_FAILED')).toHaveLength(5);
    expect(audit.filter((a) => a.action === 'SIGNING_LOCKED')).toHaveLength(1);
    await admin.waitFor(1);
    expect(admin.events[0].alerts).toMatchObject({ type: 'SIGNING_LOCKED', subjectType: 'User', subjectId: user.id, message: expect.stringContaining('5 failed attempts') });
    expect(admin.events[0].alerts.message).not.toContain('u-unlucky');
    await warehouse.waitFor(1, 1000).catch(() => undefined);
    expect(warehouse.events).toEqual([]);
  });

  it('tells a SUPPLIER subscriber about its own lots only', async () => {
    const other = await receivingSetup(t, 'LOTX');
    const before = t.subscriberCount;
    const portal = subscribe<{ lotStatusChanged: { status: string; lot: { id: string } } }>(
      t.ws({ authorization: `Bearer ${t.token({ roles: ['SUPPLIER'], supplierId: setup.supplier.id })}` }),
      'subscription { lotStatusChanged { status lot { id } } }',
    );
    await t.subscribers(before + 1);
    const otherLot = await receive(t, { materialId: other.material.id, supplierId: other.supplier.id, supplierLotNumber: 'X1', quantity: '5', locationId: other.locationId });
    const mine = await quarantined('SUP-SUB');
    // Earlier tests' lots may still be on their way from the relay; only these two lots matter here.
    // The other supplier's lot was received first, so its event, were it delivered, would come before this one.
    await portal.waitUntil((events) => events.some((e) => e.lotStatusChanged.lot.id === mine.id));
    const theseTwo = portal.events.map((e) => e.lotStatusChanged).filter((e) => [mine.id, otherLot.id].includes(e.lot.id));
    expect(theseTwo).toEqual([{ status: 'QUARANTINE', lot: { id: mine.id } }]);
  });
});
