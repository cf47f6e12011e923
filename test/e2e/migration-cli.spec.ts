import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { Client } from 'pg';
import { migrationNames } from '../../src/db/data-source';
import { withDatabase } from '../../src/db/embedded-postgres';
import { buildServer, ROOT } from '../support/server-process';
import { testDatabaseEnv } from '../support/test-database';

const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const BUILD = 'npm run build --silent && ';

/**
 * `npm run <script> -- args` as the README shows it. The build every migration script starts
 * with is done once for the file (the first call runs the whole npm script to prove it).
 */
function run(script: string, args: string[], env: Record<string, string>, viaNpm = false): { status: number | null; out: string } {
  const command = viaNpm ? `npm run --silent ${script} --` : scripts[script].replace(BUILD, '');
  const r = spawnSync('sh', ['-c', `${command} ${args.map((a) => `'${a}'`).join(' ')}`], {
    cwd: ROOT,
    env: { PATH: `${path.join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? '/root', ...env },
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The `[X]`/`[ ]` lines of migration:show, by migration name. */
function shown(out: string): Map<string, boolean> {
  const lines = [...out.matchAll(/^\[( |X)\] (?:\d+ )?(\S+)$/gm)];
  return new Map(lines.map((m) => [m[2], m[1] === 'X']));
}

describe('the TypeORM CLI through ormconfig.ts (npm run migration:*)', () => {
  const names = migrationNames();
  let env: Record<string, string>;
  let url: string;
  let dir: string;
  beforeAll(async () => {
    buildServer();
    const { adminUrl, prefix } = testDatabaseEnv();
    const name = `${prefix}_cli_${randomBytes(3).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    url = withDatabase(adminUrl, name);
    env = { DATABASE_URL: url };
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotgraph-migrations-'));
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('shows, runs and reverts the migrations of the code on DATABASE_URL', () => {
    const before = run('migration:show', [], env, true);
    expect(before.status).toBe(0);
    expect(shown(before.out)).toEqual(new Map(names.map((n) => [n, false])));

    const applied = run('migration:run', [], env);
    expect(applied.status).toBe(0);
    expect(applied.out).toContain(`Migration ${names[names.length - 1]} has been executed successfully.`);
    expect(shown(run('migration:show', [], env).out)).toEqual(new Map(names.map((n) => [n, true])));

    const reverted = run('migration:revert', [], env);
    expect(reverted.status).toBe(0);
    expect(reverted.out).toContain(`Migration ${names[names.length - 1]} has been reverted successfully.`);
    expect(shown(run('migration:show', [], env).out)).toEqual(new Map(names.map((n, i) => [n, i < names.length - 1])));

    expect(run('migration:run', [], env).status).toBe(0);
    expect(shown(run('migration:show', [], env).out)).toEqual(new Map(names.map((n) => [n, true])));
  }, 120_000);

  it('drafts nothing for a migrated database, and exactly the difference when an entity is ahead of it', async () => {
    const upToDate = run('migration:generate', ['--check', path.join(dir, 'Nothing')], env);
    expect(upToDate.out).toContain('No changes in database schema were found');
    expect(upToDate.status).toBe(0);

    // A database one column behind the Material entity, as after adding the column to the entity.
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query('ALTER TABLE material DROP COLUMN gtin');
    await client.end();
    const draft = run('migration:generate', ['--dryrun', path.join(dir, 'AddMaterialGtin')], env);
    expect(draft.status).toBe(0);
    const up = /public async up[^]*?\n {4}}/.exec(draft.out)?.[0] ?? '';
    const statements = [...up.matchAll(/queryRunner\.query\(`\s*([^`]*?)\s*`\)/g)].map((m) => m[1].replace(/\s+/g, ' '));
    expect(statements).toEqual(['ALTER TABLE "material" ADD "gtin" character(14)']);
    expect(fs.readdirSync(dir)).toEqual([]);
  }, 120_000);

  it('creates an empty migration to write by hand', () => {
    const created = run('migration:create', [path.join(dir, 'AddSomething')], {});
    expect(created.status).toBe(0);
    const [file] = fs.readdirSync(dir);
    expect(file).toMatch(/^\d{13}-AddSomething\.ts$/);
    expect(fs.readFileSync(path.join(dir, file), 'utf8')).toMatch(/export class AddSomething\d{13} implements MigrationInterface/);
  });
});
