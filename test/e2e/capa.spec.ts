import { createTestServer, subscribe, type Caller, type TestServer } from '../support/test-server';
import { createSupplier, daysFromToday } from '../support/fixtures';
import { signerUser, SIGNING_PASSWORD, userBySubject } from '../support/lot-fixtures';
import { inspectionSetup } from '../support/quality-fixtures';
import { raiseCapaOverdueAlerts } from '../../src/modules/capa/capa-overdue.job';
import {
  AddCapaActionDocument,
  AdvanceCapaDocument,
  CapasDocument,
  CloseCapaDocument,
  CompleteCapaActionDocument,
  CreateUserDocument,
  OpenCapaDocument,
  UpdateUserDocument,
  type AdvanceCapaInput,
  type CreateUserInput,
} from '../generated/graphql';

let t: TestServer;
let qa: Caller;
let approver: Caller;
let owner: Caller;
let ownerId: string;
let engineerId: string;
let engineer: Caller;

const sig = (meaning: 'APPROVED' | 'VERIFIED' | 'CLOSED') => ({ password: SIGNING_PASSWORD, meaning, reason: `${meaning} by me` });
const userId = async (sub: string) => (await userBySubject(t, sub)).id;
const capaRow = async (id: string) => (await t.sql<{ status: string; version: number }>('SELECT status, version FROM capa WHERE id = $1', [id]))[0];

async function open(title: string, extra: { nonconformanceIds?: string[]; dueOn?: string } = {}, as: Caller | 'QA_INSPECTOR' | 'QA_MANAGER' = 'QA_MANAGER') {
  const res = await t.ok(OpenCapaDocument, { input: { title, description: 'Recurring diameter failures', dueOn: extra.dueOn ?? daysFromToday(60), nonconformanceIds: extra.nonconformanceIds } }, as);
  expect(res.openCapa.userErrors).toEqual([]);
  return res.openCapa.capa!;
}

async function advance(input: Omit<AdvanceCapaInput, 'reason'> & { reason?: string }, as: Caller = qa) {
  return (await t.ok(AdvanceCapaDocument, { input: { reason: `to ${input.to}`, ...input } }, as)).advanceCapa;
}

/** Opens a CAPA and takes it to INVESTIGATION with an owner; returns it at version 3. */
async function investigating(title: string) {
  const capa = await open(title);
  expect((await advance({ id: capa.id, expectedVersion: 1, to: 'TRIAGE' })).userErrors).toEqual([]);
  const res = await advance({ id: capa.id, expectedVersion: 2, to: 'INVESTIGATION', ownerId, risk: 'MEDIUM', containment: 'Stock quarantined' });
  expect(res.userErrors).toEqual([]);
  return res.capa!;
}

async function addAction(capaId: string, expectedVersion: number, actionOwner = engineerId, dueOn = daysFromToday(30)) {
  return (await t.ok(AddCapaActionDocument, { input: { capaId, expectedVersion, description: 'Replace cutting tool; add wear check', ownerId: actionOwner, dueOn } }, qa)).addCapaAction;
}

beforeAll(async () => {
  t = await createTestServer();
  qa = await signerUser(t, 'u-capa-qa', ['QA_MANAGER']);
  approver = await signerUser(t, 'u-capa-approver', ['QA_MANAGER']);
  owner = await signerUser(t, 'u-capa-owner', ['QA_MANAGER']);
  engineer = await signerUser(t, 'u-capa-eng', ['PRODUCTION']);
  ownerId = await userId('u-capa-owner');
  engineerId = await userId('u-capa-eng');
});
afterAll(async () => {
  await t?.close();
});

