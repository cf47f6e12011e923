import { ANONYMOUS, type Principal, type PrincipalScope } from '../core/auth/principal';
import { AuthenticationError, type JwtVerifier } from '../core/auth/jwt-verifier';
import { unauthenticated } from '../core/graphql/errors';

/** Hook for refusing principals the database knows to be deactivated. */
export type PrincipalCheck = (principal: Principal) => Promise<string | null>;

/**
 * `Authorization: Bearer <jwt>` (or WebSocket `connectionParams.authorization`) to a Principal.
 * No token: anonymous. A bad, expired or unsigned token: UNAUTHENTICATED. An accepted principal
 * gets its database scope (`scope`) before any rule is built from it.
 */
export async function authenticate(authorization: unknown, verifier: JwtVerifier, check: PrincipalCheck, scope: PrincipalScope): Promise<Principal> {
  if (authorization === undefined || authorization === null || authorization === '') return ANONYMOUS;
  if (typeof authorization !== 'string') throw unauthenticated('Authorization must be a string "Bearer <token>"');
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('Authorization must be "Bearer <token>"');
  let principal: Principal;
  try {
    principal = await verifier.verify(match[1]);
  } catch (err) {
    if (err instanceof AuthenticationError) throw unauthenticated(err.message);
    throw err;
  }
  const refusal = await check(principal);
  if (refusal) throw unauthenticated(refusal);
  return scope(principal);
}
