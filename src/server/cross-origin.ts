import cors from 'cors';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Request headers a browser page may send: the token, the JSON body and the retry-safety key. */
const ALLOWED_HEADERS = ['authorization', 'content-type', 'idempotency-key'];
/** Response headers a page may read besides the safelisted ones. */
const EXPOSED_HEADERS = ['x-request-id', 'retry-after'];
/** How long (seconds) a browser may reuse a preflight answer before asking again. */
export const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** `*` in a pattern stands for one or more host or port characters: never a `/`, a `:` or an `@`. */
export function originMatcher(patterns: string[]): (origin: string) => boolean {
  if (patterns.includes('*')) return () => true;
  const exact = new Set(patterns.filter((p) => !p.includes('*')));
  const wildcards = patterns
    .filter((p) => p.includes('*'))
    .map(
      (p) =>
        new RegExp(
          `^${p
            .split('*')
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('[a-z0-9.-]+')}$`,
        ),
    );
  return (origin) => {
    const o = origin.toLowerCase();
    return exact.has(o) || wildcards.some((w) => w.test(o));
  };
}

function isPreflight(req: Request): boolean {
  return req.method === 'OPTIONS' && req.headers.origin !== undefined && req.headers['access-control-request-method'] !== undefined;
}

/**
 * CORS for the API's routes: pages from the allowed origins may call it with a bearer token (no
 * cookies, so no credentials mode). A preflight from any other origin is answered 403 without
 * CORS headers, so the browser refuses the call; its other requests get none either, so the page
 * cannot read the answers. Same-origin and non-browser callers are unaffected.
 */
export function crossOrigin(patterns: string[]): RequestHandler {
  const allowed = originMatcher(patterns);
  const handler = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    optionsSuccessStatus: 204,
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.headers.origin;
    if (isPreflight(req) && !(origin && allowed(origin))) {
      res.vary('Origin').status(403).end();
      return;
    }
    handler(req, res, next);
  };
}
