import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postWebhook, type WebhookPost } from '../../src/modules/webhooks/webhook-http';
import { InternalTargetError, targetLookup } from '../../src/modules/webhooks/webhook-target';

interface Seen {
  method?: string;
  url?: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A receiver on this host that counts TCP connections, so a refusal can be shown to connect nowhere. */
let server: http.Server;
let port: number;
let connections = 0;
let answer: (res: http.ServerResponse) => void = (res) => res.writeHead(204).end();
const seen: Seen[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      answer(res);
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  connections = 0;
  seen.length = 0;
  answer = (res) => res.writeHead(204).end();
});

const post = (url: string, refuseInternal: boolean, extra: Partial<WebhookPost> = {}): Promise<number> =>
  postWebhook({ url, headers: { 'content-type': 'application/json', 'lotgraph-event-id': '42' }, body: '{"id":"42"}', timeoutMs: 2000, refuseInternal, ...extra });

describe('webhook sends with the target check on (production)', () => {
  it('refuse a host name that resolves to this host before connecting', async () => {
    await expect(post(`http://localhost:${port}/hook`, true)).rejects.toThrow(new InternalTargetError());
    expect(connections).toBe(0);
    expect(seen).toEqual([]);
  });

  it('refuse internal IP literals, which never go through the lookup', async () => {
    for (const url of [`http://127.0.0.1:${port}/hook`, `http://[::1]:${port}/hook`, 'http://169.254.169.254/latest/meta-data', 'https://10.0.0.1/hook']) {
      await expect(post(url, true)).rejects.toThrow('target resolves to an internal address');
    }
    expect(connections).toBe(0);
  });

  it('resolve through a lookup that hands the socket only the addresses it checked', async () => {
    const lookup = (refuse: boolean, all: boolean) =>
      new Promise<{ err: Error | null; address: unknown }>((resolve) => {
        targetLookup(refuse)('localhost', { all }, (err, address) => resolve({ err, address }));
      });
    expect((await lookup(true, true)).err).toBeInstanceOf(InternalTargetError);
    expect((await lookup(true, false)).err).toBeInstanceOf(InternalTargetError);
    const open = await lookup(false, false);
    expect(open.err).toBeNull();
    expect(['127.0.0.1', '::1']).toContain(open.address);
  });
});

describe('webhook sends with the target check off (development and tests)', () => {
  it('reach a local receiver with the headers, the body and the Host header of the URL', async () => {
    expect(await post(`http://localhost:${port}/hooks/lotgraph?x=1`, false)).toBe(204);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', url: '/hooks/lotgraph?x=1', body: '{"id":"42"}' });
    expect(seen[0].headers).toMatchObject({ host: `localhost:${port}`, 'content-type': 'application/json', 'lotgraph-event-id': '42', 'content-length': '11' });
  });

  it('answer a redirect as its status without following it, and give up after the time limit', async () => {
    answer = (res) => res.writeHead(302, { location: `http://127.0.0.1:${port}/elsewhere` }).end();
    expect(await post(`http://127.0.0.1:${port}/hook`, false)).toBe(302);
    expect(seen.map((s) => s.url)).toEqual(['/hook']);
    answer = () => undefined;
    await expect(post(`http://127.0.0.1:${port}/hook`, false, { timeoutMs: 100 })).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('do not wait for the body of a response that streams without end', async () => {
    answer = (res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('x'.repeat(64 * 1024));
    };
    expect(await post(`http://127.0.0.1:${port}/hook`, false)).toBe(200);
  });
});
