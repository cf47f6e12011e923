import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import {
  CreateLocationDocument,
  CreateSiteDocument,
  LocationsDocument,
  NodeDocument,
  SitesWithLocationsDocument,
  UpdateLocationDocument,
  UpdateSiteDocument,
  type CreateLocationInput,
  type CreateSiteInput,
} from '../generated/graphql';

let t: TestServer;
let siteA: { id: string };
let siteB: { id: string };
const A_CODES = ['A-01', 'A-02', 'A-03', 'A-04', 'A-05', 'A-06', 'A-07'];
const B_CODES = ['B-01', 'B-02', 'B-03'];

const siteInput = (code: string, extra: Partial<CreateSiteInput> = {}): CreateSiteInput => ({ code, name: `Plant ${code}`, country: 'CN', timezone: 'Asia/Shanghai', ...extra });
const locInput = (siteId: string, code: string): CreateLocationInput => ({ siteId, code, name: `Bin ${code}`, type: 'STORAGE' });
const scopedTo = (role: 'WAREHOUSE' | 'PRODUCTION', ...siteIds: string[]): Caller => ({ roles: [role], siteIds });

async function createSite(code: string, extra: Partial<CreateSiteInput> = {}) {
  const res = await t.ok(CreateSiteDocument, { input: siteInput(code, extra) }, 'ADMIN');
  expect(res.createSite.userErrors).toEqual([]);
  return res.createSite.site!;
}

async function createLocation(siteId: string, code: string, as: Caller | 'ADMIN' | 'WAREHOUSE' = 'ADMIN') {
  const res = await t.ok(CreateLocationDocument, { input: locInput(siteId, code) }, as);
  expect(res.createLocation.userErrors).toEqual([]);
  return res.createLocation.location!;
}

/** Rows any write would add: the records, their audit entries and their outbox events. */
async function rowCounts(): Promise<string> {
  const [row] = await t.sql(`SELECT (SELECT count(*)::int FROM site) AS s, (SELECT count(*)::int FROM location) AS l,
    (SELECT count(*)::int FROM audit_entry) AS a, (SELECT count(*)::int FROM outbox_event) AS o`);
  return JSON.stringify(row);
}

const auditOf = (id: string) =>
  t.sql<{ action: string; entity_type: string; reason: string | null; changes: { field: string; old: unknown; new: unknown }[] }>(
    'SELECT action, entity_type, reason, changes FROM audit_entry WHERE entity_id = $1 ORDER BY seq',
    [id],
  );
/** A location's id found by its code within a site, as a client finds it. */
const locationIdOf = async (code: string, siteId: string) =>
  (await t.ok(LocationsDocument, { first: 10, filter: { siteIds: [siteId], codePrefix: code } }, 'ADMIN')).locations!.edges.map((e) => e.node).find((l) => l.code === code)!.id;

beforeAll(async () => {
  t = await createTestServer();
  siteA = await createSite('SZ');
  siteB = await createSite('SH');
  for (const code of A_CODES) await createLocation(siteA.id, code);
  for (const code of B_CODES) await createLocation(siteB.id, code);
});
afterAll(async () => {
  await t?.close();
});

