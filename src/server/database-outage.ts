import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';

/** Seconds a client is asked to wait before retrying while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

export const SERVICE_UNAVAILABLE_MESSAGE = 'The service is temporarily unavailable; retry after the time in the Retry-After header';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED']);
// SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections (class 08 is checked apart).
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
// node-postgres and its pool say these in words only, with no code.
const DRIVER_WORDS = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /connection error and is not queryable/,
  /Client was closed and is not queryable/,
  /Cannot use a pool after calling end on the pool/,
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  originalError?: unknown;
  cause?: unknown;
  driverError?: unknown;
}

/** The error and those it wraps (GraphQL's originalError, TypeORM's driverError, cause). */
function chain(err: unknown): ErrorLike[] {
  const seen: ErrorLike[] = [];
  let current: unknown = err;
  while (current && typeof current === 'object' && !seen.includes(current as ErrorLike) && seen.length < 10) {
    const e = current as ErrorLike;
    seen.push(e);
    current = e.originalError ?? e.driverError ?? e.cause;
  }
  return seen;
}

/** True when `err` means the database cannot be reached now: an outage to wait out, not a bug. */
export function isDatabaseUnavailable(err: unknown): boolean {
  return chain(err).some((e) => {
    const code = typeof e.code === 'string' ? e.code : '';
    const message = typeof e.message === 'string' ? e.message : '';
    return NETWORK_CODES.has(code) || UNAVAILABLE_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || DRIVER_WORDS.some((w) => w.test(message));
  });
}

/** True when `err` came from the database driver: its text may name tables, constraints or hosts. */
function isDriverError(err: unknown): boolean {
  return chain(err).some((e) => typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && 'severity' in e);
}

/** HTTP 503 with Retry-After, SERVICE_UNAVAILABLE: retry later, nothing was changed by us. */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) } },
  });
}

/**
 * What a client may see of an error: a database outage becomes SERVICE_UNAVAILABLE and any
 * other database error INTERNAL_SERVER_ERROR, both in our words. Driver text, hosts, ports
 * and SQL stay in the server's log.
 */
export function clientVisible(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isDatabaseUnavailable(error)) {
    return { message: SERVICE_UNAVAILABLE_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  if (isDriverError(error)) {
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  if (!formatted.extensions?.http) return formatted;
  // Over WebSocket nothing reads the HTTP part of an error: it stays out of the message.
  const { http: _http, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

/** A GraphQL response with an outage among its errors is a 503 with Retry-After, whatever else it holds. */
export function databaseOutagePlugin(log: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, response, request }) {
          const outage = errors.find((e) => isDatabaseUnavailable(e));
          if (!outage) return;
          log.warn({ err: outage.originalError ?? outage, operationName: request.operationName }, 'database unavailable');
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/** Writes the 503 answer outside GraphQL (REST routes, refused requests). */
export function answerServiceUnavailable(res: Response): void {
  res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  res.status(503).json({ errors: [{ message: SERVICE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
}

/** Express error handler, before the generic one: an outage on a REST route is a 503 too. */
export function databaseOutageErrors(log: Logger) {
  return (err: unknown, _req: Request, res: Response, next: NextFunction): void => {
    const refused = err instanceof GraphQLError && err.extensions.code === 'SERVICE_UNAVAILABLE';
    if (res.headersSent || !(refused || isDatabaseUnavailable(err))) return next(err);
    log.warn({ err }, 'database unavailable');
    answerServiceUnavailable(res);
  };
}
