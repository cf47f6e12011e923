import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { JwtConfig } from '../src/config';
import { issueDevToken } from '../src/core/auth/token-issuer';
import { BENCH_SECRET } from './server-process';

const SCENARIOS: Record<string, string> = {
  'materials(first:100) + approvedSuppliers.supplier':
    '{ materials(first: 100, filter: { status: [ACTIVE] }) { totalCount edges { cursor node { id code name status approvedSuppliers { status supplier { code name qualified } } } } pageInfo { hasNextPage endCursor } } }',
  'materials(first:10) + approvedSuppliers.supplier':
    '{ materials(first: 10, filter: { status: [ACTIVE] }) { totalCount edges { cursor node { id code name status approvedSuppliers { status supplier { code name qualified } } } } pageInfo { hasNextPage endCursor } } }',
  'suppliers(first:10) + approvedMaterials.material':
    '{ suppliers(first: 10) { edges { node { code qualificationStatus approvedMaterials { material { code name } } } } } }',
  'materials search, first:50 + totalCount': '{ materials(first: 50, filter: { search: "material 12" }) { totalCount edges { node { code } } } }',
};

function request<T>(child: ChildProcess, msg?: object): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T));
    if (msg) child.send(msg);
  });
}

/** npm run bench -- [--materials N] [--suppliers N] [--seconds S] [--connections C] */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      materials: { type: 'string', default: '20000' },
      suppliers: { type: 'string', default: '400' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '8' },
    },
  });
  const child = fork(path.join(__dirname, 'server-process.js'), [values.materials, values.suppliers], { stdio: 'inherit', execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : [] });
  const { url, seedMs, jwt } = await request<{ url: string; seedMs: number; jwt: JwtConfig }>(child);
  process.stdout.write(`seeded ${values.materials} materials, ${values.suppliers} suppliers, ${Number(values.materials) * 2} approved sources in ${seedMs} ms\n`);
  const token = issueDevToken(jwt, BENCH_SECRET, { sub: 'bench', name: 'Bench', roles: ['QA_MANAGER'] });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const rows: string[] = [];
  try {
    for (const [name, query] of Object.entries(SCENARIOS)) {
      const body = JSON.stringify({ query });
      const probe = (await (await fetch(url, { method: 'POST', headers, body })).json()) as { errors?: unknown; extensions?: { sqlStatements?: number } };
      if (probe.errors) throw new Error(`${name}: ${JSON.stringify(probe.errors)}`);
      const r = await autocannon({ url, method: 'POST', headers, body, connections: Number(values.connections), duration: Number(values.seconds) });
      rows.push(`| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${probe.extensions?.sqlStatements ?? '?'} | ${r.non2xx + r.errors} |`);
    }
    const { rss } = await request<{ rss: number }>(child, { cmd: 'memory' });
    process.stdout.write(`\n${os.cpus().length} CPUs; server in its own process (RSS ${(rss / 1048576).toFixed(0)} MiB after the run); `
      + `${values.connections} connections, ${values.seconds} s per scenario\n\n`);
    process.stdout.write('| scenario | req/s | p50 ms | p99 ms | SQL statements/request | errors |\n|---|---|---|---|---|---|\n');
    process.stdout.write(`${rows.join('\n')}\n`);
  } finally {
    child.send({ cmd: 'stop' });
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
