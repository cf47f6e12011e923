import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createTestServer, type TestServer } from '../support/test-server';
import { createMaterial } from '../support/fixtures';
import { probeUntil } from '../support/probe-until';
import { CreateWebhookDocument, RedeliverWebhookDocument, WebhookDeliveriesDocument } from '../generated/graphql';

/**
 * The receiver of the README (examples/webhook-receiver/receiver.mjs, in its own process) gets a
 * real delivery, is restarted, and gets the same delivery again: it handles it once.
 */

const SECRET = 'whsec-example-0123456789';

let t: TestServer;
let dir: string;

interface Receiver {
  url: string;
  lines: Record<string, string>[];
  stop(): Promise<void>;
}

async function startExampleReceiver(port: number): Promise<Receiver> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, '../../examples/webhook-receiver/receiver.mjs')], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), LOTGRAPH_WEBHOOK_SECRET: SECRET, DEDUPE_FILE: join(dir, 'handled.log') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: Record<string, string>[] = [];
  const listening = new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (l) => {
      const line = JSON.parse(l) as Record<string, string>;
      if (line.listening) resolve(line.listening);
      else lines.push(line);
    });
  });
  return {
    url: await listening,
    lines,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

beforeAll(async () => {
  t = await createTestServer({ WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_POLL_MS: '50' });
  dir = fs.mkdtempSync(join(os.tmpdir(), 'lotgraph-receiver-'));
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('handles a delivery once, by its lotgraph-delivery-id, even when it comes again after the receiver restarted', async () => {
  const first = await startExampleReceiver(0);
  const created = await t.ok(CreateWebhookDocument, { input: { url: first.url, eventTypes: ['MATERIAL_CHANGED'], secret: SECRET } }, 'ADMIN');
  expect(created.createWebhook.userErrors).toEqual([]);
  const hook = created.createWebhook.webhook!;
  const deliveries = async () => (await t.ok(WebhookDeliveriesDocument, { webhookId: hook.id }, 'ADMIN')).webhookDeliveries!.edges.map((e) => e.node);

  const unsigned = await fetch(first.url, { method: 'POST', headers: { 'lotgraph-delivery-id': 'whd_forged', 'lotgraph-signature': 't=1,v1=00' }, body: '{}' });
  expect(unsigned.status).toBe(401);

  await createMaterial(t, 'RX-1');
  const [sent] = await probeUntil(deliveries, (d) => d[0]?.status === 'SUCCEEDED');
  expect(sent.log).toEqual([expect.objectContaining({ attempt: 1, statusCode: 200, outcome: 'SUCCEEDED' })]);
  expect(first.lines).toEqual([{ handled: sent.id, eventId: sent.eventId, eventType: 'MATERIAL_CHANGED' }]);

  await first.stop();
  const second = await startExampleReceiver(Number(new URL(first.url).port));
  const redelivered = await t.ok(RedeliverWebhookDocument, { input: { deliveryId: sent.id } }, 'ADMIN');
  expect(redelivered.redeliverWebhook.userErrors).toEqual([]);
  const [again] = await probeUntil(deliveries, (d) => d[0]?.attempts === 2 && d[0]?.status === 'SUCCEEDED');
  expect(again.log.map((a) => [a.attempt, a.statusCode, a.outcome])).toEqual([
    [1, 200, 'SUCCEEDED'],
    [2, 200, 'SUCCEEDED'],
  ]);
  // Answered 200 as a duplicate: not handled again.
  expect(second.lines).toEqual([]);
  await second.stop();
});
