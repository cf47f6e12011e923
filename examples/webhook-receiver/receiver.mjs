// A Lotgraph webhook receiver: checks each delivery's signature, handles each delivery once
// however often it arrives, and remembers what it handled across restarts. Node 20+, no dependencies.
//
//   LOTGRAPH_WEBHOOK_SECRET=... DEDUPE_FILE=./handled-deliveries.log node receiver.mjs
//
// Delivery is at least once: a retry after a lost answer, a redelivery, or a takeover after a
// Lotgraph process died mid-send repeats a delivery, always under the same lotgraph-delivery-id.
// So the id is recorded only once the delivery is handled, and a repeat of a handled one is
// answered 200 without handling it again. Answering 2xx only when done makes Lotgraph retry the
// rest. Keep ids longer than a delivery can come back: its 24-hour retry window, plus however
// late an operator may still redeliver it (DEDUPE_TTL_HOURS, 30 days by default).
import http from 'node:http';
import fs from 'node:fs';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { pathToFileURL } from 'node:url';

/** `lotgraph-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, at most `toleranceSeconds` old. */
export function signatureIsValid(secret, header, rawBody, nowSeconds = Date.now() / 1000, toleranceSeconds = 300) {
  const fields = new Map(String(header ?? '').split(',').map((part) => part.split('=', 2)));
  const timestamp = Number(fields.get('t'));
  const given = Buffer.from(fields.get('v1') ?? '', 'hex');
  if (!Number.isInteger(timestamp) || given.length === 0 || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Handled delivery ids with their expiry, kept in an append-only file (one `<id> <expires ms>`
 * line each) so that a restart still knows them. A database table with a unique key does the
 * same for several receiver instances behind one URL.
 */
export class HandledDeliveries {
  constructor(file, ttlMs) {
    this.file = file;
    this.ttlMs = ttlMs;
    this.expiries = new Map();
    const now = Date.now();
    const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
    for (const line of lines) {
      const [id, expires] = line.split(' ');
      if (id && Number(expires) > now) this.expiries.set(id, Number(expires));
    }
    // Compacted at each start: expired ids are dropped.
    fs.writeFileSync(file, [...this.expiries].map(([id, expires]) => `${id} ${expires}\n`).join(''));
  }

  has(id) {
    return (this.expiries.get(id) ?? 0) > Date.now();
  }

  add(id) {
    const expires = Date.now() + this.ttlMs;
    fs.appendFileSync(this.file, `${id} ${expires}\n`);
    this.expiries.set(id, expires);
  }
}

/** The receiver: `handle(body, headers)` runs once per delivery id, and must throw if it did not finish. */
export function createReceiver({ secret, handled, handle }) {
  const inProgress = new Set();
  return http.createServer(async (req, res) => {
    if (req.method !== 'POST') return void res.writeHead(405).end();
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (!signatureIsValid(secret, req.headers['lotgraph-signature'], raw)) return void res.writeHead(401).end('bad signature');
    const deliveryId = String(req.headers['lotgraph-delivery-id'] ?? '');
    if (!deliveryId) return void res.writeHead(400).end('no lotgraph-delivery-id');
    if (handled.has(deliveryId)) return void res.writeHead(200).end('duplicate');
    // The same delivery arriving while it is being handled (a takeover): Lotgraph retries it later.
    if (inProgress.has(deliveryId)) return void res.writeHead(409).end('being handled');
    inProgress.add(deliveryId);
    try {
      await handle(JSON.parse(raw), req.headers);
      handled.add(deliveryId);
      res.writeHead(200).end('handled');
    } catch (err) {
      res.writeHead(500).end(`not handled: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      inProgress.delete(deliveryId);
    }
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const secret = process.env.LOTGRAPH_WEBHOOK_SECRET;
  if (!secret) throw new Error('Set LOTGRAPH_WEBHOOK_SECRET');
  const handled = new HandledDeliveries(process.env.DEDUPE_FILE ?? './handled-deliveries.log', Number(process.env.DEDUPE_TTL_HOURS ?? 720) * 3_600_000);
  // Your processing goes here; this one prints one line per delivery handled.
  const handle = async (body, headers) => {
    console.log(JSON.stringify({ handled: headers['lotgraph-delivery-id'], eventId: body.extensions.eventId, eventType: body.extensions.eventType }));
  };
  const server = createReceiver({ secret, handled, handle });
  server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '127.0.0.1', () => {
    const { address, port } = server.address();
    console.log(JSON.stringify({ listening: `http://${address}:${port}/lotgraph` }));
  });
  process.on('SIGTERM', () => server.close());
}
