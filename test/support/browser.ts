import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium package (`.ci/run` installs it when it is missing), or another build of Chromium named by CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Headless Chromium from the system packages: no browser download, no network of its own. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (as .ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A file on disk (read on each request) or text made by the test. */
export type StaticFile = { type: string; file: string } | { type: string; text: string };

/** A web server for a front-end on another origin than the API: serves the given files, nothing else. */
export async function serveFrontEnd(files: Record<string, StaticFile>) {
  const server = http.createServer((req, res) => {
    const entry = files[new URL(req.url ?? '/', 'http://x').pathname];
    if (req.method !== 'GET' || !entry) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': entry.type }).end('file' in entry ? fs.readFileSync(entry.file) : entry.text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
