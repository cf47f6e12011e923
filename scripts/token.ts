import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { resolveJwtSecret } from '../src/core/auth/dev-secret';
import { issueDevToken } from '../src/core/auth/token-issuer';
import { isRole, ROLES, type Role } from '../src/core/authz/role';
import { demoIdentity } from '../src/seed/demo-people';

/** npm run token -- --role QA_MANAGER [--role AUDITOR] [--supplier ID] [--site ID] [--sub S] [--name N] [--hours H] */
function main(): void {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      supplier: { type: 'string' },
      site: { type: 'string', multiple: true },
      sub: { type: 'string' },
      name: { type: 'string' },
      hours: { type: 'string', default: '8' },
    },
  });
  const roles = values.role ?? [];
  if (roles.length === 0 || !roles.every(isRole)) {
    process.stderr.write(`Usage: npm run token -- --role ROLE [--supplier ID] [--site ID]\nRoles: ${ROLES.join(', ')}\n`);
    process.exit(2);
  }
  const hours = Number(values.hours);
  if (!(hours > 0 && hours <= 24 * 30)) {
    process.stderr.write('--hours must be between 0 and 720\n');
    process.exit(2);
  }
  const config = loadConfig();
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
