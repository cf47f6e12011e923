import { spawn } from 'node:child_process';
import path from 'node:path';
import globalSetup from './global-setup';
import globalTeardown from './global-teardown';

/**
 * `npm run mutants [-- stryker options]`: prepares the test database once (Jest's global setup:
 * a PostgreSQL and a migrated template), runs StrykerJS, and drops the databases afterwards.
 * Under Stryker, Jest runs once per mutant inside long-lived worker processes, which would
 * repeat the global setup for every mutant; so stryker.config.mjs switches it off and the
 * workers inherit the LOTGRAPH_TEST_* variables set here.
 */
// The package exports no bin path; its package.json is exported, and bin/ sits beside it.
const STRYKER = path.join(path.dirname(require.resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js');

async function main(): Promise<number> {
  await globalSetup();
  // Ctrl-C reaches Stryker too; this process waits for it to stop, then cleans up.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => undefined);
  try {
    const stryker = spawn(process.execPath, [STRYKER, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
    return await new Promise<number>((resolve) => stryker.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  } finally {
    await globalTeardown();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
