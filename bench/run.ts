import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { genealogyScenario } from './genealogy-scenario';
import { listsScenario } from './lists-scenario';

/**
 * npm run bench -- [--scenario lists|genealogy|all] [--materials N] [--suppliers N] [--scale F]
 *                  [--seconds S] [--connections C]
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
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
