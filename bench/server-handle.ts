import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import type { JwtConfig } from '../src/config';
import { issueDevToken, type TokenClaims } from '../src/core/auth/token-issuer';
import type { Role } from '../src/core/authz/role';
import { BENCH_METRICS_TOKEN, BENCH_SECRET } from './server-process';

function request<T>(child: ChildProcess, msg?: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`bench server exited with ${code}`));
    child.once('message', (m) => {
      child.off('exit', onExit);
      resolve(m as T);
    });
    child.once('exit', onExit);
    if (msg) child.send(msg);
  });
}

/**
 * A bench server in its own process, seeded for one scenario; in development mode unless
 * `production` (set as NODE_ENV before anything loads: graphql-js, Express and Apollo read it).
 */
export async function startBenchServer<S>(args: string[], opts: { production?: boolean } = {}) {
  const child = fork(path.join(__dirname, 'server-process.js'), args, {
    stdio: 'inherit',
    env: opts.production ? { ...process.env, NODE_ENV: 'production', LOTGRAPH_BENCH_PRODUCTION: '1' } : process.env,
    execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [],
  });
  const ready = await request<{ url: string; seedMs: number; jwt: JwtConfig; seeded: S; databaseUrl: string }>(child);
  return {
    ...ready,
    /** The server process, for its CPU time in /proc. */
    pid: child.pid as number,
    /** A valid token of the server's issuer; `claims` make each client its own principal. */
    token(claims: Partial<TokenClaims> = {}) {
      return issueDevToken(ready.jwt, BENCH_SECRET, { sub: 'bench', name: 'Bench', roles: ['QA_MANAGER'], ...claims });
    },
    headers(role: Role = 'QA_MANAGER') {
      const token = this.token({ roles: [role] });
      return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    },
    /** The server's lotgraph_sql_statements_total: every statement it sent, background work included. */
    async statementsTotal() {
      const res = await fetch(ready.url.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${BENCH_METRICS_TOKEN}` } });
      const line = (await res.text()).split('\n').find((l) => l.startsWith('lotgraph_sql_statements_total '));
      if (!line) throw new Error(`no lotgraph_sql_statements_total on /metrics (HTTP ${res.status})`);
      return Number(line.split(' ')[1]);
    },
    rss: async () => (await request<{ rss: number }>(child, { cmd: 'memory' })).rss,
    /** Resident memory now and at its peak since the server process started, in bytes. */
    memory: () => request<{ rss: number; maxRss: number }>(child, { cmd: 'memory' }),
    /** Event streams the server's relay feeds: live subscriptions, counted where they are served. */
    subscribers: async () => (await request<{ subscribers: number }>(child, { cmd: 'subscribers' })).subscribers,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ cmd: 'stop' });
      await exited;
    },
  };
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
