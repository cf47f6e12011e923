import type { TestServer } from './test-server';
import { daysFromToday } from './fixtures';
import { readLot, receive, receivingSetup } from './lot-fixtures';
import { CompleteInspectionDocument, CreateInspectionPlanDocument, CreateUserDocument, RecordInspectionResultsDocument, ReworkLotDocument, StartInspectionDocument } from '../generated/graphql';

type InspectionType = 'INCOMING' | 'FINAL';

/** A qualitative one-sample plan: accepted true passes, false fails. */
async function plan(t: TestServer, materialId: string, type: InspectionType): Promise<string> {
  const res = await t.ok(
    CreateInspectionPlanDocument,
    {
      input: { materialId, type, sampleSize: 1, reason: 'Analytics data set', characteristics: [{ name: 'Visual', kind: 'QUALITATIVE' }] },
    },
    'QA_MANAGER',
  );
  if (res.createInspectionPlan.userErrors.length) throw new Error(JSON.stringify(res.createInspectionPlan.userErrors));
  return res.createInspectionPlan.inspectionPlan!.characteristics![0].id;
}

/** The full public flow: start, record, complete; returns the inspection id and the nonconformance a FAIL opened. */
async function inspect(t: TestServer, lotId: string, type: InspectionType, characteristicId: string, pass: boolean) {
  const started = await t.ok(StartInspectionDocument, { input: { lotId, type } }, 'QA_INSPECTOR');
  if (started.startInspection.userErrors.length) throw new Error(JSON.stringify(started.startInspection.userErrors));
  const inspectionId = started.startInspection.inspection!.id;
  await t.ok(RecordInspectionResultsDocument, { input: { inspectionId, readings: [{ characteristicId, sampleNo: 1, accepted: pass }] } }, 'QA_INSPECTOR');
  const done = await t.ok(CompleteInspectionDocument, { input: { inspectionId } }, 'QA_INSPECTOR');
  if (done.completeInspection.inspection?.verdict !== (pass ? 'PASS' : 'FAIL')) throw new Error(JSON.stringify(done.completeInspection));
  return { inspectionId, nonconformanceId: done.completeInspection.nonconformance?.id ?? null };
}

async function rework(t: TestServer, lotId: string): Promise<void> {
  const { version } = await readLot(t, lotId);
  const res = await t.ok(ReworkLotDocument, { input: { id: lotId, expectedVersion: version, reason: 'Re-sort and re-inspect' } }, 'QA_MANAGER');
  if (res.reworkLot.userErrors.length) throw new Error(JSON.stringify(res.reworkLot.userErrors));
}

/** Moves one completed inspection (and the nonconformance it opened) back in time. */
async function backdate(t: TestServer, inspectionId: string, days: number): Promise<void> {
  const shift = `${days} days`;
  await t.sql(`UPDATE inspection SET started_at = started_at - $2::interval, completed_at = completed_at - $2::interval WHERE id = $1`, [inspectionId, shift]);
  await t.sql(`UPDATE nonconformance SET created_at = created_at - $2::interval WHERE inspection_id = $1`, [inspectionId, shift]);
}

/**
 * The known data set. Material A (supplier S1): a1 INCOMING PASS then FINAL FAIL; a2 INCOMING
 * FAIL, reworked, re-inspected PASS; a3 INCOMING PASS; a4 INCOMING FAIL 40 days ago, re-inspected
 * PASS today. Material B (supplier S2): b1 INCOMING FAIL; b2 INCOMING PASS 40 days ago.
 * Inspections, lots and nonconformances come from real mutations; only completion times are
 * moved back in SQL, since the server stamps them with its own clock.
 */
export async function qualityAnalyticsDataSet(t: TestServer) {
  const a = await receivingSetup(t, 'QAA');
  const b = await receivingSetup(t, 'QAB');
  const incomingA = await plan(t, a.material.id, 'INCOMING');
  const finalA = await plan(t, a.material.id, 'FINAL');
  const incomingB = await plan(t, b.material.id, 'INCOMING');
  const lot = (s: typeof a, label: string) => receive(t, { materialId: s.material.id, supplierId: s.supplier.id, supplierLotNumber: label, quantity: '10', locationId: s.locationId });
  const [a1, a2, a3, a4] = [await lot(a, 'A1'), await lot(a, 'A2'), await lot(a, 'A3'), await lot(a, 'A4')];
  const [b1, b2] = [await lot(b, 'B1'), await lot(b, 'B2')];

  await inspect(t, a1.id, 'INCOMING', incomingA, true);
  const a1Final = await inspect(t, a1.id, 'FINAL', finalA, false);
  const a2First = await inspect(t, a2.id, 'INCOMING', incomingA, false);
  await rework(t, a2.id);
  const a2Second = await inspect(t, a2.id, 'INCOMING', incomingA, true);
  await inspect(t, a3.id, 'INCOMING', incomingA, true);
  const a4First = await inspect(t, a4.id, 'INCOMING', incomingA, false);
  await rework(t, a4.id);
  await inspect(t, a4.id, 'INCOMING', incomingA, true);
  await backdate(t, a4First.inspectionId, 40);
  const b1First = await inspect(t, b1.id, 'INCOMING', incomingB, false);
  const b2First = await inspect(t, b2.id, 'INCOMING', incomingB, true);
  await backdate(t, b2First.inspectionId, 40);

  return {
    materialA: a.material,
    materialB: b.material,
    supplier1: a.supplier,
    supplier2: b.supplier,
    lots: { a1, a2, a3, a4, b1, b2 },
    inspections: { a2First: a2First.inspectionId, a2Second: a2Second.inspectionId },
    nonconformances: { a1Final: a1Final.nonconformanceId!, a2: a2First.nonconformanceId!, a4: a4First.nonconformanceId!, b1: b1First.nonconformanceId! },
    today: daysFromToday(0),
    fortyDaysAgo: daysFromToday(-40),
  };
}

