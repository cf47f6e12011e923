import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * What `postmaster.pid` of a data dir names, and whether that process is ours: a PostgreSQL
 * postmaster running on THIS data dir (its executable is `postgres` and its working directory
 * is the data dir, which a postmaster changes into), as opposed to a stranger that happens to
 * have the recorded pid now.
 */
export type PreviousPostmaster =
  | { kind: 'none' }
  | { kind: 'stale'; pid: number }
  | { kind: 'in-use'; pid: number; ownerPid: number }
  | { kind: 'orphan'; pid: number }
  | { kind: 'unknown'; pid: number; reason: string };

/** The Lotgraph process that started the postmaster of a data dir writes its pid here. */
export function ownerFile(dataDir: string): string {
  return path.join(dataDir, 'postmaster.owner');
}

export function recordOwner(dataDir: string): void {
  fs.writeFileSync(ownerFile(dataDir), `${process.pid}\n`);
}

export function clearOwner(dataDir: string): void {
  fs.rmSync(ownerFile(dataDir), { force: true });
}

function readPid(file: string): number | null {
  if (!fs.existsSync(file)) return null;
  const pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  // A zombie (dead, not yet reaped by a parent that never will be) answers kill(pid, 0).
  try {
    if (/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))) return false;
  } catch {
    // No /proc entry: the kill probe below decides.
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: alive, but another user's (the postmaster runs as `postgres` when we are root).
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parentOf(pid: number): number | null {
  try {
    const match = /^PPid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null; // gone meanwhile
  }
}

/** Classifies the process `postmaster.pid` in `databaseDir` names. */
export function inspectPreviousPostmaster(dataDir: string, databaseDir: string): PreviousPostmaster {
  const pid = readPid(path.join(databaseDir, 'postmaster.pid'));
  if (pid === null) return { kind: 'none' };
  if (!isAlive(pid)) return { kind: 'stale', pid };
  let exe: string;
  let cwd: string;
  try {
    exe = fs.readlinkSync(`/proc/${pid}/exe`);
    cwd = fs.readlinkSync(`/proc/${pid}/cwd`);
  } catch (err) {
    return { kind: 'unknown', pid, reason: `cannot inspect it (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  }
  const isPostgres = path.basename(exe).replace(/ \(deleted\)$/, '') === 'postgres';
  if (!isPostgres || cwd !== fs.realpathSync(databaseDir)) return { kind: 'stale', pid };
  const ownerPid = readPid(ownerFile(dataDir));
  // The owner is the postmaster's parent for as long as it lives: a dead owner's child is reparented.
  if (ownerPid !== null && parentOf(pid) === ownerPid) return { kind: 'in-use', pid, ownerPid };
  return { kind: 'orphan', pid };
}

async function exited(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > until) return false;
    await sleep(50);
  }
  return true;
}

/**
 * Makes the data dir free for a new postmaster: a stale pid file is removed; our own orphaned
 * postmaster (its Lotgraph process died without stopping it) is shut down, fast (SIGINT: open
 * transactions roll back, a checkpoint is written), else immediately (SIGQUIT: crash recovery
 * at the next start). A postmaster another live Lotgraph process owns, or a process that
 * cannot be identified, is left alone and refused with its pid.
 */
export async function freeDataDir(dataDir: string, databaseDir: string, log: (msg: string) => void): Promise<void> {
  const previous = inspectPreviousPostmaster(dataDir, databaseDir);
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  switch (previous.kind) {
    case 'none':
      return;
    case 'stale':
      log(`removing stale ${pidFile} (process ${previous.pid} is not a PostgreSQL of this data dir)`);
      fs.rmSync(pidFile, { force: true });
      return;
    case 'in-use':
      throw new Error(`the data dir ${dataDir} is in use: its PostgreSQL (pid ${previous.pid}) belongs to the running Lotgraph process ${previous.ownerPid}; stop that process first`);
    case 'unknown':
      throw new Error(`${pidFile} names the running process ${previous.pid}, which ${previous.reason}; stop it, or remove the file if it is not a PostgreSQL of this data dir`);
    case 'orphan':
      log(`stopping the orphaned PostgreSQL (pid ${previous.pid}) left running on ${databaseDir} by a Lotgraph process that died`);
      process.kill(previous.pid, 'SIGINT');
      if (await exited(previous.pid, 30_000)) return;
      process.kill(previous.pid, 'SIGQUIT');
      if (await exited(previous.pid, 10_000)) return;
      throw new Error(`the orphaned PostgreSQL (pid ${previous.pid}) on ${databaseDir} did not stop; stop it by hand`);
  }
}