describe('a CAPA from nonconformance to closure', () => {
  it('passes every gate with signatures, and publishes each status change', async () => {
    const q = await inspectionSetup(t, 'CAPA');
    const { nonconformance } = await q.failedLot('CAPA-1');
    const base = t.subscriberCount;
    const changes = subscribe<{ capaStatusChanged: { status: string; previousStatus: string | null; capa: { title: string } } }>(
      t.ws({ authorization: `Bearer ${t.token('AUDITOR')}` }),
      'subscription { capaStatusChanged { status previousStatus capa { title } } }',
    );
    await t.subscribers(base + 1);

    const capa = await open('Diameter out of tolerance', { nonconformanceIds: [nonconformance.id] }, 'QA_INSPECTOR');
    expect(capa).toMatchObject({ status: 'DRAFT', version: 1, nonconformanceIds: [nonconformance.id] });
    await advance({ id: capa.id, expectedVersion: 1, to: 'TRIAGE' });
    const noOwner = await advance({ id: capa.id, expectedVersion: 2, to: 'INVESTIGATION' });
    expect(noOwner.userErrors.map((e) => e.field)).toEqual([
      ['input', 'ownerId'],
      ['input', 'risk'],
      ['input', 'containment'],
    ]);
    const inv = await advance({ id: capa.id, expectedVersion: 2, to: 'INVESTIGATION', ownerId, risk: 'HIGH', containment: 'All lots of the supplier on hold' });
    expect(inv.capa).toMatchObject({ status: 'INVESTIGATION', ownerId, risk: 'HIGH', version: 3 });

    const noPlan = await advance({ id: capa.id, expectedVersion: 3, to: 'PLAN_APPROVAL', rootCause: 'Worn tool', affectedScope: 'Lots since March' });
    expect(noPlan.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION_FAILED', field: ['input', 'actions'] })]);
    const a1 = await addAction(capa.id, 3);
    expect(a1.action).toMatchObject({ seq: 1, status: 'OPEN', ownerId: engineerId });
    const a2 = await addAction(capa.id, 4, ownerId);
    expect(a2.capa?.version).toBe(5);
    const plan = await advance({ id: capa.id, expectedVersion: 5, to: 'PLAN_APPROVAL', rootCause: 'Worn tool', affectedScope: 'Lots since March' });
    expect(plan.capa).toMatchObject({ status: 'PLAN_APPROVAL', rootCause: 'Worn tool' });
    const late = await addAction(capa.id, 6);
    expect(late.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });

    const unsigned = await advance({ id: capa.id, expectedVersion: 6, to: 'IMPLEMENTATION' });
    expect(unsigned.userErrors[0]).toMatchObject({ code: 'SIGNATURE_REQUIRED' });
    const byOwner = await advance({ id: capa.id, expectedVersion: 6, to: 'IMPLEMENTATION', signature: sig('APPROVED') }, owner);
    expect(byOwner.userErrors[0]).toMatchObject({ code: 'FORBIDDEN', field: ['input', 'signature'] });
    expect(await capaRow(capa.id)).toEqual({ status: 'PLAN_APPROVAL', version: 6 });
    const approved = await advance({ id: capa.id, expectedVersion: 6, to: 'IMPLEMENTATION', signature: sig('APPROVED') }, approver);
    expect(approved).toMatchObject({ capa: { status: 'IMPLEMENTATION' }, signature: { meaning: 'APPROVED', printedName: 'Signer u-capa-approver', recordType: 'Capa' } });

    const early = await advance({ id: capa.id, expectedVersion: 7, to: 'VERIFICATION' });
    expect(early.userErrors[0]).toMatchObject({ field: ['input', 'actions'], message: expect.stringMatching(/done/) });
    const stranger = await t.ok(CompleteCapaActionDocument, { input: { id: a1.action!.id, expectedVersion: 1, note: 'done' } }, 'PRODUCTION');
    expect(stranger.completeCapaAction.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
    const own = await t.ok(CompleteCapaActionDocument, { input: { id: a1.action!.id, expectedVersion: 1, note: 'Tool replaced, wear check in WI-12 rev B' } }, engineer);
    expect(own.completeCapaAction.action).toMatchObject({ status: 'DONE', completedBy: 'Signer u-capa-eng' });
    const byQa = await t.ok(CompleteCapaActionDocument, { input: { id: a2.action!.id, expectedVersion: 1, note: 'Training records attached' } }, qa);
    expect(byQa.completeCapaAction.userErrors).toEqual([]);
    const actionEvents = await t.sql<{ aggregate_id: string; change: string; capa: string }>(
      `SELECT aggregate_id, payload->>'change' AS change, payload->>'capaId' AS capa FROM outbox_event WHERE event_type = 'CapaActionChanged' AND payload->>'capaId' = $1 ORDER BY id`,
      [capa.id],
    );
    expect(actionEvents).toEqual([
      { aggregate_id: a1.action!.id, change: 'ADDED', capa: capa.id },
      { aggregate_id: a2.action!.id, change: 'ADDED', capa: capa.id },
      { aggregate_id: a1.action!.id, change: 'COMPLETED', capa: capa.id },
      { aggregate_id: a2.action!.id, change: 'COMPLETED', capa: capa.id },
    ]);

    await advance({ id: capa.id, expectedVersion: 7, to: 'VERIFICATION' });
    const noCriterion = await advance({ id: capa.id, expectedVersion: 8, to: 'EFFECTIVENESS_CHECK', signature: sig('VERIFIED') });
    expect(noCriterion.userErrors[0].field).toEqual(['input', 'effectivenessCriterion']);
    const check = await advance({ id: capa.id, expectedVersion: 8, to: 'EFFECTIVENESS_CHECK', effectivenessCriterion: 'No diameter failure in 20 lots', signature: sig('VERIFIED') });
    expect(check.signature?.meaning).toBe('VERIFIED');
    const viaAdvance = await advance({ id: capa.id, expectedVersion: 9, to: 'CLOSED' });
    expect(viaAdvance.userErrors[0].field).toEqual(['input', 'to']);
    const notMet = await t.ok(CloseCapaDocument, { input: { id: capa.id, expectedVersion: 9, effectivenessResult: '2 failures', criterionMet: false, reason: 'r', signature: sig('CLOSED') } }, qa);
    expect(notMet.closeCapa.userErrors[0].field).toEqual(['input', 'criterionMet']);
    const closed = await t.ok(
      CloseCapaDocument,
      { input: { id: capa.id, expectedVersion: 9, effectivenessResult: '0 failures in 24 lots', criterionMet: true, reason: 'Effective', signature: sig('CLOSED') } },
      qa,
    );
    expect(closed.closeCapa).toMatchObject({ capa: { status: 'CLOSED', effectivenessResult: '0 failures in 24 lots' }, signature: { meaning: 'CLOSED' } });
    expect(closed.closeCapa.capa?.closedAt).toBeTruthy();

    const listed = await t.ok(CapasDocument, { filter: { nonconformanceIds: [nonconformance.id] } }, 'AUDITOR');
    expect(listed.capas!.edges[0].node).toMatchObject({
      actions: [
        { seq: 1, status: 'DONE' },
        { seq: 2, status: 'DONE' },
      ],
      signatures: [{ meaning: 'APPROVED' }, { meaning: 'VERIFIED' }, { meaning: 'CLOSED' }],
    });
    const nc = await t.gql<{ node: { capas: { id: string }[] } }, unknown>(`{ node(id: "${nonconformance.id}") { ... on Nonconformance { capas { id } } } }`, {}, 'QA_MANAGER');
    expect(nc.data?.node.capas).toEqual([{ id: capa.id }]);
    const statuses = ['DRAFT', 'TRIAGE', 'INVESTIGATION', 'PLAN_APPROVAL', 'IMPLEMENTATION', 'VERIFICATION', 'EFFECTIVENESS_CHECK', 'CLOSED'];
    await changes.waitFor(statuses.length);
    expect(changes.events.filter((e) => e.capaStatusChanged.capa.title === 'Diameter out of tolerance').map((e) => e.capaStatusChanged.status)).toEqual(statuses);
    const audit = await t.sql<{ action: string }>(`SELECT action FROM audit_entry WHERE entity_type = 'Capa' AND entity_id = $1 ORDER BY seq`, [capa.id]);
    expect(audit.map((a) => a.action)).toEqual([
      'OPEN',
      'STATUS_CHANGE',
      'STATUS_CHANGE',
      'ADD_ACTION',
      'ADD_ACTION',
      'STATUS_CHANGE',
      'STATUS_CHANGE',
      'SIGN',
      'STATUS_CHANGE',
      'STATUS_CHANGE',
      'SIGN',
      'CLOSE',
      'SIGN',
    ]);
  });
});

describe('other paths through the lifecycle', () => {
  it('goes back to INVESTIGATION when the effectiveness check fails, recording why', async () => {
    const capa = await investigating('Not effective first time');
    const { action } = await addAction(capa.id, 3);
    await advance({ id: capa.id, expectedVersion: 4, to: 'PLAN_APPROVAL', rootCause: 'r', affectedScope: 's' });
    await advance({ id: capa.id, expectedVersion: 5, to: 'IMPLEMENTATION', signature: sig('APPROVED') }, approver);
    await t.ok(CompleteCapaActionDocument, { input: { id: action!.id, expectedVersion: 1, note: 'n' } }, engineer);
    await advance({ id: capa.id, expectedVersion: 6, to: 'VERIFICATION' });
    await advance({ id: capa.id, expectedVersion: 7, to: 'EFFECTIVENESS_CHECK', effectivenessCriterion: 'c', signature: sig('VERIFIED') });
    const silent = await advance({ id: capa.id, expectedVersion: 8, to: 'INVESTIGATION' });
    expect(silent.userErrors[0].field).toEqual(['input', 'effectivenessResult']);
    const back = await advance({ id: capa.id, expectedVersion: 8, to: 'INVESTIGATION', effectivenessResult: 'Recurred in week 2' });
    expect(back.capa).toMatchObject({ status: 'INVESTIGATION', effectivenessResult: 'Recurred in week 2' });
  });

  it('closes without action from triage (justified and signed) and cancels early states only', async () => {
    const a = await open('Duplicate report');
    await advance({ id: a.id, expectedVersion: 1, to: 'TRIAGE' });
    const unjustified = await advance({ id: a.id, expectedVersion: 2, to: 'CLOSED_NO_ACTION', signature: sig('APPROVED') });
    expect(unjustified.userErrors[0].field).toEqual(['input', 'justification']);
    const closed = await advance({ id: a.id, expectedVersion: 2, to: 'CLOSED_NO_ACTION', justification: 'Same as an open CAPA', signature: sig('APPROVED') });
    expect(closed).toMatchObject({ capa: { status: 'CLOSED_NO_ACTION', justification: 'Same as an open CAPA' }, signature: { meaning: 'APPROVED' } });
    const reopen = await advance({ id: a.id, expectedVersion: 3, to: 'TRIAGE' });
    expect(reopen.userErrors[0].code).toBe('INVALID_TRANSITION');

    const b = await investigating('Cancelled');
    const cancelled = await advance({ id: b.id, expectedVersion: 3, to: 'CANCELLED', justification: 'Supplier disqualified' });
    expect(cancelled.capa).toMatchObject({ status: 'CANCELLED' });

    const c = await investigating('Too late to cancel');
    await addAction(c.id, 3);
    await advance({ id: c.id, expectedVersion: 4, to: 'PLAN_APPROVAL', rootCause: 'r', affectedScope: 's' });
    await advance({ id: c.id, expectedVersion: 5, to: 'IMPLEMENTATION', signature: sig('APPROVED') }, approver);
    const refused = await advance({ id: c.id, expectedVersion: 6, to: 'CANCELLED', justification: 'j' });
    expect(refused.userErrors[0].code).toBe('INVALID_TRANSITION');
    expect(await capaRow(c.id)).toEqual({ status: 'IMPLEMENTATION', version: 6 });
  });

  it("validates actions: due by the CAPA's date, owned by a known user, planned only during investigation", async () => {
    const capa = await investigating('Action rules');
    expect((await addAction(capa.id, 3, engineerId, daysFromToday(90))).userErrors[0].field).toEqual(['input', 'dueOn']);
    expect((await addAction(capa.id, 3, engineerId, daysFromToday(-1))).userErrors[0].field).toEqual(['input', 'dueOn']);
    expect((await addAction(capa.id, 3, 'usr_nobody')).userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'ownerId'] });
    expect((await addAction(capa.id, 2)).userErrors[0].code).toBe('VERSION_CONFLICT');
    expect(await t.sql('SELECT 1 FROM capa_action WHERE capa_id = $1', [capa.id])).toEqual([]);
    const draft = await open('Still a draft');
    expect((await addAction(draft.id, 1)).userErrors[0].code).toBe('INVALID_TRANSITION');
  });

  it('refuses a past due date, and lets only QA move a CAPA', async () => {
    const res = await t.ok(OpenCapaDocument, { input: { title: 't', description: 'd', dueOn: daysFromToday(-1) } }, 'QA_MANAGER');
    expect(res.openCapa.userErrors[0].field).toEqual(['input', 'dueOn']);
    const capa = await open('Roles');
    for (const role of ['QA_INSPECTOR', 'PRODUCTION', 'AUDITOR', 'BI_READER', 'SUPPLIER'] as const) {
      const r = await t.gql(`mutation { advanceCapa(input: { id: "${capa.id}", expectedVersion: 1, to: TRIAGE, reason: "r" }) { userErrors { code } } }`, {}, role);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const role of ['WAREHOUSE', 'SUPPLIER', 'PRODUCTION'] as const) {
      expect((await t.gql('{ capas(first: 1) { totalCount } }', {}, role)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.gql('{ capas(first: 1) { totalCount } }', {}, 'BI_READER')).errors).toBeUndefined();
    expect(await capaRow(capa.id)).toEqual({ status: 'DRAFT', version: 1 });
  });
});

