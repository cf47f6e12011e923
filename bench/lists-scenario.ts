import autocannon from 'autocannon';
import { startBenchServer } from './server-handle';

const SCENARIOS: Record<string, string> = {
  'materials(first:100) + approvedSuppliers.supplier':
    '{ materials(first: 100, filter: { status: [ACTIVE] }) { totalCount edges { cursor node { id code name status approvedSuppliers { status supplier { code name qualified } } } } pageInfo { hasNextPage endCursor } } }',
  'materials(first:10) + approvedSuppliers.supplier':
    '{ materials(first: 10, filter: { status: [ACTIVE] }) { totalCount edges { cursor node { id code name status approvedSuppliers { status supplier { code name qualified } } } } pageInfo { hasNextPage endCursor } } }',
  'suppliers(first:10) + approvedMaterials.material': '{ suppliers(first: 10) { edges { node { code qualificationStatus approvedMaterials { material { code name } } } } } }',
  'materials search, first:50 + totalCount': '{ materials(first: 50, filter: { search: "material 12" }) { totalCount edges { node { code } } } }',
};

/** Nested list queries over bulk-seeded master data: req/s, p50/p99, SQL statements per request. */
export async function listsScenario(opts: { materials: number; suppliers: number; seconds: number; connections: number }): Promise<string> {
  const server = await startBenchServer(['lists', String(opts.materials), String(opts.suppliers)]);
  const rows: string[] = [];
  try {
    const headers = server.headers();
    for (const [name, query] of Object.entries(SCENARIOS)) {
      const body = JSON.stringify({ query });
      const probe = (await (await fetch(server.url, { method: 'POST', headers, body })).json()) as { errors?: unknown; extensions?: { sqlStatements?: number } };
      if (probe.errors) throw new Error(`${name}: ${JSON.stringify(probe.errors)}`);
      const r = await autocannon({ url: server.url, method: 'POST', headers, body, connections: opts.connections, duration: opts.seconds });
      rows.push(`| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${probe.extensions?.sqlStatements ?? '?'} | ${r.non2xx + r.errors} |`);
    }
    return (
      `### Lists: ${opts.materials} materials, ${opts.suppliers} suppliers, ${opts.materials * 2} approved sources (seeded in ${server.seedMs} ms; server RSS ${((await server.rss()) / 1048576).toFixed(0)} MiB; ${opts.connections} connections, ${opts.seconds} s each)\n\n` +
      '| query | req/s | p50 ms | p99 ms | SQL statements/request | errors |\n|---|---|---|---|---|---|\n' +
      rows.join('\n')
    );
  } finally {
    await server.stop();
  }
}
