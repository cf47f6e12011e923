import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import pino from 'pino';
import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { daysFromToday } from '../support/fixtures';
import { dispositionInSql, qualityAnalyticsDataSet, seedCapasInSql } from '../support/quality-analytics-fixtures';
import { CapaMetricsDocument, FirstPassYieldDocument, NonconformancesBySupplierDocument, type FirstPassYieldQueryVariables } from '../generated/graphql';
import { RequestContext } from '../../src/core/context';
import { subjectTypeOf } from '../../src/core/authz/ability';
import type { AppAbility } from '../../src/core/authz/rule-builder';
import type { Role } from '../../src/core/authz/role';
import { firstPassYield } from '../../src/modules/quality-analytics/first-pass-yield.service';
import { nonconformancesBySupplier } from '../../src/modules/quality-analytics/nonconformances-by-supplier.service';
import { capaMetrics } from '../../src/modules/quality-analytics/capa-metrics.service';
import { AnalyticsPeriod } from '../../src/modules/quality-analytics/analytics-period';
import { InspectionType } from '../../src/modules/quality/quality.enums';

let t: TestServer;
let data: Awaited<ReturnType<typeof qualityAnalyticsDataSet>>;
const tomorrow = daysFromToday(1);
const sixtyDaysAgo = daysFromToday(-60);

beforeAll(async () => {
  t = await createTestServer();
  data = await qualityAnalyticsDataSet(t);
  await dispositionInSql(t, data.nonconformances);
  await seedCapasInSql(t);
});
afterAll(async () => {
  await t?.close();
});

const fpy = (filter: Partial<FirstPassYieldQueryVariables['filter']> = {}, as: Role | Caller = 'BI_READER') =>
  t.gql(FirstPassYieldDocument, { filter: { inspectionType: 'INCOMING', period: 'DAY', from: data.today, to: tomorrow, ...filter } }, as);

describe('firstPassYield', () => {
  it('counts each lot once, by its first completed inspection: a re-inspection after a FAIL is not a first pass', async () => {
    const res = await fpy();
    expect(res.errors).toBeUndefined();
    expect(res.data!.firstPassYield).toEqual(
      [
        { materialId: data.materialA.id, material: { id: data.materialA.id, code: 'QAA' }, periodStart: data.today, lotsInspected: 3, lotsPassedFirstTime: 2, yield: '0.6667' },
        { materialId: data.materialB.id, material: { id: data.materialB.id, code: 'QAB' }, periodStart: data.today, lotsInspected: 1, lotsPassedFirstTime: 0, yield: '0' },
      ].sort((x, y) => x.materialId.localeCompare(y.materialId)),
    );
  });

  it('buckets lots by the day of their first inspection, and leaves out lots first inspected before the range', async () => {
    const res = await fpy({ from: sixtyDaysAgo });
    const rows = res.data!.firstPassYield!.map(({ material: _m, ...r }) => r);
    const a = data.materialA.id;
    const b = data.materialB.id;
    expect(rows).toEqual(
      expect.arrayContaining([
        { materialId: a, periodStart: data.fortyDaysAgo, lotsInspected: 1, lotsPassedFirstTime: 0, yield: '0' },
        { materialId: b, periodStart: data.fortyDaysAgo, lotsInspected: 1, lotsPassedFirstTime: 1, yield: '1' },
        { materialId: a, periodStart: data.today, lotsInspected: 3, lotsPassedFirstTime: 2, yield: '0.6667' },
        { materialId: b, periodStart: data.today, lotsInspected: 1, lotsPassedFirstTime: 0, yield: '0' },
      ]),
    );
    expect(rows).toHaveLength(4);
  });

  it('truncates months in UTC and filters by inspection type and material', async () => {
    const month = (d: string) => `${d.slice(0, 7)}-01`;
    const monthly = await fpy({ from: sixtyDaysAgo, period: 'MONTH', materialIds: [data.materialA.id] });
    expect(monthly.data!.firstPassYield!.map((r) => [r.periodStart, r.lotsInspected, r.lotsPassedFirstTime, r.yield])).toEqual([
      [month(data.fortyDaysAgo), 1, 0, '0'],
      [month(data.today), 3, 2, '0.6667'],
    ]);
    const final = await fpy({ inspectionType: 'FINAL' });
    expect(final.data!.firstPassYield!.map((r) => [r.materialId, r.lotsInspected, r.lotsPassedFirstTime, r.yield])).toEqual([[data.materialA.id, 1, 0, '0']]);
  });
});