/** A provisioned user without a signing password; returns their id. */
async function provision(subject: string, roles: CreateUserInput['roles'], extra: Partial<CreateUserInput> = {}) {
  const res = await t.ok(CreateUserDocument, { input: { subject, printedName: `Name ${subject}`, roles, ...extra } }, 'ADMIN');
  expect(res.createUser.userErrors).toEqual([]);
  return res.createUser.user!.id;
}

/** A CAPA in IMPLEMENTATION with one action owned by `actionOwner`; returns the CAPA (version 6) and the action's id. */
async function implementing(title: string, actionOwner = engineerId) {
  const capa = await investigating(title);
  const { action } = await addAction(capa.id, 3, actionOwner);
  await advance({ id: capa.id, expectedVersion: 4, to: 'PLAN_APPROVAL', rootCause: 'r', affectedScope: 's' });
  expect((await advance({ id: capa.id, expectedVersion: 5, to: 'IMPLEMENTATION', signature: sig('APPROVED') }, approver)).userErrors).toEqual([]);
  return { capa, actionId: action!.id };
}

describe('who may own CAPA work', () => {
  it('refuses owners whose roles may not act on CAPA (BI_READER, AUDITOR, SUPPLIER), for an action and for the CAPA itself', async () => {
    const supplier = await createSupplier(t, 'CAPA-PORTAL');
    const readOnly = [await provision('u-capa-bi', ['BI_READER']), await provision('u-capa-auditor', ['AUDITOR']), await provision('u-capa-portal', ['SUPPLIER'], { supplierId: supplier.id })];
    const capa = await investigating('Owners must act on CAPA');
    for (const id of readOnly) {
      expect((await addAction(capa.id, 3, id)).userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION_FAILED', field: ['input', 'ownerId'] })]);
    }
    expect(await t.sql('SELECT 1 FROM capa_action WHERE capa_id = $1', [capa.id])).toEqual([]);
    // A production engineer may own an action (their role completes the actions they own), not the CAPA (they may not update it).
    expect((await addAction(capa.id, 3, engineerId)).userErrors).toEqual([]);
    const draft = await open('Who owns the CAPA');
    await advance({ id: draft.id, expectedVersion: 1, to: 'TRIAGE' });
    for (const id of [...readOnly, engineerId]) {
      const res = await advance({ id: draft.id, expectedVersion: 2, to: 'INVESTIGATION', ownerId: id, risk: 'LOW', containment: 'None needed' });
      expect(res.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION_FAILED', field: ['input', 'ownerId'] })]);
    }
    expect(await capaRow(draft.id)).toEqual({ status: 'TRIAGE', version: 2 });
  });

  it('lets an owner complete an action only while both their token and their recorded roles may act on CAPA; QA still can', async () => {
    const ownerSub = 'u-capa-mover';
    const moverId = await provision(ownerSub, ['PRODUCTION']);
    const { actionId } = await implementing('Owner changes roles', moverId);
    const complete = (as: Caller) => t.ok(CompleteCapaActionDocument, { input: { id: actionId, expectedVersion: 1, note: 'Done' } }, as);
    // The owner's own subject with a read-only token: that role completes no action at all.
    const readOnlyToken = await t.gql(CompleteCapaActionDocument, { input: { id: actionId, expectedVersion: 1, note: 'Done' } }, { roles: ['BI_READER'], sub: ownerSub });
    expect(readOnlyToken.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const demoted = await t.ok(UpdateUserDocument, { input: { id: moverId, expectedVersion: 1, roles: ['BI_READER'], reason: 'Moved to reporting' } }, 'ADMIN');
    expect(demoted.updateUser.userErrors).toEqual([]);
    expect((await complete({ roles: ['PRODUCTION'], sub: ownerSub })).completeCapaAction.userErrors[0]).toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.sql('SELECT status, version FROM capa_action WHERE id = $1', [actionId])).toEqual([{ status: 'OPEN', version: 1 }]);
    expect((await complete(qa)).completeCapaAction.action).toMatchObject({ status: 'DONE', completedBy: 'Signer u-capa-qa' });
  });
});

describe('independence of the effectiveness check and closure', () => {
  it('refuses the CAPA owner and every action owner as signer of the effectiveness check and the closure, before the password is checked', async () => {
    const actionQa = await signerUser(t, 'u-capa-action-qa', ['QA_MANAGER']);
    const { capa, actionId } = await implementing('Independent closure', await userId('u-capa-action-qa'));
    await t.ok(CompleteCapaActionDocument, { input: { id: actionId, expectedVersion: 1, note: 'Done' } }, actionQa);
    await advance({ id: capa.id, expectedVersion: 6, to: 'VERIFICATION' });
    const check = (as: Caller, password = SIGNING_PASSWORD) =>
      advance({ id: capa.id, expectedVersion: 7, to: 'EFFECTIVENESS_CHECK', effectivenessCriterion: 'No recurrence in 20 lots', signature: { ...sig('VERIFIED'), password } }, as);
    for (const insider of [owner, actionQa]) {
      expect((await check(insider, 'Wrong-Password-1')).userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'signature'] })]);
      expect((await check(insider)).userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'signature'] })]);
    }
    expect(await t.sql(`SELECT subject FROM app_user WHERE signing_failed_attempts > 0 AND subject LIKE 'u-capa-%'`)).toEqual([]);
    expect(await capaRow(capa.id)).toEqual({ status: 'VERIFICATION', version: 7 });
    expect((await check(qa)).signature).toMatchObject({ meaning: 'VERIFIED' });

    const close = (as: Caller) =>
      t.ok(
        CloseCapaDocument,
        {
          input: { id: capa.id, expectedVersion: 8, effectivenessResult: 'No recurrence', criterionMet: true, reason: 'Effective', signature: sig('CLOSED') },
        },
        as,
      );
    for (const insider of [owner, actionQa]) {
      expect((await close(insider)).closeCapa.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'signature'] })]);
    }
    expect(await capaRow(capa.id)).toEqual({ status: 'EFFECTIVENESS_CHECK', version: 8 });
    expect((await close(approver)).closeCapa).toMatchObject({ capa: { status: 'CLOSED' }, signature: { meaning: 'CLOSED' } });
  });
});

