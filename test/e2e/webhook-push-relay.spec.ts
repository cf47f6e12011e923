import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { inspectionSetup } from '../support/quality-fixtures';
import { CreateWebhookDocument, RedeliverWebhookDocument, WebhookDeliveriesDocument } from '../generated/graphql';
import { probeUntil } from '../support/probe-until';

/**
 * The README's push path for a mobile alert app, run as written: Lotgraph -> webhook -> the
 * partner's push relay (examples/push-relay/relay.mjs, in its own process) -> a push provider.
 * The relay checks signatures, pushes each event once however often it is delivered, and makes
 * Lotgraph retry when the push provider fails.
 */
const SECRET = 'whsec-push-relay-0123456789';
const relayAccount: Caller = { roles: ['INTEGRATION'], sub: 'svc-push-relay', name: 'Mobile push relay' };

interface Push {
  title: string;
  body: string;
  topic: string;
  data: { eventId: string; lotId?: string };
}

let t: TestServer;
let relay: ChildProcess;
let relayUrl: string;
let provider: http.Server;
const pushes: Push[] = [];
let failPushes = 0;

beforeAll(async () => {
  t = await createTestServer({ WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_POLL_MS: '50' });
  // The push provider (FCM or a gateway to APNs), faked: records each notification, fails when told to.
  provider = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (failPushes > 0) {
        failPushes--;
        res.writeHead(503).end();
        return;
      }
      pushes.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Push);
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  relay = spawn(process.execPath, [join(__dirname, '../../examples/push-relay/relay.mjs')], {
    env: { ...process.env, PORT: '0', LOTGRAPH_WEBHOOK_SECRET: SECRET, PUSH_PROVIDER_URL: `http://127.0.0.1:${(provider.address() as AddressInfo).port}/send` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await new Promise<string[]>((resolve, reject) => {
    relay.once('exit', (code) => reject(new Error(`relay exited with ${code}`)));
    createInterface({ input: relay.stdout! }).once('line', (l) => resolve([l]));
  });
  relayUrl = (JSON.parse(line) as { listening: string }).listening;
});

afterAll(async () => {
  relay?.kill('SIGTERM');
  await new Promise<void>((resolve) => (provider ? provider.close(() => resolve()) : resolve()));
  await t?.close();
});

describe("mobile push through a partner's push relay", () => {
  it('pushes each lot status change and alert once, in order, retried by Lotgraph while the push provider fails, and not again when redelivered', async () => {
    const setup = await inspectionSetup(t, 'PUSH');
    const created = await t.ok(CreateWebhookDocument, { input: { url: relayUrl, eventTypes: ['LOT_STATUS_CHANGED', 'ALERT_RAISED'], secret: SECRET } }, relayAccount);
    expect(created.createWebhook.userErrors).toEqual([]);
    const hook = created.createWebhook.webhook!;
    failPushes = 1;
    const { lot } = await setup.failedLot('PUSH-L1');
    await probeUntil(
      () => pushes.length,
      (n) => n >= 4,
    );

    expect(pushes.map((p) => [p.topic, p.title])).toEqual([
      ['lots', `Lot ${lot.lotNumber}: QUARANTINE`],
      ['lots', `Lot ${lot.lotNumber}: UNDER_TEST`],
      ['lots', `Lot ${lot.lotNumber}: REJECTED`],
      ['alerts-INSPECTION_FAILED', 'INSPECTION_FAILED'],
    ]);
    const log = (await t.ok(WebhookDeliveriesDocument, { webhookId: hook.id }, relayAccount)).webhookDeliveries!.edges.map((e) => e.node);
    // The first delivery met the failing push provider: the relay answered 502 and Lotgraph sent it again.
    const first = log.find((d) => d.eventId === pushes[0].data.eventId)!;
    expect(first.log.map((a) => a.statusCode)).toEqual([502, 200]);

    const rejected = log.find((d) => d.eventId === pushes[2].data.eventId)!;
    const again = await t.ok(RedeliverWebhookDocument, { input: { deliveryId: rejected.id } }, relayAccount);
    expect(again.redeliverWebhook.userErrors).toEqual([]);
    const redelivered = await probeUntil(
      async () => (await t.ok(WebhookDeliveriesDocument, { webhookId: hook.id }, relayAccount)).webhookDeliveries!.edges.map((e) => e.node).find((d) => d.id === rejected.id)!,
      (d) => d.status === 'SUCCEEDED' && d.attempts === rejected.attempts + 1,
    );
    expect(redelivered.log.at(-1)?.statusCode).toBe(200);
    expect(pushes).toHaveLength(4);
  });

  it('refuses a delivery whose signature does not verify, and pushes nothing for it', async () => {
    const before = pushes.length;
    const body = JSON.stringify({ data: { alerts: { type: 'LOT_ON_HOLD', subjectType: 'Lot', subjectId: 'lot_x', message: 'forged' } }, extensions: { eventId: '999999', eventType: 'ALERT_RAISED' } });
    const res = await fetch(relayUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'lotgraph-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` }, body });
    expect(res.status).toBe(401);
    expect(pushes).toHaveLength(before);
  });
});