describe('nonconformancesBySupplier', () => {
  it('counts nonconformances opened in the range per supplier, with those not closed and each disposition now', async () => {
    const today = await t.gql(NonconformancesBySupplierDocument, { from: data.today, to: tomorrow }, 'BI_READER');
    expect(today.errors).toBeUndefined();
    expect(today.data!.nonconformancesBySupplier).toEqual([
      { supplierId: data.supplier1.id, supplier: { id: data.supplier1.id, code: 'QAA-SUP' }, opened: 2, notClosed: 1, awaitingDisposition: 1, useAsIs: 0, rework: 1, scrap: 0, returnToSupplier: 0 },
      { supplierId: data.supplier2.id, supplier: { id: data.supplier2.id, code: 'QAB-SUP' }, opened: 1, notClosed: 1, awaitingDisposition: 0, useAsIs: 0, rework: 0, scrap: 1, returnToSupplier: 0 },
    ]);
    const wider = await t.gql(NonconformancesBySupplierDocument, { from: sixtyDaysAgo, to: tomorrow }, 'QA_MANAGER');
    expect(wider.data!.nonconformancesBySupplier![0]).toMatchObject({ supplierId: data.supplier1.id, opened: 3, notClosed: 1, awaitingDisposition: 1, rework: 2 });
  });
});

describe('capaMetrics', () => {
  it('gives closures with mean and median cycle days in the range, and open and overdue CAPAs now', async () => {
    const res = await t.gql(CapaMetricsDocument, { from: sixtyDaysAgo, to: tomorrow }, 'BI_READER');
    expect(res.errors).toBeUndefined();
    expect(res.data!.capaMetrics).toEqual({
      closedCount: 3,
      closedNoActionCount: 1,
      cancelledCount: 1,
      meanCycleDays: '13.83',
      medianCycleDays: '8',
      openCount: 4,
      overdueCount: 2,
    });
  });

  it('takes the median of an even count as the mean of the two middle values, and rounds half away from zero', async () => {
    const res = await t.gql(CapaMetricsDocument, { from: daysFromToday(-200), to: tomorrow }, 'AUDITOR');
    expect(res.data!.capaMetrics).toMatchObject({ closedCount: 4, meanCycleDays: '15.38', medianCycleDays: '14' });
  });

  it('gives null cycle times when nothing closed in the range', async () => {
    const res = await t.gql(CapaMetricsDocument, { from: daysFromToday(-90), to: daysFromToday(-60) }, 'QA_MANAGER');
    expect(res.data!.capaMetrics).toMatchObject({ closedCount: 0, meanCycleDays: null, medianCycleDays: null, openCount: 4, overdueCount: 2 });
  });
});

