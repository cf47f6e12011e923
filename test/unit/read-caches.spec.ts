import jwt from 'jsonwebtoken';
import { JwtVerifier } from '../../src/core/auth/jwt-verifier';
import { abilityFor } from '../../src/core/authz/ability';
import type { Principal } from '../../src/core/auth/principal';
import { MAX_PREPARED, PreparedStatements } from '../../src/core/reads/prepared-statements';

/** The caches on the read path keep only what cannot have changed, and stay bounded. */
const SECRET = 'unit-secret-0123456789-abcdefghijklmnopqrstuvwxyz';
const config = { issuer: 'lotgraph', audience: 'lotgraph-api', maxAgeSeconds: 86_400 } as ConstructorParameters<typeof JwtVerifier>[0];

afterEach(() => jest.useRealTimers());

describe('accepted tokens', () => {
  it('are taken again only until they expire (with the clock tolerance)', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-07T00:00:00Z'), doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
    const verifier = new JwtVerifier(config, SECRET);
    const token = jwt.sign({ sub: 'u1', roles: ['QA_MANAGER'] }, SECRET, { issuer: config.issuer, audience: config.audience, expiresIn: 10 });
    const first = await verifier.verify(token);
    expect(await verifier.verify(token)).toBe(first);
    jest.setSystemTime(new Date('2026-12-07T00:00:39Z'));
    expect(await verifier.verify(token)).toBe(first);
    jest.setSystemTime(new Date('2026-12-07T00:00:41Z'));
    await expect(verifier.verify(token)).rejects.toThrow(/expired/);
  });

  it('are checked again after a minute at most, and a forged signature is never accepted', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-07T00:00:00Z'), doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
    const verifier = new JwtVerifier(config, SECRET);
    const token = jwt.sign({ sub: 'u1', roles: ['QA_MANAGER'] }, SECRET, { issuer: config.issuer, audience: config.audience, expiresIn: 3600 });
    const first = await verifier.verify(token);
    jest.setSystemTime(new Date('2026-12-07T00:01:01Z'));
    const again = await verifier.verify(token);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    await expect(verifier.verify(`${token.slice(0, -2)}xx`)).rejects.toThrow(/Invalid token/);
  });
});

describe('abilities', () => {
  const principal = (over: Partial<Principal> = {}): Principal => ({
    kind: 'user',
    id: 's1',
    name: 'Portal',
    roles: ['SUPPLIER'],
    supplierId: 'sup_1',
    siteIds: [],
    approvedMaterialIds: ['mat_1'],
    ...over,
  });

  it('are shared only by principals whose rules read the same facts', () => {
    const ability = abilityFor(principal());
    expect(abilityFor(principal({ name: 'Renamed', expiresAt: 1 }))).toBe(ability);
    for (const other of [
      principal({ approvedMaterialIds: ['mat_1', 'mat_2'] }),
      principal({ supplierId: 'sup_2' }),
      principal({ roles: ['SUPPLIER', 'BI_READER'] }),
      principal({ id: 's2' }),
      principal({ siteIds: ['site_1'] }),
    ]) {
      expect(abilityFor(other)).not.toBe(ability);
    }
    expect(ability.can('read', 'Material')).toBe(true);
    expect(abilityFor(principal({ approvedMaterialIds: [] })).rulesFor('read', 'Material')[0].conditions).toEqual({ id: { $in: [] } });
  });
});

describe('prepared statement names', () => {
  it('name a text from its second use, the same name each time, and no more than MAX_PREPARED texts', () => {
    const prepared = new PreparedStatements();
    expect(prepared.nameFor('SELECT 1')).toBeUndefined();
    const name = prepared.nameFor('SELECT 1');
    expect(name).toMatch(/^lotgraph_read_/);
    expect(prepared.nameFor('SELECT 1')).toBe(name);
    expect(prepared.nameFor('SELECT 2')).toBeUndefined();
    for (let i = 0; i < MAX_PREPARED + 10; i++) {
      prepared.nameFor(`SELECT ${i} + 0`);
      prepared.nameFor(`SELECT ${i} + 0`);
    }
    const named = Array.from({ length: MAX_PREPARED + 10 }, (_, i) => prepared.nameFor(`SELECT ${i} + 0`)).filter(Boolean);
    expect(named.length).toBe(MAX_PREPARED - 1);
    expect(prepared.nameFor('SELECT 1')).toBe(name);
  });
});
