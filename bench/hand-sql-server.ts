import http from 'node:http';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { benchJwtFromEnv, countQueries, serveBenchIpc } from './baseline-ipc';

/**
 * The hand-written baseline of the compare scenario: node:http + pg, each of the three reads one
 * SQL statement that builds the whole response (Lotgraph's shape) in PostgreSQL, with the same
 * pool size as Lotgraph's and a verified JWT. Body: {"query": "materials" | "lots" | "lot", "variables": {...}}.
 */
const STATEMENTS: Record<string, { sql: string; params: (v: Record<string, unknown>) => unknown[] }> = {
  materials: {
    sql: `
      SELECT json_build_object('materials', json_build_object('edges', coalesce(json_agg(json_build_object('node', json_build_object(
               'id', m.id, 'code', m.code, 'name', m.name, 'approvedSuppliers', s.list)) ORDER BY m.code, m.id), '[]'::json)))::text AS data
      FROM (SELECT id, code, name FROM material ORDER BY code, id LIMIT $1) m
      CROSS JOIN LATERAL (
        SELECT coalesce(json_agg(json_build_object('status', ms.status, 'supplier', json_build_object('code', sp.code, 'name', sp.name))
                                 ORDER BY ms.created_at, ms.id), '[]'::json) AS list
        FROM material_supplier ms JOIN supplier sp ON sp.id = ms.supplier_id
        WHERE ms.material_id = m.id) s`,
    params: (v) => [v.first],
  },
  lots: {
    sql: `
      SELECT json_build_object('lots', json_build_object('edges', coalesce(json_agg(json_build_object('node', json_build_object(
               'id', l.id, 'lotNumber', l.lot_number,
               'material', json_build_object('code', mt.code, 'name', mt.name),
               'supplier', CASE WHEN sp.id IS NOT NULL THEN json_build_object('code', sp.code, 'name', sp.name) END))
             ORDER BY l.created_at DESC, l.id DESC), '[]'::json)))::text AS data
      FROM (SELECT id, lot_number, material_id, supplier_id, created_at FROM lot ORDER BY created_at DESC, id DESC LIMIT $1) l
      JOIN material mt ON mt.id = l.material_id
      LEFT JOIN supplier sp ON sp.id = l.supplier_id`,
    params: (v) => [v.first],
  },
  lot: {
    sql: `
      SELECT json_build_object('node', (
               SELECT json_build_object('id', l.id, 'lotNumber', l.lot_number, 'status', l.status,
                                        'material', json_build_object('code', mt.code, 'name', mt.name))
               FROM lot l JOIN material mt ON mt.id = l.material_id
               WHERE l.id = $1))::text AS data`,
    params: (v) => [v.id],
  },
};

function reply(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function main(): Promise<void> {
  const auth = benchJwtFromEnv();
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 20) });
  const queries = countQueries(pool);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        jwt.verify((req.headers.authorization ?? '').replace(/^Bearer /, ''), auth.secret, { algorithms: ['HS256'], issuer: auth.issuer, audience: auth.audience });
      } catch {
        reply(res, 401, '{"errors":[{"message":"unauthenticated"}]}');
        return;
      }
      let request: { query?: string; variables?: Record<string, unknown> };
      try {
        request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof request;
      } catch {
        reply(res, 400, '{"errors":[{"message":"bad JSON"}]}');
        return;
      }
      const statement = STATEMENTS[request.query ?? ''];
      if (!statement) {
        reply(res, 400, '{"errors":[{"message":"unknown query"}]}');
        return;
      }
      pool.query<{ data: string }>(statement.sql, statement.params(request.variables ?? {})).then(
        (r) => reply(res, 200, `{"data":${r.rows[0].data}}`),
        (err: Error) => reply(res, 500, JSON.stringify({ errors: [{ message: err.message }] })),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serveBenchIpc(server, pool, queries);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
