import { createHmac } from 'node:crypto';
import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { createMaterial } from '../support/fixtures';
import { startWebhookReceiver, type ReceivedDelivery } from '../support/webhook-receiver';
import { verifySignatureHeader } from '../../src/modules/webhooks/webhook-signature';
import { CreateWebhookDocument } from '../generated/graphql';

/**
 * A delivery is signed `lotgraph-signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`:
 * the timestamp is inside the MAC, so a captured delivery cannot be passed off as a fresh one.
 * The partner's side is computed here with node:crypto, from the published definition.
 */
const SECRET = 'whsec-rules-0123456789abcdef';
const integration: Caller = { roles: ['INTEGRATION'], sub: 'svc-signed', name: 'Signed connector' };
let t: TestServer;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let delivery: ReceivedDelivery;

const hmac = (timestamp: string, body: string) => createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex');

function signatureOf(d: ReceivedDelivery): { t: string; v1: string } {
  const header = String(d.headers['lotgraph-signature']);
  expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
  return { t: parts.t, v1: parts.v1 };
}

beforeAll(async () => {
  t = await createTestServer({ WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_POLL_MS: '50' });
  receiver = await startWebhookReceiver();
  const hook = await t.ok(CreateWebhookDocument, { input: { url: receiver.url, eventTypes: ['MATERIAL_CHANGED'], secret: SECRET } }, integration);
  expect(hook.createWebhook.userErrors).toEqual([]);
  await createMaterial(t, 'WHS-1');
  for (const until = Date.now() + 10_000; receiver.received.length === 0 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
  [delivery] = receiver.received;
  expect(delivery.json).toMatchObject({ extensions: { eventType: 'MATERIAL_CHANGED' }, data: { materialChanged: { material: { code: 'WHS-1' } } } });
});
afterAll(async () => {
  await receiver?.close();
  await t?.close();
});

describe('webhook signatures', () => {
  it('are HMAC-SHA256 with the shared secret over "<t>.<body>", t being the send time', async () => {
    const signature = signatureOf(delivery);
    expect(signature.v1).toBe(hmac(signature.t, delivery.body));
    expect(Math.abs(Number(signature.t) - Date.now() / 1000)).toBeLessThan(120);
  });

  it('do not verify a captured body and signature replayed under a fresh timestamp', async () => {
    const captured = signatureOf(delivery);
    const fresh = Number(captured.t) + 600;
    expect(verifySignatureHeader(SECRET, `t=${fresh},v1=${captured.v1}`, delivery.body, fresh)).toBe(false);
    expect(verifySignatureHeader(SECRET, `t=${captured.t},v1=${captured.v1}`, delivery.body, fresh)).toBe(false);
    expect(verifySignatureHeader(SECRET, `t=${fresh},v1=${hmac(String(fresh), delivery.body)}`, delivery.body, fresh)).toBe(true);
  });
});
