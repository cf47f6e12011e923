import jwt from 'jsonwebtoken';
import type { JwtConfig } from '../../config';
import type { Role } from '../authz/role';

export interface TokenClaims {
  sub: string;
  name: string;
  roles: Role[];
  supplierId?: string;
  siteIds?: string[];
}

/** Signs an HS256 development token with the configured issuer and audience. */
export function issueDevToken(config: JwtConfig, secret: string, claims: TokenClaims, expiresInSeconds = 8 * 3600): string {
  return jwt.sign(claims, secret, {
    algorithm: 'HS256',
    issuer: config.issuer,
    audience: config.audience,
    expiresIn: expiresInSeconds,
  });
}