describe('CAPA_OVERDUE', () => {
  it('is raised once per overdue CAPA and per overdue open action, never for finished CAPAs', async () => {
    const late = await investigating('Overdue one');
    const action = await addAction(late.id, 3, engineerId, daysFromToday(5));
    const done = await open('Finished', { dueOn: daysFromToday(1) });
    await advance({ id: done.id, expectedVersion: 1, to: 'TRIAGE' });
    await advance({ id: done.id, expectedVersion: 2, to: 'CANCELLED', justification: 'j' });
    const later = daysFromToday(61);
    await raiseCapaOverdueAlerts(t.server.platform, later);
    await raiseCapaOverdueAlerts(t.server.platform, later);
    const alerts = await t.sql<{ aggregate_id: string; payload: { details: { actionId: string | null; dueOn: string } } }>(
      `SELECT aggregate_id, payload FROM outbox_event WHERE event_type = 'AlertRaised' AND payload->>'alertType' = 'CAPA_OVERDUE'`,
    );
    const forLate = alerts.filter((a) => a.aggregate_id === late.id).map((a) => a.payload.details);
    expect(forLate).toEqual(
      expect.arrayContaining([expect.objectContaining({ actionId: null, dueOn: daysFromToday(60) }), expect.objectContaining({ actionId: action.action!.id, dueOn: daysFromToday(5) })]),
    );
    expect(forLate).toHaveLength(2);
    expect(alerts.filter((a) => a.aggregate_id === done.id)).toEqual([]);
    expect(await raiseCapaOverdueAlerts(t.server.platform, daysFromToday(1))).toBe(0);
  });

  it('filters CAPAs by overdue', async () => {
    const capa = await open('Filter me');
    // Time passes: the due date is moved into the past directly, as no mutation can.
    await t.sql('UPDATE capa SET due_on = current_date - 1 WHERE id = $1', [capa.id]);
    const overdue = await t.ok(CapasDocument, { filter: { overdue: true } }, 'QA_MANAGER');
    expect(overdue.capas!.edges.map((e) => e.node.id)).toContain(capa.id);
    const onTime = await t.ok(CapasDocument, { filter: { overdue: false } }, 'QA_MANAGER');
    expect(onTime.capas!.edges.map((e) => e.node.id)).not.toContain(capa.id);
  });
});
