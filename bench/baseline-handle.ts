import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import type { BenchJwt } from './baseline-ipc';

function reply<T>(child: ChildProcess, msg?: object, output: () => string = () => ''): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`baseline server exited with ${code}${output()}`));
    child.once('message', (m) => {
      child.off('exit', onExit);
      resolve(m as T);
    });
    child.once('exit', onExit);
    if (msg) child.send(msg);
  });
}

/**
 * A baseline server of the compare scenario (hand-sql-server.ts, postgraphile-server.ts) in its
 * own process. `quiet`: its output (PostGraphile warns about every column type it skips) is kept
 * and shown only if it exits early.
 */
export async function startBaselineServer(script: string, opts: { databaseUrl: string; jwt: BenchJwt; poolSize: number; execPath?: string; env?: Record<string, string>; quiet?: boolean }) {
  const child = fork(path.join(__dirname, script), [], {
    stdio: opts.quiet ? ['ignore', 'pipe', 'pipe', 'ipc'] : 'inherit',
    execPath: opts.execPath ?? process.execPath,
    env: {
      ...process.env,
      ...opts.env,
      DATABASE_URL: opts.databaseUrl,
      POOL_SIZE: String(opts.poolSize),
      BENCH_JWT_SECRET: opts.jwt.secret,
      BENCH_JWT_ISSUER: opts.jwt.issuer,
      BENCH_JWT_AUDIENCE: opts.jwt.audience,
    },
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const ready = await reply<{ url: string; version?: string; node?: string }>(child, undefined, () => (output ? `; its last output:\n${output}` : ''));
  return {
    ...ready,
    pid: child.pid as number,
    /** Statements sent to PostgreSQL so far, counted on the server's pool connections. */
    queries: async () => (await reply<{ queries: number }>(child, { cmd: 'stats' })).queries,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ cmd: 'stop' });
      await exited;
    },
  };
}
