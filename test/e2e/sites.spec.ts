import { createTestServer, type TestServer } from '../support/test-server';
import {
  CreateLocationDocument, CreateSiteDocument, LocationsDocument, NodeDocument, SitesDocument, UpdateLocationDocument, UpdateSiteDocument,
} from '../generated/graphql';

let t: TestServer;
let siteA: { id: string };
let siteB: { id: string };

async function site(code: string, timezone = 'Asia/Shanghai') {
  const res = await t.ok(CreateSiteDocument, { input: { code, name: `Plant ${code}`, country: 'CN', timezone } }, 'ADMIN');
  expect(res.createSite.userErrors).toEqual([]);
  return res.createSite.site!;
}

async function location(siteId: string, code: string, as: Parameters<TestServer['gql']>[2] = 'ADMIN') {
  const res = await t.ok(CreateLocationDocument, { input: { siteId, code, name: `Bin ${code}`, type: 'STORAGE' } }, as as 'ADMIN');
  expect(res.createLocation.userErrors).toEqual([]);
  return res.createLocation.location!;
}

beforeAll(async () => {
  t = await createTestServer();
  siteA = await site('SZ');
  siteB = await site('SH');
  for (const code of ['A-01', 'A-02', 'A-03', 'A-04', 'A-05', 'A-06']) await location(siteA.id, code);
  await location(siteB.id, 'B-01');
});
afterAll(async () => {
  await t?.close();
});

describe('sites', () => {
  it('are created and changed by ADMIN only, with a valid IANA time zone', async () => {
    const denied = await t.gql(CreateSiteDocument, { input: { code: 'X', name: 'X', timezone: 'UTC' } }, 'WAREHOUSE');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await t.ok(CreateSiteDocument, { input: { code: 'BAD-TZ', name: 'x', timezone: 'Mars/Olympus' } }, 'ADMIN');
    expect(bad.createSite.userErrors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'timezone'] });
    const dup = await t.ok(CreateSiteDocument, { input: { code: 'SZ', name: 'again', timezone: 'UTC' } }, 'ADMIN');
    expect(dup.createSite.userErrors[0].code).toBe('DUPLICATE');
    const upd = await t.ok(UpdateSiteDocument, { input: { id: siteB.id, expectedVersion: 1, timezone: 'Europe/Berlin', reason: 'Site moved' } }, 'ADMIN');
    expect(upd.updateSite.site).toMatchObject({ timezone: 'Europe/Berlin', version: 2 });
    const stale = await t.ok(UpdateSiteDocument, { input: { id: siteB.id, expectedVersion: 1, name: 'x', reason: 'r' } }, 'ADMIN');
    expect(stale.updateSite.userErrors[0].code).toBe('VERSION_CONFLICT');
  });

  it("list their locations, within the caller's row scope", async () => {
    const res = await t.ok(SitesDocument, { first: 10, filter: { ids: [siteA.id] } }, { roles: ['WAREHOUSE'], siteIds: [siteB.id] });
    expect(res.sites.edges[0].node.locations).toEqual([]);
    const one = await t.gql(SitesDocument, { first: 1 }, 'WAREHOUSE');
    const both = await t.gql(SitesDocument, { first: 10 }, 'WAREHOUSE');
    expect(both.data?.sites.edges.length).toBeGreaterThan(1);
    expect(both.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
    const all = await t.ok(SitesDocument, { first: 10, filter: { ids: [siteA.id] } }, 'WAREHOUSE');
    expect(all.sites.edges[0].node.locations?.map((l) => l.code)).toEqual(['A-01', 'A-02', 'A-03', 'A-04', 'A-05', 'A-06']);
  });
});

