import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { resolveJwtSecret } from '../src/core/auth/dev-secret';
import { issueDevToken } from '../src/core/auth/token-issuer';
import { isRole, ROLES, type Role } from '../src/core/authz/role';
import { DEMO_SIGNING_PASSWORD, DEMO_USERS, demoIdentity, demoSupplierIdOf, demoUser } from '../src/seed/demo-people';

const USAGE = `Usage: npm run token -- --user SUBJECT            a demo user's token (its roles, name and supplier)
       npm run token -- --role ROLE [--role ROLE2] [--supplier ID] [--site ID] [--sub S] [--name N]
       npm run token -- --list                    the demo users
Any of them: [--hours H] (default 8, at most JWT_MAX_AGE)
Roles: ${ROLES.join(', ')}
`;

/** The demo users as a table: who to mint a token for, and what each may do. */
function listDemoUsers(out: NodeJS.WritableStream = process.stdout): void {
  const rows = DEMO_USERS.map((u) => [u.subject, u.roles.join(','), u.printedName, `${u.title}${u.supplier ? ` (supplier ${demoSupplierIdOf(u)})` : ''}${u.signs ? ', signs' : ''}`]);
  // Chinese characters take two columns in a terminal.
  const width = (text: string) => [...text].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => width(r[i])), ['subject', 'roles', 'name'][i].length));
  const line = (r: string[]) => r.map((c, i) => (i < 3 ? c + ' '.repeat(widths[i] - width(c)) : c)).join('  ');
  out.write(`${line(['subject', 'roles', 'name', 'what'])}\n${rows.map(line).join('\n')}\n\n`);
  out.write(`Mint one: npm run --silent token -- --user demo-qa-manager\nThe users marked "signs" sign with the signing password ${DEMO_SIGNING_PASSWORD}\n`);
}

function refuse(message: string): never {
  process.stderr.write(message);
  process.exit(2);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      list: { type: 'boolean' },
      user: { type: 'string' },
      role: { type: 'string', multiple: true },
      supplier: { type: 'string' },
      site: { type: 'string', multiple: true },
      sub: { type: 'string' },
      name: { type: 'string' },
      hours: { type: 'string' },
    },
  });
  if (values.list) return listDemoUsers();
  const user = values.user === undefined ? undefined : demoUser(values.user);
  if (values.user !== undefined && !user) refuse(`No demo user ${values.user}; npm run token -- --list shows them\n`);
  if (user && values.role) refuse('Give --user or --role, not both\n');
  const roles = user ? user.roles : (values.role ?? []);
  if (roles.length === 0 && values.role === undefined && values.user === undefined) {
    // A bare `npm run token`: how to use it, and whom it can mint for.
    process.stderr.write(`${USAGE}\n`);
    listDemoUsers(process.stderr);
    process.exit(2);
  }
  if (roles.length === 0 || !roles.every(isRole)) refuse(USAGE);
  const config = loadConfig();
  // The server refuses a token living longer than JWT_MAX_AGE, so none is issued.
  const maxHours = config.jwt.maxAgeSeconds / 3600;
  const hours = values.hours === undefined ? Math.min(8, maxHours) : Number(values.hours);
  if (!(hours > 0 && hours <= maxHours)) {
    refuse(`--hours must be more than 0 and at most ${maxHours}: the server refuses tokens that live longer than JWT_MAX_AGE (${maxHours} h); raise JWT_MAX_AGE for longer ones\n`);
  }
  const secret = resolveJwtSecret(config);
  if (!secret) refuse('This server verifies RS256/ES256 tokens from your identity provider; dev tokens need JWT_SECRET or no JWT setting.\n');
  // --role alone acts as the first demo user with that role (a SUPPLIER one with its supplier).
  const identity = user ?? (values.sub === undefined ? DEMO_USERS.find((u) => u.roles.includes((roles as Role[])[0])) : undefined);
  const fallback = demoIdentity((roles as Role[])[0]);
  process.stdout.write(
    `${issueDevToken(
      config.jwt,
      secret,
      {
        sub: values.sub ?? identity?.subject ?? fallback.sub,
        name: values.name ?? identity?.printedName ?? fallback.name,
        roles: [...roles] as Role[],
        supplierId: values.supplier ?? (identity ? demoSupplierIdOf(identity) : undefined),
        siteIds: values.site ?? [],
      },
      hours * 3600,
    )}\n`,
  );
}

main();
