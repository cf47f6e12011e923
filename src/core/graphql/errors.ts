import { GraphQLError } from 'graphql';

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
  return new GraphQLError('The subscription fell too far behind and was ended; subscribe again with `after:` the last eventId received',
    { extensions: { code: 'SUBSCRIBER_TOO_SLOW' } });
}

export function tooManySubscriptions(max: number): GraphQLError {
  return new GraphQLError(`At most ${max} subscriptions may be open on one connection; complete one first, or open another connection`,
    { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } });
}
