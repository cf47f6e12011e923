import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestServer, type TestServer } from '../support/test-server';
import { inspectionSetup } from '../support/quality-fixtures';
import { StartInspectionDocument } from '../generated/graphql';

/** examples/bi/lotgraph_bi.py, run with python3 as a BI tool would, against a real server with a BI_READER token. */
const SCRIPT = path.join(__dirname, '../../examples/bi/lotgraph_bi.py');

interface Pull {
  since: string | null;
  watermark: string;
  pages: number;
  lots: { id: string; lotNumber: string; materialCode: string; status: string; version: number; updatedAt: string }[];
  kpis: {
    firstPassYield: { materialCode: string; lotsInspected: number; lotsPassedFirstTime: number; yield: string }[];
    capa: { openCount: number };
    nonconformancesBySupplier: { supplierCode: string; opened: number }[];
  };
}

let t: TestServer;
let dir: string;
beforeAll(async () => {
  t = await createTestServer();
  dir = mkdtempSync(path.join(os.tmpdir(), 'lotgraph-bi-'));
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'python3',
      [SCRIPT, '--url', t.url, '--state', path.join(dir, 'state.json'), ...args],
      { env: { PATH: process.env.PATH ?? '', LOTGRAPH_TOKEN: t.token('BI_READER') } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function pull(args: string[] = []): Promise<Pull> {
  const res = await run(args);
  if (res.code !== 0) throw new Error(`lotgraph_bi.py exited ${res.code}: ${res.stderr}`);
  return JSON.parse(res.stdout) as Pull;
}

describe('the Python BI script (examples/bi/lotgraph_bi.py)', () => {
  it('pulls every lot first, then only what changed since its last pull, and reads the quality KPIs', async () => {
    const q = await inspectionSetup(t, 'BIPY');
    const untouched = await q.lot('BIPY-1');
    await q.inspect(untouched.id, ['2.35', '2.36']);
    const changed = await q.lot('BIPY-2');
    const { lot: failed } = await q.failedLot('BIPY-3');

    const first = await pull();
    expect(first.since).toBeNull();
    expect(first.lots.map((l) => l.lotNumber).sort()).toEqual([untouched.lotNumber, changed.lotNumber, failed.lotNumber].sort());
    expect(first.lots.every((l) => l.materialCode === 'BIPY')).toBe(true);
    expect(first.kpis.firstPassYield).toEqual([expect.objectContaining({ materialCode: 'BIPY', lotsInspected: 2, lotsPassedFirstTime: 1, yield: '0.5' })]);
    expect(first.kpis.nonconformancesBySupplier).toEqual([expect.objectContaining({ supplierCode: 'BIPY-SUP', opened: 1 })]);
    expect(JSON.parse(readFileSync(path.join(dir, 'state.json'), 'utf8'))).toEqual({ watermark: first.watermark });

    const current = first.lots.find((l) => l.id === changed.id)!;
    expect(current.status).toBe('QUARANTINE');
    const started = await t.ok(StartInspectionDocument, { input: { lotId: changed.id, type: 'INCOMING' } }, 'QA_INSPECTOR');
    expect(started.startInspection.userErrors).toEqual([]);
    const fresh = await q.lot('BIPY-4');

    const second = await pull(['--page-size', '1']);
    expect(second.since).toBe(first.watermark);
    expect(second.lots.map((l) => l.lotNumber).sort()).toEqual([changed.lotNumber, fresh.lotNumber].sort());
    expect(second.lots.find((l) => l.id === changed.id)).toMatchObject({ status: 'UNDER_TEST', version: current.version + 1 });
    expect(second.pages).toBe(2);

    const third = await pull();
    expect(third.since).toBe(second.watermark);
    expect(third.lots).toEqual([]);
  });

  it('reports a refused request with the limit it hit, and keeps its last watermark', async () => {
    const before = readFileSync(path.join(dir, 'state.json'), 'utf8');
    const res = await run(['--page-size', '1001']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('limit maxPageSize = 1000');
    expect(readFileSync(path.join(dir, 'state.json'), 'utf8')).toBe(before);
  });
});