describe('authorization', () => {
  const as = (role: Role, supplierId?: string) => {
    const caller: Caller = { roles: [role], supplierId };
    return [
      () => fpy({}, caller),
      () => t.gql(NonconformancesBySupplierDocument, { from: data.today, to: tomorrow }, caller),
      () => t.gql(CapaMetricsDocument, { from: data.today, to: tomorrow }, caller),
    ];
  };

  it.each(['WAREHOUSE', 'PRODUCTION', 'QA_INSPECTOR', 'PURCHASING'] as Role[])('refuses %s with FORBIDDEN', async (role) => {
    for (const run of as(role)) {
      const res = await run();
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(Object.values(res.data ?? { missing: true })).toEqual([null]);
    }
  });

  it('refuses a SUPPLIER even for its own nonconformances, and anonymous callers', async () => {
    for (const run of as('SUPPLIER', data.supplier1.id)) expect((await run()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(CapaMetricsDocument, { from: data.today, to: tomorrow }, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each(['ADMIN', 'QA_MANAGER', 'AUDITOR', 'BI_READER'] as Role[])('serves %s', async (role) => {
    for (const run of as(role)) expect((await run()).errors).toBeUndefined();
  });

  it('serves a caller with a second, permitted role the same figures as ADMIN', async () => {
    const asAdmin = await fpy({}, 'ADMIN');
    const mixed = await fpy({}, { roles: ['WAREHOUSE', 'BI_READER'] });
    expect(mixed.data).toEqual(asAdmin.data);
  });
});

/**
 * Today no role with QualityAnalytics has row conditions on Inspection, Nonconformance or Capa,
 * so these call the services in-process with hand-made abilities, against the same database,
 * to prove every aggregate ANDs the caller's row scope into its SQL.
 */
describe('row-level scope inside the aggregates', () => {
  const ctxWith = (define: (can: AbilityBuilder<AppAbility>['can']) => void): RequestContext => {
    const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
    builder.can('read', 'QualityAnalytics');
    define(builder.can);
    const ability = builder.build({ detectSubjectType: (r) => subjectTypeOf(r) as never });
    const principal = { kind: 'user' as const, id: 'scoped-bi', name: 'Scoped BI', roles: ['BI_READER' as Role], siteIds: [] };
    return new RequestContext(t.server.platform, principal, 'row-scope-test', pino({ level: 'silent' }), undefined, ability);
  };
  const range = { from: sixtyDaysAgo, to: tomorrow };
  const incoming = { inspectionType: InspectionType.INCOMING, period: AnalyticsPeriod.DAY, ...range };

  it('counts only rows of the supplier the caller may read', async () => {
    const ctx = ctxWith((can) => can('read', ['Inspection', 'Nonconformance'], { supplierId: data.supplier2.id }));
    const rows = await firstPassYield(ctx, incoming);
    expect(rows.map((r) => [r.materialId, r.periodStart, r.lotsInspected, r.lotsPassedFirstTime, r.yield])).toEqual([
      [data.materialB.id, data.fortyDaysAgo, 1, 1, '1.0000'],
      [data.materialB.id, data.today, 1, 0, '0.0000'],
    ]);
    expect((await nonconformancesBySupplier(ctx, range.from, range.to)).map((r) => [r.supplierId, r.opened])).toEqual([[data.supplier2.id, 1]]);
  });

  it('counts nothing where the caller may read none of the underlying records', async () => {
    const ctx = ctxWith(() => undefined);
    expect(await firstPassYield(ctx, incoming)).toEqual([]);
    expect(await nonconformancesBySupplier(ctx, range.from, range.to)).toEqual([]);
    expect(await capaMetrics(ctx, range.from, range.to)).toEqual({
      closedCount: 0,
      closedNoActionCount: 0,
      cancelledCount: 0,
      meanCycleDays: null,
      medianCycleDays: null,
      openCount: 0,
      overdueCount: 0,
    });
  });

  it('scopes CAPAs and their actions separately', async () => {
    const ctx = ctxWith((can) => {
      can('read', 'Capa', { status: { $in: ['CLOSED', 'IMPLEMENTATION'] } });
      can('read', 'CapaAction', { status: 'DONE' });
    });
    expect(await capaMetrics(ctx, range.from, range.to)).toEqual({
      closedCount: 3,
      closedNoActionCount: 0,
      cancelledCount: 0,
      meanCycleDays: '13.83',
      medianCycleDays: '8.00',
      openCount: 2,
      overdueCount: 0,
    });
  });

  it('lets hidden inspections neither count nor decide which inspection was first', async () => {
    const ctx = ctxWith((can) => can('read', 'Inspection', { id: { $ne: data.inspections.a2First } }));
    const [a] = await firstPassYield(ctx, { ...incoming, from: data.today, materialIds: [data.materialA.id] });
    expect([a.lotsInspected, a.lotsPassedFirstTime]).toEqual([3, 3]);
  });
});

describe('bad input and cost', () => {
  it('refuses a range whose from is not before to, with VALIDATION_FAILED and no data', async () => {
    const reversed = await fpy({ from: tomorrow, to: data.today });
    expect(reversed.errors?.[0]).toMatchObject({ message: expect.stringContaining('must be before'), extensions: { code: 'VALIDATION_FAILED', field: ['filter', 'from'] } });
    const empty = await t.gql(CapaMetricsDocument, { from: data.today, to: data.today }, 'BI_READER');
    expect(empty.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const tooLong = await t.gql(NonconformancesBySupplierDocument, { from: '2000-01-01', to: tomorrow }, 'BI_READER');
    expect(tooLong.errors?.[0]).toMatchObject({ message: expect.stringContaining('at most 1098'), extensions: { code: 'VALIDATION_FAILED' } });
    const tooMany = await fpy({ materialIds: Array.from({ length: 501 }, (_, i) => `mat_${i}`) });
    expect(tooMany.errors?.[0]).toMatchObject({ message: 'At most 500 materialIds', extensions: { code: 'VALIDATION_FAILED', field: ['filter', 'materialIds'] } });
  });

  it('rejects an unknown period or a malformed date before running anything, and keeps serving', async () => {
    const year = await fpy({ period: 'YEAR' as FirstPassYieldQueryVariables['filter']['period'] });
    expect(year.status).toBe(400);
    expect(year.errors?.[0]?.message).toMatch(/AnalyticsPeriod/);
    const badDate = await t.gql(CapaMetricsDocument, { from: '2026-02-30', to: tomorrow }, 'BI_READER');
    expect(badDate.status).toBe(400);
    expect(badDate.errors?.[0]?.message).toMatch(/from/);
    expect((await fpy()).errors).toBeUndefined();
  });

  it('issues a fixed number of SQL statements: one aggregate, plus one batch per related type, however many rows come back', async () => {
    const base = (await t.gql('{ __typename }', {}, 'BI_READER')).extensions!.sqlStatements!;
    const one = await fpy({ materialIds: [data.materialB.id] });
    const many = await fpy({ from: sixtyDaysAgo });
    expect(one.data!.firstPassYield).toHaveLength(1);
    expect(many.data!.firstPassYield).toHaveLength(4);
    expect([one.extensions?.sqlStatements, many.extensions?.sqlStatements]).toEqual([base + 2, base + 2]);
    const bySupplier = await t.gql(NonconformancesBySupplierDocument, { from: sixtyDaysAgo, to: tomorrow }, 'BI_READER');
    const noSupplier = await t.gql(NonconformancesBySupplierDocument, { from: daysFromToday(-90), to: daysFromToday(-60) }, 'BI_READER');
    expect(bySupplier.data!.nonconformancesBySupplier).toHaveLength(2);
    expect(noSupplier.data!.nonconformancesBySupplier).toHaveLength(0);
    expect([bySupplier.extensions?.sqlStatements, noSupplier.extensions?.sqlStatements]).toEqual([base + 2, base + 1]);
    const capas = await t.gql(CapaMetricsDocument, { from: sixtyDaysAgo, to: tomorrow }, 'BI_READER');
    expect(capas.extensions?.sqlStatements).toBe(base + 1);
  });
});
