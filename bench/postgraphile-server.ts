import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { benchJwtFromEnv, countQueries, serveBenchIpc } from './baseline-ipc';

/**
 * PostGraphile v5 (amber preset, grafserv on node:http) over Lotgraph's database, the generated-API
 * baseline of the compare scenario. Runs under Node 22 with PostGraphile from the bench's package
 * cache (postgraphile-install.ts), never from the project's dependencies. Same pool size as
 * Lotgraph; the JWT is verified before grafserv sees the request, as the other two servers do.
 */
async function main(): Promise<void> {
  const cache = process.env.POSTGRAPHILE_CACHE;
  if (!cache) throw new Error('POSTGRAPHILE_CACHE not set');
  const load = createRequire(path.join(cache, 'package.json'));
  const { postgraphile } = load('postgraphile');
  const { PostGraphileAmberPreset } = load('postgraphile/presets/amber');
  const { makePgService } = load('postgraphile/adaptors/pg');
  const { grafserv } = load('postgraphile/grafserv/node');
  const pg = load('pg');
  const auth = benchJwtFromEnv();
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 20) });
  const queries = countQueries(pool);
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ pool, schemas: ['public'] })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
    grafast: { explain: false },
  });
  const handle = pgl.createServ(grafserv).createHandler() as http.RequestListener;
  const server = http.createServer((req, res) => {
    try {
      jwt.verify((req.headers.authorization ?? '').replace(/^Bearer /, ''), auth.secret, { algorithms: ['HS256'], issuer: auth.issuer, audience: auth.audience });
    } catch {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"errors":[{"message":"unauthenticated"}]}');
      return;
    }
    handle(req, res);
  });
  await pgl.getSchema();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const pkg = JSON.parse(fs.readFileSync(path.join(cache, 'node_modules', 'postgraphile', 'package.json'), 'utf8')) as { version: string };
  serveBenchIpc(server, pool, queries, { version: pkg.version, node: process.version });
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
