// A partner's push relay for a mobile alert app: it receives Lotgraph webhook deliveries, checks
// their signature, drops repeats by event id, and forwards one notification per event to a push
// provider (FCM, APNs through a gateway, or your own push service). Node 20+, no dependencies.
//
//   LOTGRAPH_WEBHOOK_SECRET=... PUSH_PROVIDER_URL=https://push.example.com/send node relay.mjs
//
// It answers 2xx only once the event is handled (pushed, or deliberately skipped), so Lotgraph
// retries anything it did not take: a 401 for a bad signature, a 502 when the push provider failed.
import http from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { pathToFileURL } from 'node:url';

/** Lotgraph's signature: `lotgraph-signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. */
export function verifySignature(secret, header, rawBody, nowSeconds = Date.now() / 1000, toleranceSeconds = 300) {
  const parts = Object.fromEntries(String(header ?? '').split(',').map((p) => p.split('=', 2)));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The notification for a delivery body, or null for events this app does not push. */
export function notificationFor(body) {
  const { eventId, eventType } = body.extensions;
  if (eventType === 'ALERT_RAISED') {
    const alert = body.data.alerts;
    return { key: `${alert.subjectType}:${alert.subjectId}`, version: null, topic: `alerts-${alert.type}`, title: alert.type, body: alert.message, data: { eventId, subjectId: alert.subjectId } };
  }
  if (eventType === 'LOT_STATUS_CHANGED') {
    const { lot, status, reason } = body.data.lotStatusChanged;
    return {
      key: `Lot:${lot.id}`, version: lot.version, topic: 'lots', title: `Lot ${lot.lotNumber}: ${status}`, body: reason ?? `Now ${status}`,
      data: { eventId, lotId: lot.id },
    };
  }
  return null;
}

export function createRelay({ secret, pushUrl }) {
  // In production keep both in a database: event ids for at least the 24-hour retry window (plus
  // redeliveries), with a unique key so that two relay instances cannot both push one event.
  const handled = new Set();
  const latestVersion = new Map();
  return http.createServer(async (req, res) => {
    if (req.method !== 'POST') return void res.writeHead(405).end();
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (!verifySignature(secret, req.headers['lotgraph-signature'], raw)) return void res.writeHead(401).end('bad signature');
    const body = JSON.parse(raw);
    const { eventId } = body.extensions;
    if (handled.has(eventId)) return void res.writeHead(200).end('duplicate');
    const notification = notificationFor(body);
    // A redelivered old change must not undo a newer one on the phone: the record's version tells which is later.
    const stale = notification?.version != null && notification.version <= (latestVersion.get(notification.key) ?? 0);
    if (notification && !stale) {
      const sent = await fetch(pushUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': eventId }, body: JSON.stringify(notification) })
        .then((r) => r.ok, () => false);
      if (!sent) return void res.writeHead(502).end('push provider unavailable');
      if (notification.version != null) latestVersion.set(notification.key, notification.version);
    }
    handled.add(eventId);
    res.writeHead(200).end(notification && !stale ? 'pushed' : 'skipped');
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const secret = process.env.LOTGRAPH_WEBHOOK_SECRET;
  const pushUrl = process.env.PUSH_PROVIDER_URL;
  if (!secret || !pushUrl) throw new Error('Set LOTGRAPH_WEBHOOK_SECRET and PUSH_PROVIDER_URL');
  const server = createRelay({ secret, pushUrl });
  server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '127.0.0.1', () => {
    const { address, port } = server.address();
    console.log(JSON.stringify({ listening: `http://${address}:${port}/lotgraph` }));
  });
  process.on('SIGTERM', () => server.close());
}
