import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { fanoutScenario } from './fanout-scenario';
import { genealogyScenario } from './genealogy-scenario';
import { listsScenario } from './lists-scenario';
import { heldBackScenario } from './held-back-scenario';

/**
 * npm run bench -- [--scenario lists|genealogy|fanout|held-back|all] [--materials N] [--suppliers N] [--scale F]
 *                  [--seconds S] [--connections C]
 *                  [--subscribers 1000,2000,4000,...] [--events E] [--writers W] [--per-process N] [--handshakes H] [--p99-limit MS]
 * `all` is lists and genealogy; fanout runs only when named (it opens thousands of sockets:
 * see bench/README.md for the file-descriptor limit).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'all' },
      materials: { type: 'string', default: '20000' },
      suppliers: { type: 'string', default: '400' },
      scale: { type: 'string', default: '1' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '8' },
      subscribers: { type: 'string', default: '1000,2000,4000,8000,12000,16000,19000' },
      events: { type: 'string', default: '100' },
      writers: { type: 'string', default: '1' },
      'per-process': { type: 'string', default: '8000' },
      handshakes: { type: 'string', default: '100' },
      'p99-limit': { type: 'string', default: '5000' },
      'hold-seconds': { type: 'string', default: '10' },
    },
  });
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
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
  if (values.scenario === 'fanout') {
    process.stdout.write(`${await fanoutScenario({
      steps: values.subscribers.split(',').map(Number),
      events: Number(values.events),
      workers: Number(values.writers),
      handshakes: Number(values.handshakes),
      perProcess: Number(values['per-process']),
      p99LimitMs: Number(values['p99-limit']),
    })}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
