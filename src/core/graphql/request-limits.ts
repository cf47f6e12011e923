import { GraphQLError } from 'graphql';

/**
 * Every bound on the shape and size of a request, in one place: the README's "Request limits"
 * table lists each with the error a client receives. Each refusal names the limit it hit in
 * `extensions.limit` (one of these keys) and its value in `extensions.max`.
 */
export const LIMITS = {
  /** `first`/`last` of any list, and the ids of `nodes(ids:)`. */
  maxPageSize: 1000,
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  /**
   * An operation's cost: objects 2, scalars 1, x1.5 per level, x the page size of every list
   * (first/last, or the default page size): a page of 1000 rows of about 70 fields fits.
   */
  maxCost: 250_000,
  maxDirectives: 20,
  /** An HTTP request body (JSON), in bytes. */
  maxBodyBytes: 1024 * 1024,
  /** A WebSocket message, in bytes; a larger one closes the socket with 1009 (Message Too Big). */
  maxWebSocketMessageBytes: 1024 * 1024,
  /** Open subscriptions on one WebSocket; each holds a relay stream and its queue. */
  subscriptionsPerConnection: 50,
  /** Any string in an argument (a service's longest text field takes 8,000 characters). */
  maxTextLength: 10_000,
  /** A string in a search or filter input (`…Filter`): longer than any stored value it could match. */
  maxFilterTextLength: 256,
  /** A JSON argument's nesting: deeper has no use in custom fields and would exhaust the stack of every recursive reader. */
  maxJsonDepth: 16,
  /** A JSON argument's length, serialized. */
  maxJsonCharacters: 65_536,
  /** An idempotency key (input.idempotencyKey or the Idempotency-Key header). */
  maxIdempotencyKeyLength: 255,
} as const;

export type LimitName = keyof typeof LIMITS;

/** Extensions naming the limit a refusal hit, so a client can tell which one without parsing the message. */
export function limitExtensions(limit: string, max: number): { limit: string; max: number } {
  return { limit, max };
}

/** A request refused by a limit: `code` as before (clients match on it), plus the limit's name and value. */
export function limitExceeded(message: string, code: string, limit: LimitName, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, ...limitExtensions(limit, LIMITS[limit]) } });
}

// graphql-js says "more that" (sic) in the versions we use.
const TOKEN_LIMIT = /Document contains more tha[nt] \d+ tokens/;

/** graphql-js's own refusal of a long document, which names no limit: names it. */
export function namingTokenLimit<E extends { message: string; extensions?: Record<string, unknown> }>(error: E): E {
  if (!TOKEN_LIMIT.test(error.message)) return error;
  return { ...error, message: `${error.message} (maxTokens)`, extensions: { ...error.extensions, ...limitExtensions('maxTokens', LIMITS.maxTokens) } };
}
