import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Config } from '../../config';

/**
 * The HS256 secret in force: JWT_SECRET if set; in development with no JWT setting at all,
 * a secret generated once into the data dir (so `npm run token` and the server agree).
 */
export function resolveJwtSecret(config: Config): string | undefined {
  if (config.jwt.secret) return config.jwt.secret;
  if (config.jwt.publicKey || config.jwt.jwksUrl) return undefined;
  if (config.nodeEnv === 'production') throw new Error('JWT_SECRET, JWT_PUBLIC_KEY or JWKS_URL is required in production');
  const file = path.join(config.dataDir, 'jwt-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  return fs.readFileSync(file, 'utf8').trim();
}
