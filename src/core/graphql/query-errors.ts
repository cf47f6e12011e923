import { GraphQLError } from 'graphql';
import { UserErrorsException } from './user-error';

/**
 * Queries have no payload for userErrors: a rule violation (bad UDI, unknown id) becomes a
 * GraphQL error carrying the same code and field path.
 */
export async function asQueryErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof UserErrorsException)) throw err;
    const [first] = err.errors;
    throw new GraphQLError(first.message, { extensions: { code: first.code, field: first.field } });
  }
}
