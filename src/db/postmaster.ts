import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

const READY = 'database system is ready to accept connections';
const KEPT_LOG_LINES = 20;

export interface PostmasterOptions {
  postgresBinary: string;
  databaseDir: string;
  port: number;
  flags: string[];
  /** Set when we are root: PostgreSQL refuses to run as root, so it runs as this user. */
  runAs?: { uid: number; gid: number };
  log: (msg: string) => void;
}

/**
 * `setpriv --pdeathsig` (util-linux) makes the kernel send the postmaster SIGINT (fast
 * shutdown) when the process that started it dies, even by SIGKILL, so no orphan holds the
 * data dir. Where it is missing, the next start stops the orphan instead.
 */
function dieWithParentPrefix(): string[] {
  if (os.platform() !== 'linux') return [];
  const probe = spawnSync('setpriv', ['--pdeathsig', 'SIGINT', 'true'], { stdio: 'ignore' });
  return probe.status === 0 ? ['setpriv', '--pdeathsig', 'SIGINT'] : [];
}

/** A PostgreSQL server process we started and own: ready, watched, and stopped on request. */
export class Postmaster {
  private readonly recent: string[] = [];
  private stopping = false;
  private readonly unexpectedExitListeners: ((cause: string) => void)[] = [];

  private constructor(private readonly child: ChildProcess) {}

  static async start(opts: PostmasterOptions): Promise<Postmaster> {
    const [command, ...prefix] = [...dieWithParentPrefix(), opts.postgresBinary];
    const child = spawn(command, [...prefix, '-D', opts.databaseDir, '-p', String(opts.port), ...opts.flags], {
      ...opts.runAs,
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const postmaster = new Postmaster(child);
    await postmaster.untilReady(opts.log);
    return postmaster;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Called once if the server exits without stop(): it crashed or was killed. */
  onUnexpectedExit(listener: (cause: string) => void): void {
    this.unexpectedExitListeners.push(listener);
  }

  /** Fast shutdown (SIGINT), then immediate (SIGQUIT) if it takes longer than `graceMs`. */
  async stop(graceMs = 30_000): Promise<void> {
    this.stopping = true;
    if (!this.running) return;
    const done = once(this.child, 'exit');
    this.child.kill('SIGINT');
    const timer = sleep(graceMs, 'late' as const, { ref: false });
    if ((await Promise.race([done, timer])) === 'late') {
      this.child.kill('SIGQUIT');
      await done;
    }
  }

  /** The last lines PostgreSQL logged: the cause of a failed start is usually among them. */
  get lastLog(): string {
    return this.recent.join('\n');
  }

  private untilReady(log: (msg: string) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      let ready = false;
      const onOutput = (chunk: Buffer) => {
        for (const line of chunk
          .toString('utf8')
          .split('\n')
          .filter((l) => l.trim())) {
          log(line);
          this.recent.push(line);
          if (this.recent.length > KEPT_LOG_LINES) this.recent.shift();
          if (!ready && line.includes(READY)) {
            ready = true;
            resolve();
          }
        }
      };
      this.child.stdout?.on('data', onOutput);
      this.child.stderr?.on('data', onOutput);
      this.child.once('error', (err) => reject(new Error(`could not run PostgreSQL: ${err.message}`)));
      this.child.once('exit', (code, signal) => {
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        if (!ready) {
          reject(new Error(`embedded PostgreSQL ${how} before accepting connections:\n${this.lastLog}`));
        } else if (!this.stopping) {
          const cause = `embedded PostgreSQL ${how}`;
          for (const listener of this.unexpectedExitListeners) listener(cause);
        }
      });
    });
  }
}
