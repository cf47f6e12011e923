import jwt from 'jsonwebtoken';
import { createTestServer, subscribe, TEST_JWT_SECRET, type TestServer } from '../support/test-server';
import { approveSource, createMaterial, createSupplier, daysFromToday } from '../support/fixtures';
import { CreateMaterialDocument, CreateUserDocument, DeactivateUserDocument, SetSupplierQualificationDocument, UpdateMaterialDocument } from '../generated/graphql';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer();
});
afterAll(async () => {
  await t?.close();
});

const MATERIAL_CHANGED = 'subscription($filter: MaterialChangedFilter) { materialChanged(filter: $filter) { eventId kind changedFields material { id code name version } } }';
const QUALIFICATION_CHANGED = `subscription($filter: SupplierQualificationChangedFilter) {
  supplierQualificationChanged(filter: $filter) { eventId previousStatus status reason supplier { id code contactEmail } }
}`;

type MaterialEvent = { materialChanged: { kind: string; changedFields: string[]; material: { id: string; code: string; name: string; version: number } } };
type QualificationEvent = { supplierQualificationChanged: { status: string; previousStatus: string; supplier: { id: string; code: string; contactEmail: string | null } } };

/** Subscriptions start asynchronously: wait until `count` more than `base` run before the first write. */
const settle = (base: number, count = 1) => t.subscribers(base + count);

async function requalify(id: string, version: number, reason: string) {
  const res = await t.ok(
    SetSupplierQualificationDocument,
    {
      input: { id, expectedVersion: version, status: 'CONDITIONAL', expiresOn: daysFromToday(90), reason },
    },
    'QA_MANAGER',
  );
  expect(res.setSupplierQualification.userErrors).toEqual([]);
}

describe('materialChanged', () => {
  it('delivers committed creates and updates, filtered by id, and nothing for a rolled-back mutation', async () => {
    const ws = t.ws({ authorization: `Bearer ${t.token('PRODUCTION')}` });
    const base = t.subscriberCount;
    const all = subscribe<MaterialEvent>(ws, MATERIAL_CHANGED);
    await settle(base);
    const m = await createMaterial(t, 'SUB-M1');
    await all.waitFor(1);
    const one = subscribe<MaterialEvent>(ws, MATERIAL_CHANGED, { filter: { ids: [m.id] } });
    await settle(base, 2);
    await t.ok(CreateMaterialDocument, { input: { code: 'SUB-M1', name: 'dup', type: 'COMPONENT', unit: 'EA' } }, 'QA_MANAGER');
    await createMaterial(t, 'SUB-M2');
    await t.ok(UpdateMaterialDocument, { input: { id: m.id, expectedVersion: 1, name: 'Renamed', reason: 'r' } }, 'QA_MANAGER');
    await all.waitFor(3);
    await one.waitFor(1);
    expect(all.errors).toEqual([]);
    expect(all.events.map((e) => [e.materialChanged.kind, e.materialChanged.material.code])).toEqual([
      ['CREATED', 'SUB-M1'],
      ['CREATED', 'SUB-M2'],
      ['UPDATED', 'SUB-M1'],
    ]);
    expect(one.events.map((e) => e.materialChanged)).toEqual([
      expect.objectContaining({ kind: 'UPDATED', changedFields: ['name'], material: expect.objectContaining({ name: 'Renamed', version: 2 }) }),
    ]);
  });

  it('ends a subscription with UNAUTHENTICATED once its token has expired', async () => {
    const shortLived = t.token('PRODUCTION', { sub: 'short' });
    const payload = JSON.parse(Buffer.from(shortLived.split('.')[1], 'base64url').toString()) as { exp: number };
    const token = jwt.sign({ ...payload, exp: Math.floor(Date.now() / 1000) + 2 }, TEST_JWT_SECRET, { algorithm: 'HS256' });
    const base = t.subscriberCount;
    const sub = subscribe<MaterialEvent>(t.ws({ authorization: `Bearer ${token}` }), MATERIAL_CHANGED);
    await settle(base);
    await new Promise((r) => setTimeout(r, 2500));
    await createMaterial(t, 'SUB-AFTER-EXP');
    await sub.waitFor(1, 3000);
    expect(sub.events).toEqual([]);
    expect(JSON.stringify(sub.errors)).toContain('UNAUTHENTICATED');
  });

  it('ends every subscription of a user deactivated meanwhile (its socket closes as Unauthorized), and refuses new ones', async () => {
    const created = await t.ok(CreateUserDocument, { input: { subject: 'sub-leaver', printedName: 'Leaver', roles: ['PRODUCTION'] } }, 'ADMIN');
    const ws = t.ws({ authorization: `Bearer ${t.token({ roles: ['PRODUCTION'], sub: 'sub-leaver' })}` });
    const base = t.subscriberCount;
    const sub = subscribe<MaterialEvent>(ws, MATERIAL_CHANGED);
    // Keeps the socket open (the client is lazy) while it matches nothing.
    const idle = subscribe<MaterialEvent>(ws, MATERIAL_CHANGED, { filter: { ids: ['nope'] } });
    await settle(base, 2);
    await createMaterial(t, 'SUB-LEAVE-1');
    await sub.waitFor(1);
    await t.ok(DeactivateUserDocument, { input: { id: created.createUser.user!.id, expectedVersion: 1, reason: 'Left the company' } }, 'ADMIN');
    await createMaterial(t, 'SUB-LEAVE-2');
    await sub.waitUntil(() => false, 3000);
    expect(sub.events.map((e) => e.materialChanged.material.code)).toEqual(['SUB-LEAVE-1']);
    expect(sub.done).toBe(true);
    // Not only at its next event: the subscription that matches nothing ends too.
    expect(idle.done).toBe(true);
    expect([sub.errors[0], idle.errors[0]].map((e) => (e as { code?: number }).code)).toEqual([4401, 4401]);

    const again = subscribe<MaterialEvent>(ws, MATERIAL_CHANGED);
    await again.waitUntil(() => false, 3000);
    expect(again.done).toBe(true);
    expect(again.events).toEqual([]);
    expect((again.errors[0] as { code?: number }).code).toBe(4401);
  });

  it('refuses subscribers who may not read materials', async () => {
    const anon = subscribe(t.ws({}), MATERIAL_CHANGED);
    await anon.waitFor(1, 2000);
    expect(JSON.stringify(anon.errors)).toContain('FORBIDDEN');
    const unlinked = subscribe(t.ws({ authorization: `Bearer ${t.token({ roles: ['SUPPLIER'] })}` }), MATERIAL_CHANGED);
    await unlinked.waitFor(1, 2000);
    expect(JSON.stringify(unlinked.errors)).toContain('FORBIDDEN');
  });

  it('delivers to a SUPPLIER subscriber only the changes of materials it is a source of (as of its connection)', async () => {
    const supplier = await createSupplier(t, 'SUB-SRC', 'APPROVED');
    const sourced = await createMaterial(t, 'SUB-SOURCED');
    const other = await createMaterial(t, 'SUB-NOT-SOURCED');
    await approveSource(t, sourced.id, supplier.id);
    // The setup's own events are published before the subscription starts (the relay reads them
    // after its wake-up, which may come after the mutation's answer).
    expect(await t.server.platform.events.deliverCommitted(10_000)).toBe(true);
    const base = t.subscriberCount;
    const portal = subscribe<MaterialEvent>(t.ws({ authorization: `Bearer ${t.token({ roles: ['SUPPLIER'], supplierId: supplier.id })}` }), MATERIAL_CHANGED);
    await settle(base);
    await t.ok(UpdateMaterialDocument, { input: { id: other.id, expectedVersion: 1, name: 'Not theirs', reason: 'r' } }, 'QA_MANAGER');
    await t.ok(UpdateMaterialDocument, { input: { id: sourced.id, expectedVersion: 1, name: 'Theirs', reason: 'r' } }, 'QA_MANAGER');
    // Events arrive in commit order: had the earlier change been delivered, it would come first.
    await portal.waitFor(1);
    expect(portal.errors).toEqual([]);
    expect(portal.events.map((e) => [e.materialChanged.material.code, e.materialChanged.material.name])).toEqual([['SUB-SOURCED', 'Theirs']]);
  });
});

