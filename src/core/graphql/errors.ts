import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { LIMITS, limitExceeded } from './request-limits';

/** The error a resolver threw, under graphql-js's located wrapper. */
export function thrownError(error: unknown): unknown {
  return error instanceof GraphQLError && error.path && error.originalError ? error.originalError : error;
}

/**
 * What a client sees of an error. Our own and graphql-js's errors are meant for clients; an
 * unexpected one (a bug, a database failure) keeps its code but not its text, which may quote
 * SQL or PostgreSQL's words about a value. It is logged in full (see the observability plugin).
 */
export function clientFacingError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return thrownError(error) instanceof GraphQLError ? formatted : { ...formatted, message: 'Internal server error' };
}

/** Errors outside payloads: authentication, type/field authorization, malformed requests. */
export function unauthenticated(message = 'Authentication required'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message = 'Not allowed'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function validationFailed(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'VALIDATION_FAILED', field } });
}

/** A subscriber that fell too far behind: its events were dropped, so it must resume. */
export function subscriberTooSlow(): GraphQLError {
  return new GraphQLError('The subscription fell too far behind and was ended; subscribe again with `after:` the last eventId received', { extensions: { code: 'SUBSCRIBER_TOO_SLOW' } });
}

export function tooManySubscriptions(): GraphQLError {
  return limitExceeded(
    `At most ${LIMITS.subscriptionsPerConnection} subscriptions may be open on one connection (subscriptionsPerConnection); complete one first, or open another connection`,
    'TOO_MANY_SUBSCRIPTIONS',
    'subscriptionsPerConnection',
  );
}
