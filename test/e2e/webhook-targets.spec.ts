import { createTestServer, type Caller, type TestServer } from '../support/test-server';
import { createMaterial } from '../support/fixtures';
import { startWebhookReceiver } from '../support/webhook-receiver';
import { CreateWebhookDocument, WebhookDeliveriesDocument } from '../generated/graphql';

// A server as deployed: production rules for webhook targets, quick retries for the test.
const integration: Caller = { roles: ['INTEGRATION'], sub: 'svc-prod', name: 'Production connector' };
let t: TestServer;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  t = await createTestServer({ NODE_ENV: 'production', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_POLL_MS: '50' });
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await t?.close();
});

const register = (url: string) => t.ok(CreateWebhookDocument, { input: { url, eventTypes: ['MATERIAL_CHANGED'], secret: 'whsec-0123456789abcdef' } }, integration);

describe('webhook targets in production', () => {
  it('refuses to register a target on this host or a private network', async () => {
    for (const url of [receiver.url.replace('http:', 'https:'), 'https://10.1.2.3/hook', 'https://[::1]/hook', 'https://169.254.169.254/latest']) {
      const res = await register(url);
      expect([url, res.createWebhook.userErrors[0]?.field]).toEqual([url, ['input', 'url']]);
    }
  });

  it('checks the target again at every send and never connects once its name resolves to this host (DNS rebinding)', async () => {
    const created = await register('https://203.0.113.7/hook');
    expect(created.createWebhook.userErrors).toEqual([]);
    const hook = created.createWebhook.webhook!;
    // The partner's DNS name now points at this host: the stored address is what a re-resolution would give.
    await t.sql('UPDATE webhook SET url = $2 WHERE id = $1', [hook.id, receiver.url.replace('127.0.0.1', 'localhost').replace('http:', 'https:')]);
    await createMaterial(t, 'WHT-REBOUND');
    const deadline = Date.now() + 10_000;
    let delivery: { status: string; attempts: number; lastError: string | null } | undefined;
    while (Date.now() < deadline) {
      delivery = (await t.ok(WebhookDeliveriesDocument, { webhookId: hook.id }, integration)).webhookDeliveries!.edges[0]?.node;
      if (delivery && delivery.attempts >= 2) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(delivery).toMatchObject({ status: 'PENDING', lastError: 'InternalTargetError: target resolves to an internal address' });
    expect(delivery!.attempts).toBeGreaterThanOrEqual(2);
    expect(receiver.received).toEqual([]);
  });
});
