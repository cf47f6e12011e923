import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withDatabase } from '../../src/db/embedded-postgres';
import { withAdmin } from '../support/test-database';
import { checkManifest } from './check-manifest';
import { describe, type Difference } from './compare';
import { makeManifest } from './make-manifest';
import { ensureFullHistory, gitIn, previousRelease } from './previous-release';
import { startReceiver, startRelease, type ReleaseServer } from './release-process';

/**
 * `npm run upgrade:check`: builds the previous release (the last commit whose migrations differ
 * from HEAD's), runs it on a fresh database with the demo plant and the data set, writes what it
 * holds to a manifest, then starts HEAD on that database (it migrates at start) and checks that
 * every record reads the same by the same id, no list counts fewer, the audit trail verifies and
 * grows by a new write, and every idempotent replay answers as the previous release did. Exit 1 naming
 * each difference; 0 with a message when there is no previous release.
 */

const ROOT = path.resolve(__dirname, '../..');

const started = Date.now();
function say(message: string): void {
  process.stdout.write(`[upgrade ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);
}

function run(cmd: string, args: string[], cwd: string): void {
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** The previous release's files, with dependencies (HEAD's node_modules when its lock file is the same) and built. */
function checkOut(commit: string, dir: string): void {
  execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${dir}"`], { cwd: ROOT, stdio: 'inherit' });
  const sameLock = fs.readFileSync(path.join(dir, 'package-lock.json'), 'utf8') === fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8');
  if (sameLock) {
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    say("dependencies: package-lock.json is the same as HEAD's, node_modules shared");
  } else {
    say("dependencies: package-lock.json differs from HEAD's, npm ci");
    run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], dir);
  }
  run(path.join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], dir);
}

async function main(): Promise<number> {
  const git = gitIn(ROOT);
  ensureFullHistory(git);
  const previous = previousRelease(git);
  if (!previous) {
    say('no earlier commit has different migrations/ (or none had migrations/): this is the first release, nothing to upgrade from; skipped');
    return 0;
  }
  const head = git(['rev-parse', 'HEAD']);
  say(`previous release ${previous.slice(0, 12)} (${git(['log', '-1', '--format=%s', previous]).slice(0, 80)}), HEAD ${head.slice(0, 12)}`);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lotgraph-upgrade-'));
  const oldDir = path.join(work, 'previous');
  fs.mkdirSync(oldDir);
  // The PostgreSQL server to make the throw-away database on: its `postgres` database is used to create and drop it.
  const adminUrl = withDatabase(process.env.UPGRADE_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432', 'postgres');
  const dbName = `lotgraph_upgrade_${randomBytes(4).toString('hex')}`;
  const dbUrl = withDatabase(adminUrl, dbName);
  const manifestFile = process.env.UPGRADE_MANIFEST ?? path.join(work, 'manifest.json');
  const receiver = await startReceiver();
  let server: ReleaseServer | null = null;
  const differences: Difference[] = [];
  let completed = false;
  try {
    say('checking out and building the previous release');
    checkOut(previous, oldDir);
    say('building HEAD');
    run(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], ROOT);
    await withAdmin(adminUrl, (c) => c.query(`CREATE DATABASE "${dbName}"`));

    say(`starting the previous release on ${dbName} (it migrates and seeds the demo plant), then the data set through its GraphQL API`);
    server = await startRelease(oldDir, dbUrl, path.join(work, 'previous.log'));
    const { manifest, failed } = await makeManifest(server.url, previous, receiver.url);
    for (const f of failed) differences.push({ kind: 'data set', what: `step failed on the previous release: ${f}` });
    fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
    say(
      `manifest: ${manifest.records.length} records, ${Object.keys(manifest.counts).length} lists, ${manifest.replays.length} replays, audit trail ${manifest.auditTrail.checkedEntries} entries (${manifest.auditTrail.valid ? 'valid' : 'INVALID'}), ${receiver.received()} webhook deliveries received -> ${manifestFile}${process.env.UPGRADE_KEEP ? '' : ' (removed after a pass; UPGRADE_KEEP=1 keeps it)'}`,
    );
    await server.stop();
    server = null;

    say('starting HEAD on the same database (it migrates at start)');
    server = await startRelease(ROOT, dbUrl, path.join(work, 'head.log'));
    differences.push(...(await checkManifest(server.url, manifest)));

    const types = new Map<string, number>();
    for (const r of manifest.records) types.set(r.type, (types.get(r.type) ?? 0) + 1);
    const states = new Map<string, number>();
    for (const r of manifest.records) if (typeof r.values.status === 'string') states.set(`${r.type}.${r.values.status}`, (states.get(`${r.type}.${r.values.status}`) ?? 0) + 1);
    say(`covered: ${[...types].map(([t, n]) => `${t} ${n}`).join(', ')}`);
    say(`states: ${[...states].map(([t, n]) => `${t} ${n}`).join(', ')}`);
    if (Object.keys(manifest.droppedFields).length) say(`fields the reader may not read (not compared): ${JSON.stringify(manifest.droppedFields)}`);
    if (manifest.unreadable.length) say(`records not readable by id (not compared): ${manifest.unreadable.length}`);
    for (const s of manifest.dataSet.skipped) say(`data set step skipped: ${s}`);
    completed = true;
  } finally {
    if (!completed) say(`logs of both servers kept in ${work}`);
    await server?.stop().catch(() => undefined);
    await receiver.stop();
    await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)).catch(() => undefined);
    // The checkout's node_modules is a link to HEAD's: rmSync removes the link, not what it points to.
    if (completed && differences.length === 0 && !process.env.UPGRADE_KEEP) fs.rmSync(work, { recursive: true, force: true });
  }
  if (differences.length > 0) {
    for (const d of differences.slice(0, 200)) process.stderr.write(`UPGRADE DIFFERENCE ${describe(d)}\n`);
    say(`FAILED: ${differences.length} difference(s) upgrading from ${previous.slice(0, 12)} to HEAD; logs and manifest in ${work}`);
    return 1;
  }
  say(`passed: HEAD keeps every record of ${previous.slice(0, 12)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`upgrade check failed: ${err.stack ?? err.message}\n`);
    process.exit(1);
  },
);
