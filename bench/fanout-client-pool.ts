import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import type { ClientCommand, CollectReport, ConnectReport } from './fanout-clients';

function ask<T>(child: ChildProcess, msg: ClientCommand): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`fan-out client process exited with ${code}`));
    child.once('message', (m) => {
      child.off('exit', onExit);
      resolve(m as T);
    });
    child.once('exit', onExit);
    child.send(msg);
  });
}

/**
 * WebSocket subscribers spread over `processes` client processes (apart from the bench process,
 * which drives the mutations), each process bound to its own loopback source address.
 */
export async function startClientPool(opts: { url: string; tokens: string[]; processes: number; concurrency: number }) {
  const children = Array.from({ length: opts.processes }, () => fork(path.join(__dirname, 'fanout-clients.js'), [], { stdio: 'inherit', serialization: 'advanced' }));
  const share = Math.ceil(opts.tokens.length / opts.processes);
  const connects = await Promise.all(
    children.map((child, i) =>
      ask<ConnectReport>(child, {
        cmd: 'connect',
        url: opts.url,
        tokens: opts.tokens.slice(i * share, (i + 1) * share),
        concurrency: Math.max(1, Math.round(opts.concurrency / opts.processes)),
        localAddress: `127.0.0.${i + 2}`,
      }),
    ),
  );
  return {
    connected: connects.reduce((n, r) => n + r.connected, 0),
    failed: connects.reduce((n, r) => n + r.failed, 0),
    setupMs: Math.max(...connects.map((r) => r.ms)),
    setupErrors: connects.flatMap((r) => r.errors),
    /** Waits for every subscriber to have `expected` events (or for delivery to stall), then merges the reports. */
    async collect(expected: number, idleMs: number, timeoutMs: number): Promise<CollectReport> {
      const reports = await Promise.all(children.map((child) => ask<CollectReport>(child, { cmd: 'collect', expected, idleMs, timeoutMs })));
      const latencies = new Float64Array(reports.reduce((n, r) => n + r.latencies.length, 0));
      let at = 0;
      for (const r of reports) {
        latencies.set(r.latencies, at);
        at += r.latencies.length;
      }
      return {
        delivered: reports.reduce((n, r) => n + r.delivered, 0),
        lost: reports.reduce((n, r) => n + r.lost, 0),
        duplicates: reports.reduce((n, r) => n + r.duplicates, 0),
        incomplete: reports.reduce((n, r) => n + r.incomplete, 0),
        ended: reports.reduce((n, r) => n + r.ended, 0),
        errors: reports.flatMap((r) => r.errors),
        latencies: latencies.sort(),
        lastReceivedAt: Math.max(...reports.map((r) => r.lastReceivedAt)),
      };
    },
    async close(): Promise<void> {
      await Promise.all(
        children.map(
          (child) =>
            new Promise((resolve) => {
              child.once('exit', resolve);
              child.send({ cmd: 'close' } satisfies ClientCommand);
            }),
        ),
      );
    },
  };
}
