import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import type { JwtConfig } from '../src/config';
import { issueDevToken } from '../src/core/auth/token-issuer';
import type { Role } from '../src/core/authz/role';
import { BENCH_SECRET } from './server-process';

function request<T>(child: ChildProcess, msg?: object): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m as T));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    if (msg) child.send(msg);
  });
}

/** A bench server in its own process, seeded for one scenario. */
export async function startBenchServer<S>(args: string[]) {
  const child = fork(path.join(__dirname, 'server-process.js'), args, {
    stdio: 'inherit',
    execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [],
  });
  const ready = await request<{ url: string; seedMs: number; jwt: JwtConfig; seeded: S }>(child);
  return {
    ...ready,
    headers(role: Role = 'QA_MANAGER') {
      const token = issueDevToken(ready.jwt, BENCH_SECRET, { sub: 'bench', name: 'Bench', roles: [role] });
      return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    },
    rss: async () => (await request<{ rss: number }>(child, { cmd: 'memory' })).rss,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ cmd: 'stop' });
      await exited;
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
