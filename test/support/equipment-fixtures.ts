import { Client as PgClient } from 'pg';
import type { TestServer } from './test-server';
import { daysFromToday } from './fixtures';
import { signerUser, SIGNING_PASSWORD } from './lot-fixtures';
import { inspectionSetup } from './quality-fixtures';
import { EquipmentListDocument, RecordInspectionResultsDocument, RegisterEquipmentDocument, ReleaseLotDocument, SetEquipmentStatusDocument, StartInspectionDocument } from '../generated/graphql';

/**
 * A site with a spare-part material (the `code` material of inspectionSetup) and helpers to
 * register, calibrate and use equipment and to release spare-part lots.
 */
export async function equipmentSetup(t: TestServer, code: string) {
  const setup = await inspectionSetup(t, code);
  const qa = await signerUser(t, `u-${code.toLowerCase()}-qa`, ['QA_MANAGER']);

  const register = async (assetTag: string, calibrationIntervalDays: number | null = 180) => {
    const res = await t.ok(RegisterEquipmentDocument, { input: { assetTag, name: `Caliper ${assetTag}`, type: 'MEASURING_INSTRUMENT', siteId: setup.siteId, calibrationIntervalDays } }, 'MAINTENANCE');
    expect(res.registerEquipment.userErrors).toEqual([]);
    return res.registerEquipment.equipment!;
  };

  const calibration = (equipmentId: string, result: 'PASS' | 'FAIL', performedOn = daysFromToday(0)) => ({
    equipmentId,
    performedOn,
    performedBy: 'Metrology lab CNAS L1234',
    referenceStandard: 'Gauge block set GB-7',
    asFound: '+0.002 mm',
    asLeft: '+0.000 mm',
    result,
  });

  const setStatus = async (id: string, status: 'IN_SERVICE' | 'OUT_OF_SERVICE' | 'RETIRED', reason: string) => {
    const [
      {
        node: { version },
      },
    ] = (await t.ok(EquipmentListDocument, { first: 1, filter: { ids: [id] } }, 'MAINTENANCE')).equipment!.edges;
    return (await t.ok(SetEquipmentStatusDocument, { input: { id, expectedVersion: version, status, reason } }, 'MAINTENANCE')).setEquipmentStatus;
  };

  /** Diameter readings taken with `equipmentId` on a new inspection of a new lot. */
  const measureWith = async (equipmentId: string, label: string) => {
    const l = await setup.lot(label);
    const started = await t.ok(StartInspectionDocument, { input: { lotId: l.id, type: 'INCOMING' } }, 'QA_INSPECTOR');
    expect(started.startInspection.userErrors).toEqual([]);
    const inspectionId = started.startInspection.inspection!.id;
    const readings = () =>
      t.ok(
        RecordInspectionResultsDocument,
        {
          input: { inspectionId, readings: [{ characteristicId: setup.diameter, sampleNo: 1, value: '2.35', equipmentId }] },
        },
        'QA_INSPECTOR',
      );
    return { readings };
  };

  /** A received lot of the spare-part material, inspected and released. */
  const releasedLot = async (label: string, quantity: string) => {
    const l = await setup.lot(label, quantity);
    await setup.inspect(l.id, ['2.35', '2.36']);
    const rel = await t.ok(
      ReleaseLotDocument,
      { input: { id: l.id, expectedVersion: 2, reason: 'ok', signature: { password: SIGNING_PASSWORD, meaning: 'RELEASED', reason: 'Spare parts inspected' } } },
      qa,
    );
    expect(rel.releaseLot.userErrors).toEqual([]);
    return l;
  };

  return { setup, qa, register, calibration, setStatus, measureWith, releasedLot };
}

/**
 * Runs `work` inside a transaction of a separate connection to the test database: it stands for
 * another mutation caught half-way, holding its row locks, until `commit` is called.
 */
export async function inOpenTransaction(t: TestServer, work: (db: PgClient, commit: () => Promise<void>) => Promise<void>): Promise<void> {
  const db = new PgClient({ connectionString: t.databaseUrl });
  await db.connect();
  try {
    await db.query('BEGIN');
    await work(db, async () => {
      await db.query('COMMIT');
    });
  } finally {
    await db.query('ROLLBACK').catch(() => undefined);
    await db.end();
  }
}

/**
 * A request under way, and whether it has answered yet; `waiting()` resolves once a session of
 * the test database waits for a lock, or the request has answered (then it did not wait).
 */
export function watched<T>(t: TestServer, request: Promise<T>) {
  let settled = false;
  const result = request.finally(() => {
    settled = true;
  });
  const waiting = async (timeoutMs = 5000) => {
    for (const until = Date.now() + timeoutMs; !settled && Date.now() < until; ) {
      const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      if (n > 0) return;
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { result, waiting, settled: () => settled };
}
