import path from 'node:path';
import { Router, type Request, type Response, type NextFunction } from 'express';

/** Where the IDE's files are served, relative to `/graphql` (so a path prefix added by a proxy carries over). */
const ASSET_DIR = 'ide';

function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

/**
 * GraphiQL's self-contained bundle (graphql-js and the graphql-ws client inside) and the React it
 * renders with, all from installed packages: plants run behind firewalls, so nothing comes from a CDN.
 */
function assetFiles(): Map<string, string> {
  return new Map([
    ['graphiql.min.css', packageFile('graphiql', 'graphiql.min.css')],
    ['graphiql.min.js', packageFile('graphiql', 'graphiql.min.js')],
    ['react.production.min.js', packageFile('react', 'umd/react.production.min.js')],
    ['react-dom.production.min.js', packageFile('react-dom', 'umd/react-dom.production.min.js')],
  ]);
}

const DEFAULT_QUERY = `# Lotgraph's GraphQL IDE. Put a token in the Headers tab below:
#   { "authorization": "Bearer <token>" }
# (in development: npm run --silent token -- --role QA_MANAGER).
# The docs (book icon) and completion come from the schema; subscriptions run over graphql-ws
# with the same headers.
{
  me {
    name
    roles
  }
}
`;

/**
 * Starts GraphiQL against the page's own URL: HTTP for queries and mutations, graphql-ws for
 * subscriptions. GraphiQL passes the header editor's JSON to both: as HTTP headers, and as the
 * graphql-ws `connectionParams` (where Lotgraph reads `authorization`, as from any client).
 */
const STARTER = `(function () {
  var url = location.origin + location.pathname;
  var fetcher = GraphiQL.createFetcher({ url: url, subscriptionUrl: url.replace(/^http/, 'ws') });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
      defaultEditorToolsVisibility: 'headers',
      isHeadersEditorEnabled: true,
    }),
  );
})();
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lotgraph GraphQL IDE</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ASSET_DIR}/graphiql.min.css">
<style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading the GraphQL IDE…</div>
<script src="${ASSET_DIR}/react.production.min.js"></script>
<script src="${ASSET_DIR}/react-dom.production.min.js"></script>
<script src="${ASSET_DIR}/graphiql.min.js"></script>
<script src="${ASSET_DIR}/start.js"></script>
</body>
</html>
`;

/**
 * The page may load code and styles only from this server and talk only to it; GraphiQL sets
 * inline styles, and its editors draw icons from data: URLs.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** A browser navigating to the endpoint (HTML preferred over JSON, no operation in the URL). */
function wantsIde(req: Request): boolean {
  if (req.path !== '/graphql' || req.query.query !== undefined) return false;
  return req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
}

/**
 * GraphiQL at `GET /graphql` for browsers, its files at `/ide/...`. Every other request to
 * `/graphql` (a GET with a query, a POST, a non-browser GET) goes on to the GraphQL server.
 */
export function graphqlIde(): Router {
  const assets = assetFiles();
  const router = Router({ strict: true });
  router.get('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (!wantsIde(req)) return next();
    res
      .set({
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
        Vary: 'Accept',
      })
      .type('html')
      .send(PAGE);
  });
  router.get(`/${ASSET_DIR}/start.js`, (_req, res) => {
    res.set({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' }).type('js').send(STARTER);
  });
  router.get(`/${ASSET_DIR}/:file`, (req: Request<{ file: string }>, res: Response, next: NextFunction) => {
    const file = assets.get(req.params.file);
    if (!file) return next();
    res.set('X-Content-Type-Options', 'nosniff').sendFile(file);
  });
  return router;
}