describe('locations', () => {
  it("limits a WAREHOUSE token with siteIds to those sites' locations: list, totalCount and node agree", async () => {
    const scoped = { roles: ['WAREHOUSE' as const], siteIds: [siteB.id] };
    const list = await t.ok(LocationsDocument, { first: 50 }, scoped);
    expect(list.locations.edges.map((e) => e.node.code)).toEqual(['B-01']);
    expect(list.locations.totalCount).toBe(1);
    const filtered = await t.ok(LocationsDocument, { first: 50, filter: { siteIds: [siteA.id] } }, scoped);
    expect(filtered.locations.totalCount).toBe(0);
    const aLocation = (await t.ok(LocationsDocument, { first: 1, filter: { siteIds: [siteA.id] } }, 'ADMIN')).locations.edges[0].node;
    expect((await t.ok(NodeDocument, { id: aLocation.id }, scoped)).node).toBeNull();
    expect((await t.ok(NodeDocument, { id: aLocation.id }, 'WAREHOUSE')).node).toMatchObject({ __typename: 'Location' });
  });

  it("refuses a scoped WAREHOUSE user writing another site's locations, and changes nothing", async () => {
    const scoped = { roles: ['WAREHOUSE' as const], siteIds: [siteB.id] };
    const res = await t.ok(CreateLocationDocument, { input: { siteId: siteA.id, code: 'A-99', name: 'x', type: 'STORAGE' } }, scoped);
    expect(res.createLocation.userErrors[0]).toMatchObject({ code: 'FORBIDDEN', field: ['input', 'siteId'] });
    expect(await t.sql(`SELECT 1 FROM location WHERE code = 'A-99'`)).toHaveLength(0);
    const own = await t.ok(CreateLocationDocument, { input: { siteId: siteB.id, code: 'B-02', name: 'Quarantine cage', type: 'QUARANTINE' } }, scoped);
    expect(own.createLocation.location).toMatchObject({ code: 'B-02', type: 'QUARANTINE', siteId: siteB.id });
    const aLocation = (await t.ok(LocationsDocument, { first: 1, filter: { siteIds: [siteA.id] } }, 'ADMIN')).locations.edges[0].node;
    const upd = await t.ok(UpdateLocationDocument, { input: { id: aLocation.id, expectedVersion: 1, name: 'x', reason: 'r' } }, scoped);
    expect(upd.updateLocation.userErrors[0].code).toBe('FORBIDDEN');
  });

  it('refuses duplicate codes within a site and unknown sites; SALES may not read locations', async () => {
    const dup = await t.ok(CreateLocationDocument, { input: { siteId: siteA.id, code: 'A-01', name: 'x', type: 'STORAGE' } }, 'ADMIN');
    expect(dup.createLocation.userErrors[0]).toMatchObject({ code: 'DUPLICATE', field: ['input', 'code'] });
    const sameCodeOtherSite = await t.ok(CreateLocationDocument, { input: { siteId: siteB.id, code: 'A-01', name: 'x', type: 'STORAGE' } }, 'ADMIN');
    expect(sameCodeOtherSite.createLocation.userErrors).toEqual([]);
    const unknown = await t.ok(CreateLocationDocument, { input: { siteId: 'site_none', code: 'Z', name: 'x', type: 'STORAGE' } }, 'ADMIN');
    expect(unknown.createLocation.userErrors[0].code).toBe('NOT_FOUND');
    const sales = await t.gql(LocationsDocument, { first: 1 }, 'SALES');
    expect(sales.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('pages forward and backward, and loads sites through one batched statement', async () => {
    const filter = { siteIds: [siteA.id] };
    const p1 = await t.ok(LocationsDocument, { first: 4, filter }, 'ADMIN');
    const p2 = await t.ok(LocationsDocument, { first: 4, after: p1.locations.pageInfo.endCursor, filter }, 'ADMIN');
    expect([...p1.locations.edges, ...p2.locations.edges].map((e) => e.node.code)).toEqual(['A-01', 'A-02', 'A-03', 'A-04', 'A-05', 'A-06']);
    expect(p2.locations.pageInfo.hasNextPage).toBe(false);
    const back = await t.ok(LocationsDocument, { last: 3, before: p2.locations.pageInfo.endCursor, filter }, 'ADMIN');
    expect(back.locations.edges.map((e) => e.node.code)).toEqual(['A-03', 'A-04', 'A-05']);
    const small = await t.gql(LocationsDocument, { first: 1 }, 'ADMIN');
    const large = await t.gql(LocationsDocument, { first: 50 }, 'ADMIN');
    expect(large.data?.locations.edges.every((e) => e.node.site?.code)).toBe(true);
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
  });
});
