import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface PeerServer {
  url: string;
  subscribers(): Promise<number>;
  /** Resolves once the peer serves at least `n` subscriptions. */
  waitForSubscribers(n: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
  /** kill -9: the process dies mid-whatever, as in a crash; resolves once it is gone. */
  kill(): Promise<void>;
}

/** Forks another Lotgraph server process (TypeScript compiled on the fly by swc) with `env`. */
export async function startPeerServer(env: Record<string, string>): Promise<PeerServer> {
  const child: ChildProcess = fork(path.join(__dirname, 'peer-server.ts'), [], {
    execArgv: ['-r', path.join(__dirname, 'swc-register.js')],
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (msg: { url?: string }) => (msg.url ? resolve(msg.url) : reject(new Error('peer did not start'))));
    child.once('exit', (code) => reject(new Error(`peer exited with ${code}`)));
  });
  const ask = <T>(cmd: string, key: string) =>
    new Promise<T>((resolve) => {
      const onMessage = (msg: Record<string, unknown>) => {
        if (key in msg) {
          child.off('message', onMessage);
          resolve(msg[key] as T);
        }
      };
      child.on('message', onMessage);
      child.send({ cmd });
    });
  const peer: PeerServer = {
    url,
    subscribers: () => ask<number>('subscribers', 'subscribers'),
    async waitForSubscribers(n, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while ((await peer.subscribers()) < n) {
        if (Date.now() > until) throw new Error(`peer has fewer than ${n} subscribers`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ cmd: 'stop' });
      }),
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
  return peer;
}
