import { createSecretKey, type KeyObject } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import jwt, { type Algorithm, type JwtHeader, type JwtPayload } from 'jsonwebtoken';
import jwksClient, { type JwksClient } from 'jwks-rsa';
import type { JwtConfig } from '../../config';
import { isRole } from '../authz/role';
import type { Principal } from './principal';

export class AuthenticationError extends Error {}

const CLOCK_TOLERANCE_SECONDS = 30;
// An accepted token is taken again without verifying its signature for this long at most (and never past its expiry).
const ACCEPTED_FOR_MS = 60_000;
const ASYMMETRIC: Algorithm[] = ['RS256', 'ES256'];

/**
 * Verifies bearer tokens: algorithm allow-list (HS256 only with a secret, RS256/ES256 only
 * with a public key or JWKS), issuer, audience, a required `exp`, a required `iat` not in the
 * future and a lifetime (`exp` - `iat`) within JWT_MAX_AGE, 30 s clock tolerance. With
 * `revealReasons` off (production) every refusal says only "Invalid token": the reasons would
 * name the issuer and audience expected, and how keys are found.
 */
export class JwtVerifier {
  private readonly algorithms: Algorithm[];
  private readonly jwks: JwksClient | null;
  // A KeyObject built once: jsonwebtoken would otherwise re-derive it from the string per token.
  private readonly secretKey: KeyObject | undefined;

  constructor(
    private readonly config: JwtConfig,
    secret: string | undefined,
    private readonly revealReasons = true,
  ) {
    this.secretKey = secret ? createSecretKey(Buffer.from(secret, 'utf8')) : undefined;
    this.algorithms = [...(secret ? (['HS256'] as Algorithm[]) : []), ...(config.publicKey || config.jwksUrl ? ASYMMETRIC : [])];
    this.jwks = config.jwksUrl ? jwksClient({ jwksUri: config.jwksUrl, cache: true, cacheMaxAge: 10 * 60_000, rateLimit: true, jwksRequestsPerMinute: 10, timeout: 5000 }) : null;
  }

  /** Tokens verified recently, with the principal they stand for and until when they are taken as such. */
  private readonly accepted = new LRUCache<string, { principal: Principal; until: number }>({ max: 10_000 });

  async verify(token: string): Promise<Principal> {
    const now = Date.now();
    const known = this.accepted.get(token);
    if (known && known.until > now) return known.principal;
    try {
      const payload = await this.verifiedPayload(token);
      assertLifetime(payload, this.config.maxAgeSeconds);
      const principal = Object.freeze(principalFromClaims(payload));
      // The exact token string, already verified: its signature, issuer and audience cannot have changed.
      const until = Math.min(now + ACCEPTED_FOR_MS, ((payload.exp as number) + CLOCK_TOLERANCE_SECONDS) * 1000);
      this.accepted.set(token, { principal, until });
      return principal;
    } catch (err) {
      if (err instanceof AuthenticationError && !this.revealReasons) throw new AuthenticationError('Invalid token');
      throw err;
    }
  }

  private verifiedPayload(token: string): Promise<JwtPayload> {
    return new Promise<JwtPayload>((resolve, reject) => {
      jwt.verify(
        token,
        (header, callback) =>
          this.keyFor(header).then(
            (k) => callback(null, k),
            (e: Error) => callback(e),
          ),
        {
          algorithms: this.algorithms,
          issuer: this.config.issuer,
          audience: this.config.audience,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          complete: false,
        },
        (err, decoded) => {
          if (err) reject(new AuthenticationError(`Invalid token: ${err.message}`));
          else if (!decoded || typeof decoded === 'string') reject(new AuthenticationError('Invalid token: payload is not an object'));
          else resolve(decoded);
        },
      );
    });
  }

  private async keyFor(header: JwtHeader): Promise<string | KeyObject> {
    if (!this.algorithms.includes(header.alg as Algorithm)) throw new Error(`algorithm ${header.alg} is not allowed`);
    if (header.alg === 'HS256') return this.secretKey as KeyObject;
    if (this.config.publicKey) return this.config.publicKey;
    if (this.jwks) {
      const key = await this.jwks.getSigningKey(header.kid);
      return key.getPublicKey();
    }
    throw new Error('no key for this algorithm');
  }
}

/** No token is good for longer than `maxAgeSeconds` from when it was issued, and it was issued in the past. */
function assertLifetime(payload: JwtPayload, maxAgeSeconds: number): void {
  if (typeof payload.iat !== 'number') throw new AuthenticationError('Invalid token: iat is required');
  if (payload.iat > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS) throw new AuthenticationError('Invalid token: issued in the future');
  if (typeof payload.exp === 'number' && payload.exp - payload.iat > maxAgeSeconds) {
    throw new AuthenticationError(`Invalid token: its lifetime exceeds the maximum of ${maxAgeSeconds} s`);
  }
}

export function principalFromClaims(payload: JwtPayload): Principal {
  if (typeof payload.exp !== 'number') throw new AuthenticationError('Invalid token: exp is required');
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new AuthenticationError('Invalid token: sub is required');
  const rawRoles: unknown = payload.roles;
  if (!Array.isArray(rawRoles) || !rawRoles.every((r) => typeof r === 'string')) {
    throw new AuthenticationError('Invalid token: roles must be an array of strings');
  }
  const siteIds: unknown = payload.siteIds ?? [];
  if (!Array.isArray(siteIds) || !siteIds.every((s) => typeof s === 'string')) {
    throw new AuthenticationError('Invalid token: siteIds must be an array of strings');
  }
  if (payload.supplierId !== undefined && typeof payload.supplierId !== 'string') {
    throw new AuthenticationError('Invalid token: supplierId must be a string');
  }
  return {
    kind: 'user',
    id: payload.sub,
    name: typeof payload.name === 'string' && payload.name ? payload.name : payload.sub,
    // Unknown roles grant nothing; they are dropped rather than failing the token.
    roles: rawRoles.filter(isRole),
    supplierId: payload.supplierId as string | undefined,
    siteIds: siteIds as string[],
    expiresAt: payload.exp,
  };
}
