import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { UPGRADE_JWT_SECRET } from './graphql-client';

export interface ReleaseServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * A release's compiled server (`<checkout>/dist/src/main.js`) on `databaseUrl`. Development
 * mode: the first start seeds the demo plant (the previous release's own seed, through its own
 * services) and webhooks may point at this host. Its output goes to `logFile`.
 */
export async function startRelease(checkout: string, databaseUrl: string, logFile: string): Promise<ReleaseServer> {
  const log = fs.openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, [path.join(checkout, 'dist/src/main.js')], {
    cwd: checkout,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      JWT_SECRET: UPGRADE_JWT_SECRET,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      WEBHOOK_POLL_MS: '200',
      WEBHOOK_RETRY_BASE_MS: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${checkout}: not ready in 120 s; see ${logFile}`)), 120_000);
    const onData = (d: Buffer) => {
      fs.writeSync(log, d);
      output += d.toString();
      const match = /Lotgraph GraphQL API: (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${checkout}: the server exited with ${code} before it was ready:\n${output.split('\n').slice(-15).join('\n')}`));
    });
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
      fs.closeSync(log);
    },
  };
}

/** A webhook receiver that accepts every delivery (so the previous release's deliveries end SUCCEEDED). */
export async function startReceiver(): Promise<{ url: string; received: () => number; stop: () => Promise<void> }> {
  let received = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received: () => received,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
