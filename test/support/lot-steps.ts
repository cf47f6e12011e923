import type { Caller, TestServer } from './test-server';
import { SIGNING_PASSWORD, signerUser } from './lot-fixtures';
import { inspectionSetup } from './quality-fixtures';
import {
  PlaceLotOnHoldDocument,
  RecallLotDocument,
  RejectLotDocument,
  ReleaseLotDocument,
  ReleaseLotHoldDocument,
  ReturnLotDocument,
  ReworkLotDocument,
  ScrapLotDocument,
  StartLotTestingDocument,
  type ErrorCode,
  type LotStatus,
  type SignatureMeaning,
} from '../generated/graphql';

export const signed = (meaning: SignatureMeaning) => ({ password: SIGNING_PASSWORD, meaning, reason: `${meaning} in a rule test` });

/** What every lot step answers: the lot as it is now (null when refused) and the refusals. */
export interface StepResult {
  lot: { status: LotStatus; version?: number } | null;
  userErrors: { code: ErrorCode }[];
}

export type LotStep = (lotId: string, expectedVersion: number) => Promise<StepResult>;

/**
 * Every person-driven step of the lot lifecycle through the API, each by the role that may take
 * it; the signed ones signed by `qa` (a QA signer who inspected nothing).
 */
export function lotSteps(t: TestServer, qa: Caller) {
  const input = (id: string, expectedVersion: number, meaning?: SignatureMeaning) => ({
    input: { id, expectedVersion, reason: 'Step of a rule test', ...(meaning ? { signature: signed(meaning) } : {}) },
  });
  return {
    startTesting: async (id, v) => (await t.ok(StartLotTestingDocument, input(id, v), 'QA_INSPECTOR')).startLotTesting,
    release: async (id, v) => (await t.ok(ReleaseLotDocument, input(id, v, 'RELEASED'), qa)).releaseLot,
    reject: async (id, v) => (await t.ok(RejectLotDocument, input(id, v, 'REVIEWED'), qa)).rejectLot,
    hold: async (id, v) => (await t.ok(PlaceLotOnHoldDocument, input(id, v), 'QA_MANAGER')).placeLotOnHold,
    releaseHold: async (id, v) => (await t.ok(ReleaseLotHoldDocument, input(id, v, 'RELEASED'), qa)).releaseLotHold,
    scrap: async (id, v) => (await t.ok(ScrapLotDocument, input(id, v, 'APPROVED'), qa)).scrapLot,
    return: async (id, v) => (await t.ok(ReturnLotDocument, input(id, v, 'APPROVED'), qa)).returnLot,
    rework: async (id, v) => (await t.ok(ReworkLotDocument, input(id, v), 'QA_MANAGER')).reworkLot,
    recall: async (id, v) => (await t.ok(RecallLotDocument, input(id, v, 'APPROVED'), qa)).recallLot,
  } satisfies Record<string, LotStep>;
}

/** Takes a step that must succeed; returns the lot's new version. */
export async function stepped(step: Promise<StepResult>): Promise<number> {
  const res = await step;
  if (res.userErrors.length || res.lot?.version === undefined) throw new Error(`Step refused: ${JSON.stringify(res.userErrors)}`);
  return res.lot.version;
}

/**
 * Everything a refused step must leave alone: the lot row, its signatures, its stock movements,
 * and the length of the audit trail and the outbox (a refused step writes no entry or event anywhere).
 */
export async function lotFootprint(t: TestServer, lotId: string) {
  const count = async (sql: string, params: unknown[] = []) => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n;
  return {
    lot: await t.sql('SELECT status, version, status_reason, released_at, concession_id FROM lot WHERE id = $1', [lotId]),
    signatures: await count(`electronic_signature WHERE record_type = 'Lot' AND record_id = $1`, [lotId]),
    movements: await count('stock_movement WHERE lot_id = $1', [lotId]),
    auditEntries: await count('audit_entry'),
    events: await count('outbox_event'),
  };
}

/**
 * A material under an INCOMING plan (inspectionSetup), two QA managers who inspect nothing
 * (`qa` signs the lot steps, `qa2` is the second person a disposition needs), and the lot steps.
 */
export async function qualityTeam(t: TestServer, code: string) {
  const setup = await inspectionSetup(t, code);
  const qa = await signerUser(t, `u-${code.toLowerCase()}-qa`, ['QA_MANAGER']);
  const qa2 = await signerUser(t, `u-${code.toLowerCase()}-qa2`, ['QA_MANAGER']);
  return { ...setup, qa, qa2, steps: lotSteps(t, qa) };
}