describe('supplierQualificationChanged', () => {
  it("delivers to a SUPPLIER subscriber only its own supplier's changes", async () => {
    const own = await createSupplier(t, 'SUB-OWN');
    const rival = await createSupplier(t, 'SUB-RIVAL');
    const base = t.subscriberCount;
    const portal = subscribe<QualificationEvent>(t.ws({ authorization: `Bearer ${t.token({ roles: ['SUPPLIER'], supplierId: own.id })}` }), QUALIFICATION_CHANGED);
    const qa = subscribe<QualificationEvent>(t.ws({ authorization: `Bearer ${t.token('QA_MANAGER')}` }), QUALIFICATION_CHANGED);
    await settle(base, 2);
    await requalify(rival.id, rival.version, 'rival audit');
    await requalify(own.id, own.version, 'own audit');
    await qa.waitFor(2);
    await portal.waitFor(2, 1500);
    expect(qa.events.map((e) => e.supplierQualificationChanged.supplier.code)).toEqual(['SUB-RIVAL', 'SUB-OWN']);
    expect(portal.events.map((e) => e.supplierQualificationChanged)).toEqual([
      expect.objectContaining({ previousStatus: 'PROSPECTIVE', status: 'CONDITIONAL', supplier: expect.objectContaining({ code: 'SUB-OWN' }) }),
    ]);
  });

  it('masks personal data in events for BI_READER, as in queries', async () => {
    const s = await createSupplier(t, 'SUB-MASK');
    const base = t.subscriberCount;
    const bi = subscribe<QualificationEvent>(t.ws({ authorization: `Bearer ${t.token('BI_READER')}` }), QUALIFICATION_CHANGED, { filter: { supplierIds: [s.id] } });
    await settle(base);
    await requalify(s.id, s.version, 'mask check');
    await bi.waitFor(1);
    expect(bi.events[0].supplierQualificationChanged.supplier).toEqual({ id: s.id, code: 'SUB-MASK', contactEmail: null });
    expect(JSON.stringify(bi.errors)).toContain('FORBIDDEN');
  });
});