describe('createSite and updateSite', () => {
  it('refuses WAREHOUSE, then lets ADMIN create an ACTIVE site with an audit entry and a SiteChanged event', async () => {
    const before = await rowCounts();
    const denied = await t.gql(CreateSiteDocument, { input: siteInput('BJ') }, 'WAREHOUSE');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rowCounts()).toBe(before);
    const site = await createSite('BJ', { timezone: 'asia/shanghai', customFields: { erpCode: 1000 } });
    expect(site).toMatchObject({ code: 'BJ', status: 'ACTIVE', version: 1, timezone: 'Asia/Shanghai', country: 'CN', customFields: { erpCode: 1000 } });
    expect(site.id).toMatch(/^site_[0-9a-f]{32}$/);
    expect(await auditOf(site.id)).toEqual([expect.objectContaining({ action: 'CREATE', entity_type: 'Site' })]);
    const events = await t.sql('SELECT event_type, payload FROM outbox_event WHERE aggregate_id = $1', [site.id]);
    expect(events).toEqual([{ event_type: 'SiteChanged', payload: expect.objectContaining({ kind: 'CREATED' }) }]);
  });

  it('reports an unknown time zone, a bad country and an empty name at once, and changes nothing', async () => {
    const before = await rowCounts();
    const res = await t.ok(CreateSiteDocument, { input: { code: 'BAD', name: ' ', country: 'cn', timezone: 'Mars/Olympus' } }, 'ADMIN');
    expect(res.createSite.site).toBeNull();
    expect(res.createSite.userErrors.map((e) => [e.code, e.field?.join('.')])).toEqual(
      expect.arrayContaining([
        ['VALIDATION_FAILED', 'input.name'],
        ['VALIDATION_FAILED', 'input.country'],
        ['VALIDATION_FAILED', 'input.timezone'],
      ]),
    );
    expect(await rowCounts()).toBe(before);
  });

  it('refuses a duplicate site code as DUPLICATE and changes nothing', async () => {
    const before = await rowCounts();
    const dup = await t.ok(CreateSiteDocument, { input: siteInput('SZ') }, 'ADMIN');
    expect(dup.createSite.userErrors[0]).toMatchObject({ code: 'DUPLICATE', field: ['input', 'code'] });
    expect(await rowCounts()).toBe(before);
  });

  it('changes a site with a reason, audits old and new values, and refuses a stale version', async () => {
    const site = await createSite('GZ');
    const denied = await t.gql(UpdateSiteDocument, { input: { id: site.id, expectedVersion: 1, name: 'x', reason: 'r' } }, 'WAREHOUSE');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const upd = await t.ok(UpdateSiteDocument, { input: { id: site.id, expectedVersion: 1, timezone: 'Europe/Berlin', reason: 'Site moved' } }, 'ADMIN');
    expect(upd.updateSite.site).toMatchObject({ timezone: 'Europe/Berlin', version: 2 });
    const audit = await auditOf(site.id);
    expect(audit.map((a) => a.action)).toEqual(['CREATE', 'UPDATE']);
    expect(audit[1]).toMatchObject({ reason: 'Site moved', changes: [{ field: 'timezone', old: 'Asia/Shanghai', new: 'Europe/Berlin' }] });
    const before = await rowCounts();
    const stale = await t.ok(UpdateSiteDocument, { input: { id: site.id, expectedVersion: 1, name: 'Late writer', reason: 'r' } }, 'ADMIN');
    expect(stale.updateSite.userErrors[0]).toMatchObject({ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] });
    const noReason = await t.ok(UpdateSiteDocument, { input: { id: site.id, expectedVersion: 2, name: 'x', reason: ' ' } }, 'ADMIN');
    expect(noReason.updateSite.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'reason'] });
    expect(await rowCounts()).toBe(before);
  });
});

describe('createLocation and updateLocation', () => {
  it('lets WAREHOUSE add a location, audited with a LocationChanged event; SALES is refused', async () => {
    const denied = await t.gql(CreateLocationDocument, { input: locInput(siteB.id, 'B-SALES') }, 'SALES');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await t.ok(CreateLocationDocument, { input: { ...locInput(siteB.id, 'B-QUA'), type: 'QUARANTINE', reason: 'New cage' } }, 'WAREHOUSE');
    const loc = res.createLocation.location!;
    expect(loc).toMatchObject({ code: 'B-QUA', type: 'QUARANTINE', status: 'ACTIVE', version: 1, siteId: siteB.id });
    expect(loc.id).toMatch(/^loc_[0-9a-f]{32}$/);
    expect(await auditOf(loc.id)).toEqual([expect.objectContaining({ action: 'CREATE', entity_type: 'Location', reason: 'New cage' })]);
    const events = await t.sql('SELECT event_type FROM outbox_event WHERE aggregate_id = $1', [loc.id]);
    expect(events).toEqual([{ event_type: 'LocationChanged' }]);
  });

  it('refuses a duplicate code within a site, an unknown site and an inactive site, changing nothing', async () => {
    const closed = await createSite('CLOSED');
    await t.ok(UpdateSiteDocument, { input: { id: closed.id, expectedVersion: 1, status: 'INACTIVE', reason: 'Plant closed' } }, 'ADMIN');
    const before = await rowCounts();
    const cases: [CreateLocationInput, string, string][] = [
      [locInput(siteA.id, 'A-01'), 'DUPLICATE', 'code'],
      [locInput('site_none', 'Z-01'), 'NOT_FOUND', 'siteId'],
      [locInput(closed.id, 'C-01'), 'VALIDATION_FAILED', 'siteId'],
      [{ ...locInput(siteA.id, 'bad code!'), name: '' }, 'VALIDATION_FAILED', 'code'],
    ];
    for (const [input, code, field] of cases) {
      const res = await t.ok(CreateLocationDocument, { input }, 'ADMIN');
      expect(res.createLocation.userErrors[0]).toMatchObject({ code, field: ['input', field] });
    }
    expect(await rowCounts()).toBe(before);
    await createLocation(siteB.id, 'A-01');
  });

  it('changes name and status with a reason, audited; a stale version or an empty name changes nothing', async () => {
    const loc = await createLocation(siteA.id, 'A-UPD');
    const res = await t.ok(UpdateLocationDocument, { input: { id: loc.id, expectedVersion: 1, name: 'Old rack', status: 'INACTIVE', reason: 'Rack retired' } }, 'WAREHOUSE');
    expect(res.updateLocation.location).toMatchObject({ name: 'Old rack', status: 'INACTIVE', version: 2 });
    const audit = await auditOf(loc.id);
    expect(audit[1]).toMatchObject({ action: 'UPDATE', reason: 'Rack retired' });
    expect(audit[1].changes.map((c) => c.field).sort()).toEqual(['name', 'status']);
    const before = await rowCounts();
    const stale = await t.ok(UpdateLocationDocument, { input: { id: loc.id, expectedVersion: 1, name: 'x', reason: 'r' } }, 'WAREHOUSE');
    expect(stale.updateLocation.userErrors[0]).toMatchObject({ code: 'VERSION_CONFLICT' });
    const empty = await t.ok(UpdateLocationDocument, { input: { id: loc.id, expectedVersion: 2, name: '  ', reason: 'r' } }, 'WAREHOUSE');
    expect(empty.updateLocation.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'name'] });
    expect(await rowCounts()).toBe(before);
  });
});

