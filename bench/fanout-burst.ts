const START_TESTING = 'mutation StartLotTesting($input: LotTransitionInput!) { startLotTesting(input: $input) { lot { id status } userErrors { code message } } }';

export interface BurstReport {
  committed: number;
  failed: number;
  errors: string[];
  startedAt: number;
  finishedAt: number;
  /** startLotTesting round trips, milliseconds, sorted. */
  latencies: number[];
}

/**
 * Moves every lot QUARANTINE -> UNDER_TEST through the real mutation (one transaction each, its
 * lotStatusChanged recorded in the outbox as it commits), `workers` requests at a time.
 */
export async function driveStatusBurst(url: string, headers: Record<string, string>, lotIds: string[], workers: number): Promise<BurstReport> {
  const report: BurstReport = { committed: 0, failed: 0, errors: [], startedAt: Date.now(), finishedAt: 0, latencies: [] };
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < lotIds.length) {
        const input = { id: lotIds[next++], expectedVersion: 1, reason: 'Fan-out bench: sampled for incoming inspection' };
        const started = performance.now();
        let error: string | null = null;
        try {
          const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: START_TESTING, variables: { input } }) });
          const json = (await res.json()) as { data?: { startLotTesting?: { userErrors: unknown[] } }; errors?: unknown };
          const payload = json.data?.startLotTesting;
          if (json.errors || !payload || payload.userErrors.length > 0) error = JSON.stringify(json.errors ?? payload?.userErrors);
        } catch (err) {
          // A request the overloaded server did not answer may still have committed: its event is
          // then delivered beyond `committed`, which the collector tolerates (it waits for at least that many).
          error = err instanceof Error ? `${err.message}: ${String((err as Error & { cause?: unknown }).cause)}` : String(err);
        }
        report.latencies.push(performance.now() - started);
        if (error === null) report.committed++;
        else {
          report.failed++;
          if (report.errors.length < 3) report.errors.push(error);
        }
      }
    }),
  );
  report.finishedAt = Date.now();
  report.latencies.sort((a, b) => a - b);
  return report;
}