/**
 * Dispositions in SQL: this branch has no disposition mutation yet (the nonconformance
 * lifecycle is being written on another branch). The reworked lots' nonconformances are
 * CLOSED with REWORK, b1's is DISPOSITIONED SCRAP; a1's FINAL one stays OPEN.
 */
export async function dispositionInSql(t: TestServer, ncs: { a2: string; a4: string; b1: string }): Promise<void> {
  await t.sql(`UPDATE nonconformance SET status = 'CLOSED', disposition = 'REWORK', dispositioned_at = now(), closed_at = now() WHERE id = ANY($1)`, [[ncs.a2, ncs.a4]]);
  await t.sql(`UPDATE nonconformance SET status = 'DISPOSITIONED', disposition = 'SCRAP', dispositioned_at = now() WHERE id = $1`, [ncs.b1]);
}

/**
 * CAPAs and actions in plain SQL: the CAPA service and mutations are being written in
 * parallel on another branch. Times are relative to one now(), so cycle times are exact:
 * CLOSED 8, 4.5 and 29 days (closed 1-2 days ago) and 20 days (closed 100 days ago); one
 * CLOSED_NO_ACTION and one CANCELLED yesterday; open: one with an overdue OPEN action, one past
 * due, one with only a DONE overdue action, one due today (not overdue).
 */
export async function seedCapasInSql(t: TestServer): Promise<void> {
  const user = await t.ok(CreateUserDocument, { input: { subject: 'capa-owner', printedName: 'Capa Owner', roles: ['QA_MANAGER'] } }, 'ADMIN');
  const owner = user.createUser.user!.id;
  const investigated = `owner_id, risk, containment, root_cause, affected_scope`;
  const capa = (id: string, status: string, created: string, closed: string | null, due: string, extra = '') =>
    t.sql(
      `
    INSERT INTO capa (id, title, description, status, due_on, opened_by, opened_by_subject, created_at, closed_at, justification${extra ? `, ${investigated}` : ''})
    VALUES ($1, $1, 'seeded', $2, ${due}, 'Seeder', 'seeder', now() - $3::interval, ${closed ? `now() - '${closed}'::interval` : 'NULL'},
            ${['CLOSED_NO_ACTION', 'CANCELLED'].includes(status) ? `'justified'` : 'NULL'}${extra ? `, $4, 'HIGH', 'quarantine', 'cause', 'scope'` : ''})`,
      extra ? [id, status, created, owner] : [id, status, created],
    );
  const today = `(now() AT TIME ZONE 'UTC')::date`;
  await capa('capa_c8', 'CLOSED', '10 days', '2 days', `${today} - 20`, 'x');
  await capa('capa_c45', 'CLOSED', '5 days 12 hours', '1 day', `${today} - 20`, 'x');
  await capa('capa_c29', 'CLOSED', '30 days', '1 day', `${today} - 20`, 'x');
  await capa('capa_c20', 'CLOSED', '120 days', '100 days', `${today} - 120`, 'x');
  await capa('capa_noaction', 'CLOSED_NO_ACTION', '3 days', '1 day', `${today} + 10`);
  await capa('capa_cancelled', 'CANCELLED', '3 days', '1 day', `${today} + 10`);
  await capa('capa_action_late', 'IMPLEMENTATION', '20 days', null, `${today} + 10`, 'x');
  await capa('capa_late', 'INVESTIGATION', '20 days', null, `${today} - 5`, 'x');
  await capa('capa_done_action', 'IMPLEMENTATION', '20 days', null, `${today} + 30`, 'x');
  await capa('capa_due_today', 'TRIAGE', '2 days', null, today);
  const action = (id: string, capaId: string, status: 'OPEN' | 'DONE') =>
    t.sql(
      `
    INSERT INTO capa_action (id, capa_id, seq, description, owner_id, due_on, status, completed_at)
    VALUES ($1, $2, 1, 'seeded action', $3, ${today} - 3, $4, ${status === 'DONE' ? 'now()' : 'NULL'})`,
      [id, capaId, owner, status],
    );
  await action('cact_late', 'capa_action_late', 'OPEN');
  await action('cact_done', 'capa_done_action', 'DONE');
}