describe('reading locations', () => {
  it('is refused for SALES; SALES still reads sites, with null locations and FORBIDDEN at that path', async () => {
    const list = await t.gql(LocationsDocument, { first: 1 }, 'SALES');
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const sites = await t.gql(SitesWithLocationsDocument, { first: 1, filter: { ids: [siteA.id] } }, 'SALES');
    expect(sites.data?.sites?.edges[0].node).toEqual({ code: 'SZ', locations: null });
    expect(sites.errors?.[0]).toMatchObject({ path: ['sites', 'edges', 0, 'node', 'locations'], extensions: { code: 'FORBIDDEN' } });
  });

  it("limits a WAREHOUSE token with siteIds [A] to site A's locations: list, totalCount, filter, node and Site.locations agree", async () => {
    const scoped = scopedTo('WAREHOUSE', siteA.id);
    const all = await t.ok(LocationsDocument, { first: 100 }, scoped);
    expect(new Set(all.locations!.edges.map((e) => e.node.siteId))).toEqual(new Set([siteA.id]));
    const [{ n }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM location WHERE site_id = $1', [siteA.id]);
    expect(all.locations!.totalCount).toBe(n);
    expect((await t.ok(LocationsDocument, { first: 10, filter: { siteIds: [siteB.id] } }, scoped)).locations!.totalCount).toBe(0);
    const bId = await locationIdOf('B-01', siteB.id);
    expect((await t.ok(NodeDocument, { id: bId }, scoped)).node).toBeNull();
    expect((await t.ok(NodeDocument, { id: bId }, 'WAREHOUSE')).node).toMatchObject({ __typename: 'Location', id: bId });
    const nested = await t.ok(SitesWithLocationsDocument, { first: 10, filter: { ids: [siteB.id] } }, scoped);
    expect(nested.sites!.edges[0].node.locations).toMatchObject({ totalCount: 0, edges: [] });
    const production = await t.ok(LocationsDocument, { first: 100, filter: { siteIds: [siteB.id] } }, scopedTo('PRODUCTION', siteB.id));
    expect(production.locations!.totalCount).toBeGreaterThan(0);
  });

  it("refuses a WAREHOUSE token with siteIds [A] writing site B's locations (userError), and lets it write site A's", async () => {
    const scoped = scopedTo('WAREHOUSE', siteA.id);
    const before = await rowCounts();
    const res = await t.ok(CreateLocationDocument, { input: locInput(siteB.id, 'B-99') }, scoped);
    expect(res.createLocation).toEqual({ location: null, userErrors: [expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'siteId'] })] });
    const bId = await locationIdOf('B-02', siteB.id);
    const upd = await t.ok(UpdateLocationDocument, { input: { id: bId, expectedVersion: 1, name: 'x', reason: 'r' } }, scoped);
    expect(upd.updateLocation.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'id'] });
    expect(await rowCounts()).toBe(before);
    await createLocation(siteA.id, 'A-SCOPED', scoped);
    const prod = await t.gql(CreateLocationDocument, { input: locInput(siteA.id, 'A-PROD') }, scopedTo('PRODUCTION', siteA.id));
    expect(prod.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('pagination', () => {
  const siteAFilter = () => ({ siteIds: [siteA.id], codePrefix: 'A-0' });
  const codesOf = (c: { edges: { node: { code: string } }[] } | null) => c!.edges.map((e) => e.node.code);

  it('pages locations forward and backward with keyset cursors', async () => {
    const f = siteAFilter();
    const p1 = await t.ok(LocationsDocument, { first: 4, filter: f }, 'ADMIN');
    expect(p1.locations!.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = await t.ok(LocationsDocument, { first: 4, after: p1.locations!.pageInfo.endCursor, filter: f }, 'ADMIN');
    expect([...codesOf(p1.locations), ...codesOf(p2.locations)]).toEqual(A_CODES);
    expect(p2.locations!.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = await t.ok(LocationsDocument, { last: 3, before: p2.locations!.pageInfo.endCursor, filter: f }, 'ADMIN');
    expect(codesOf(back.locations)).toEqual(['A-04', 'A-05', 'A-06']);
    expect(back.locations!.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const desc = await t.ok(LocationsDocument, { first: 2, filter: f, orderBy: [{ field: 'CODE', direction: 'DESC' }] }, 'ADMIN');
    expect(codesOf(desc.locations)).toEqual(['A-07', 'A-06']);
    const tooMany = await t.gql(LocationsDocument, { first: 1001 }, 'ADMIN');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('pages locations ordered by creation time without repeating or skipping rows', async () => {
    const f = siteAFilter();
    const seen: string[] = [];
    let after: string | null | undefined;
    do {
      const res = await t.ok(LocationsDocument, { first: 2, after, filter: f, orderBy: [{ field: 'CREATED_AT', direction: 'ASC' }] }, 'ADMIN');
      seen.push(...codesOf(res.locations));
      after = res.locations!.pageInfo.hasNextPage ? res.locations!.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(A_CODES);
  });

  it("pages each site's locations inside a page of sites, one page and one total per site", async () => {
    const ids = [siteA.id, siteB.id];
    const locFilter = { codePrefix: 'A-0' };
    const p1 = await t.ok(SitesWithLocationsDocument, { first: 10, filter: { ids }, locFirst: 3, locFilter }, 'ADMIN');
    const [sh, sz] = p1.sites!.edges.map((e) => e.node);
    expect(sh.code).toBe('SH');
    expect(sh.locations).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false } });
    expect(codesOf(sh.locations!)).toEqual(['A-01']);
    expect(sz.locations).toMatchObject({ totalCount: A_CODES.length, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(codesOf(sz.locations!)).toEqual(['A-01', 'A-02', 'A-03']);
    const p2 = await t.ok(SitesWithLocationsDocument, { first: 10, filter: { ids: [siteA.id] }, locFirst: 3, locAfter: sz.locations!.pageInfo.endCursor, locFilter }, 'ADMIN');
    expect(codesOf(p2.sites!.edges[0].node.locations!)).toEqual(['A-04', 'A-05', 'A-06']);
    const back = await t.ok(SitesWithLocationsDocument, { first: 10, filter: { ids: [siteA.id] }, locLast: 2, locBefore: p2.sites!.edges[0].node.locations!.pageInfo.startCursor, locFilter }, 'ADMIN');
    expect(back.sites!.edges[0].node.locations).toMatchObject({ pageInfo: { hasNextPage: true, hasPreviousPage: true } });
    expect(codesOf(back.sites!.edges[0].node.locations!)).toEqual(['A-02', 'A-03']);
  });

  it('loads Location.site and Site.locations in batches: the SQL statement count does not grow with the page', async () => {
    const small = await t.gql(LocationsDocument, { first: 5 }, 'ADMIN');
    const large = await t.gql(LocationsDocument, { first: 50 }, 'ADMIN');
    expect(large.data?.locations?.edges.length).toBeGreaterThan(5);
    expect(new Set(large.data?.locations?.edges.map((e) => e.node.site!.code))).toEqual(new Set(['SZ', 'SH']));
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    const oneSite = await t.gql(SitesWithLocationsDocument, { first: 1, locFirst: 2 }, 'ADMIN');
    const allSites = await t.gql(SitesWithLocationsDocument, { first: 50, locFirst: 2 }, 'ADMIN');
    expect(allSites.data?.sites?.edges.length).toBeGreaterThan(3);
    expect(allSites.extensions?.sqlStatements).toBe(oneSite.extensions?.sqlStatements);
  });
});
