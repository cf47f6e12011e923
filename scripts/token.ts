import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { resolveJwtSecret } from '../src/core/auth/dev-secret';
import { issueDevToken } from '../src/core/auth/token-issuer';
import { isRole, ROLES, type Role } from '../src/core/authz/role';
import { demoIdentity } from '../src/seed/demo-people';

/** npm run token -- --role QA_MANAGER [--role AUDITOR] [--supplier ID] [--site ID] [--sub S] [--name N] [--hours H (default 8, at most JWT_MAX_AGE)] */
function main(): void {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      supplier: { type: 'string' },
      site: { type: 'string', multiple: true },
      sub: { type: 'string' },
      name: { type: 'string' },
      hours: { type: 'string' },
    },
  });
  const roles = values.role ?? [];
  if (roles.length === 0 || !roles.every(isRole)) {
    process.stderr.write(`Usage: npm run token -- --role ROLE [--supplier ID] [--site ID]\nRoles: ${ROLES.join(', ')}\n`);
    process.exit(2);
  }
  const config = loadConfig();
  // The server refuses a token living longer than JWT_MAX_AGE, so none is issued.
  const maxHours = config.jwt.maxAgeSeconds / 3600;
  const hours = values.hours === undefined ? Math.min(8, maxHours) : Number(values.hours);
  if (!(hours > 0 && hours <= maxHours)) {
    process.stderr.write(`--hours must be more than 0 and at most ${maxHours}: the server refuses tokens that live longer than JWT_MAX_AGE (${maxHours} h); raise JWT_MAX_AGE for longer ones\n`);
    process.exit(2);
  }
  const secret = resolveJwtSecret(config);
  if (!secret) {
    process.stderr.write('This server verifies RS256/ES256 tokens from your identity provider; dev tokens need JWT_SECRET or no JWT setting.\n');
    process.exit(2);
  }
  const primary = (roles as Role[])[0];
  const demo = demoIdentity(primary);
  const sub = values.sub ?? demo.sub;
  const name = values.name ?? demo.name;
  process.stdout.write(`${issueDevToken(config.jwt, secret, {
    sub, name, roles: roles as Role[], supplierId: values.supplier, siteIds: values.site ?? [],
  }, hours * 3600)}\n`);
}

main();
