import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import { runWithStatementTally, StatementTally } from '../db/statement-counter';
import { httpDuration } from './metrics';
import { LIMITS, limitExtensions } from '../core/graphql/request-limits';

const REQUEST_ID = /^[\w.:-]{1,128}$/;
const KNOWN_ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics']);

export interface RequestLocals {
  requestId: string;
  tally: StatementTally;
}

/**
 * Request id (from X-Request-Id or new), SQL statement tally, access log and HTTP metrics. The
 * tally is counted where the work runs: a compiled read counts its statement, a GraphQL
 * execution enters it (observabilityPlugin), a plain route through `countingStatements`.
 */
export function requestScope(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const header = req.header('x-request-id');
    const requestId = header && REQUEST_ID.test(header) ? header : randomUUID();
    const tally = new StatementTally();
    res.locals.requestId = requestId;
    res.locals.tally = tally;
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    const path = req.path;
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = KNOWN_ROUTES.has(path) ? path : 'other';
      httpDuration.observe({ method: req.method, route, status: String(res.statusCode) }, seconds);
      if (route !== '/metrics' && route !== '/healthz') {
        log.info({ requestId, method: req.method, path, status: res.statusCode, ms: Math.round(seconds * 1000), sqlStatements: tally.count }, 'request');
      }
    });
    next();
  };
}

/** A route whose statements are counted in the request's tally (carried through its async calls). */
export function countingStatements(handler: RequestHandler): RequestHandler {
  return (req, res, next) => runWithStatementTally((res.locals as RequestLocals).tally, () => handler(req, res, next));
}

/** A body refused before it is parsed, with the GraphQL error code its answer carries. */
class UnreadableBody extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The JSON body of a GraphQL request, at most `limit` bytes. It must be UTF-8 (GraphQL over
 * HTTP): bytes that are not are refused before parsing, rather than decoded into replacement
 * characters and stored as if the client had sent them.
 */
export function graphqlJsonBody(limit: number) {
  return express.json({
    limit,
    verify: (_req, _res, body, encoding) => {
      if (encoding !== 'utf-8' && encoding !== 'utf8') throw new UnreadableBody(`A GraphQL request body is UTF-8, not ${encoding}`, 415, 'BAD_REQUEST');
      try {
        UTF8.decode(body);
      } catch {
        throw new UnreadableBody('The request body is not valid UTF-8', 400, 'BAD_USER_INPUT');
      }
    },
  });
}

/** Malformed or oversized bodies answer as GraphQL-shaped JSON errors, never an HTML stack trace. */
export function jsonErrors(development: boolean) {
  return (err: Error & { status?: number; type?: string; code?: unknown }, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const tooLarge = status === 413;
    const message = tooLarge ? `Request body too large: at most ${LIMITS.maxBodyBytes} bytes (maxBodyBytes)` : status < 500 ? `Bad request: ${err.message}` : 'Internal server error';
    const code = status === 500 ? 'INTERNAL_SERVER_ERROR' : err instanceof UnreadableBody ? err.code : 'BAD_REQUEST';
    const limit = tooLarge ? limitExtensions('maxBodyBytes', LIMITS.maxBodyBytes) : {};
    res.status(status).json({
      errors: [{ message, extensions: { code, ...limit, ...(development && status === 500 ? { stack: err.stack } : {}) } }],
    });
  };
}
