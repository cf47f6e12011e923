import { createTestServer, subscribe, type TestServer } from '../support/test-server';
import { createMaterial } from '../support/fixtures';

/**
 * Events are read in (transaction id, event id) order as numbers. Read as text, 100 sorts
 * before 99: a replay came out of order, and a live page's last row (the relay's cursor) was
 * not its highest, so the next read sent the rest again.
 */
let t: TestServer;
beforeAll(async () => {
  t = await createTestServer({ OUTBOX_POLL_MS: '50' });
});
afterAll(async () => {
  await t?.close();
});

const MATERIAL_CHANGED = 'subscription($after: ID) { materialChanged(after: $after) { eventId material { code } } }';
type Received = { materialChanged: { eventId: string; material: { code: string } } };

/** Copies of a committed MaterialChanged event under the given ids, committed in one transaction. */
async function committedCopies(templateId: string, ids: number[]) {
  await t.sql(
    `INSERT INTO outbox_event (id, event_type, aggregate_type, aggregate_id, payload, occurred_at, request_id)
    SELECT n, event_type, aggregate_type, aggregate_id, jsonb_set(payload, '{record,code}', to_jsonb('ORDER-' || n)), occurred_at, request_id
    FROM outbox_event, unnest($2::bigint[]) AS n WHERE id = $1`,
    [templateId, ids],
  );
}

async function eventIdOf(code: string): Promise<string> {
  const [row] = await t.sql<{ id: string }>(`SELECT id::text FROM outbox_event WHERE payload->'record'->>'code' = $1`, [code]);
  return row.id;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('event order across a power of ten', () => {
  it("replays a transaction's events in ascending order after `after:`", async () => {
    await createMaterial(t, 'ORDER-TEMPLATE');
    const template = await eventIdOf('ORDER-TEMPLATE');
    await committedCopies(template, [99, 100, 101]);
    const sub = subscribe<Received>(t.ws({ authorization: `Bearer ${t.token('QA_MANAGER')}` }), MATERIAL_CHANGED, { after: template });
    await sub.waitFor(3);
    expect(sub.events.map((e) => e.materialChanged.material.code)).toEqual(['ORDER-99', 'ORDER-100', 'ORDER-101']);
    sub.unsubscribe();
  });

  it('delivers a live page once, in order, when its ids cross a power of ten', async () => {
    const sub = subscribe<Received>(t.ws({ authorization: `Bearer ${t.token('QA_MANAGER')}` }), MATERIAL_CHANGED);
    await t.subscribers(1);
    const template = await eventIdOf('ORDER-TEMPLATE');
    await committedCopies(template, [998, 999, 1000, 1001]);
    await sub.waitFor(4);
    // Twenty polls more: a cursor left behind the page would have sent 1000 and 1001 again by now.
    await pause(1000);
    expect(sub.events.map((e) => e.materialChanged.material.code)).toEqual(['ORDER-998', 'ORDER-999', 'ORDER-1000', 'ORDER-1001']);
    sub.unsubscribe();
  });
});
