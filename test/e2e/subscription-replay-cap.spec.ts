import { createTestServer, subscribe, type TestServer } from '../support/test-server';
import { createMaterial } from '../support/fixtures';

const MATERIAL_CHANGED = 'subscription($after: ID) { materialChanged(after: $after) { eventId material { code } } }';
type MaterialEvent = { materialChanged: { eventId: string; material: { code: string } } };

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer({ SUBSCRIPTION_MAX_REPLAY: '3' });
});
afterAll(async () => {
  await t?.close();
});

describe('the replay cap of a resumed subscription', () => {
  it('refuses a resume from further back than the cap before sending any event, and releases its stream', async () => {
    const auth = { authorization: `Bearer ${t.token('AUDITOR')}` };
    // Replay stops where this process's relay is; a live subscriber shows it has read them all,
    // and gives the positions a client resumes from: the eventId of the last event it saw.
    const watcher = subscribe<MaterialEvent>(t.ws(auth), MATERIAL_CHANGED);
    await t.subscribers(t.subscriberCount + 1);
    for (const code of ['CAP-0', 'CAP-1', 'CAP-2', 'CAP-3', 'CAP-4']) await createMaterial(t, code);
    await watcher.waitFor(5);
    const seen = (code: string) => watcher.events.find((e) => e.materialChanged.material.code === code)!.materialChanged.eventId;
    const from = seen('CAP-0');
    const base = t.subscriberCount;
    const tooFar = subscribe<MaterialEvent>(t.ws(auth), MATERIAL_CHANGED, { after: from });
    await tooFar.waitUntil(() => false, 3000);
    expect(tooFar.events).toEqual([]);
    expect(tooFar.done).toBe(true);
    expect(JSON.stringify(tooFar.errors)).toMatch(/More than 3 events were missed.*VALIDATION_FAILED/);
    expect(t.subscriberCount).toBe(base);

    const within = seen('CAP-1');
    const resumed = subscribe<MaterialEvent>(t.ws(auth), MATERIAL_CHANGED, { after: within });
    await resumed.waitFor(3);
    expect(resumed.events.map((e) => e.materialChanged.material.code)).toEqual(['CAP-2', 'CAP-3', 'CAP-4']);
    expect(resumed.errors).toEqual([]);
  });
});
