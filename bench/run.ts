import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { fanoutScenario } from './fanout-scenario';
import { genealogyScenario } from './genealogy-scenario';
import { listsScenario } from './lists-scenario';
import { heldBackScenario } from './held-back-scenario';
import { compareScenario } from './compare-scenario';

/**
 * npm run bench -- [--scenario lists|genealogy|fanout|held-back|compare|all] [--materials N] [--suppliers N] [--scale F]
 *                  [--seconds S] [--connections C] [--links-per-material N] [--lots N] [--runs N] [--warmup S] [--no-supplier-run]
 *                  [--subscribers 1000,2000,4000,...] [--events E] [--writers W] [--per-process N] [--handshakes H] [--p99-limit MS]
 * `all` is lists and genealogy; fanout (it opens thousands of sockets: see bench/README.md for the
 * file-descriptor limit), held-back and compare run only when named.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'all' },
      materials: { type: 'string', default: '20000' },
      suppliers: { type: 'string', default: '400' },
      scale: { type: 'string', default: '1' },
      seconds: { type: 'string' },
      connections: { type: 'string' },
      'links-per-material': { type: 'string', default: '3' },
      lots: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '2' },
      warmup: { type: 'string', default: '1' },
      'no-supplier-run': { type: 'boolean', default: false },
      subscribers: { type: 'string', default: '1000,2000,4000,8000,12000,16000,19000' },
      events: { type: 'string', default: '100' },
      writers: { type: 'string', default: '1' },
      'per-process': { type: 'string', default: '8000' },
      handshakes: { type: 'string', default: '100' },
      'p99-limit': { type: 'string', default: '5000' },
      'hold-seconds': { type: 'string', default: '10' },
    },
  });
  const seconds = Number(values.seconds ?? 10);
  const connections = Number(values.connections ?? 8);
  process.stdout.write(`Lotgraph bench on ${os.cpus().length} CPUs, Node ${process.version}; each server runs in its own process on an embedded PostgreSQL.\n\n`);
  if (values.scenario === 'lists' || values.scenario === 'all') {
    process.stdout.write(`${await listsScenario({ materials: Number(values.materials), suppliers: Number(values.suppliers), seconds, connections })}\n\n`);
  }
  if (values.scenario === 'genealogy' || values.scenario === 'all') {
    process.stdout.write(`${await genealogyScenario({ scale: Number(values.scale), seconds, connections })}\n`);
  }
  if (values.scenario === 'held-back') {
    process.stdout.write(`${await heldBackScenario({ events: Number(values.events), holdMs: Number(values['hold-seconds']) * 1000 })}\n`);
  }
  if (values.scenario === 'compare') {
    process.stdout.write(
      `${await compareScenario({
        materials: Number(values.materials),
        suppliers: Number(values.suppliers),
        linksPerMaterial: Number(values['links-per-material']),
        lots: Number(values.lots),
        seconds: Number(values.seconds ?? 5),
        warmupSeconds: Number(values.warmup),
        runs: Number(values.runs),
        connections: (values.connections ?? '8,32').split(',').map(Number),
        supplierRun: !values['no-supplier-run'],
      })}\n`,
    );
  }
  if (values.scenario === 'fanout') {
    process.stdout.write(
      `${await fanoutScenario({
        steps: values.subscribers.split(',').map(Number),
        events: Number(values.events),
        workers: Number(values.writers),
        handshakes: Number(values.handshakes),
        perProcess: Number(values['per-process']),
        p99LimitMs: Number(values['p99-limit']),
      })}\n`,
    );
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
