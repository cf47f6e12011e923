import { Client } from 'pg';
import { createTestServer, subscribe, type TestServer } from '../support/test-server';
import { createMaterial } from '../support/fixtures';
import { testDatabaseEnv } from '../support/test-database';

/**
 * A committed event is delivered without waiting for transactions that did not write it: one
 * open in another database of the same PostgreSQL, or a long one in Lotgraph's own database
 * (which delays only its own events). The fallback poll is a minute, so each delivery below came
 * through the commit's wake-up while the other transaction was still open.
 */
let t: TestServer;
beforeAll(async () => {
  t = await createTestServer({ OUTBOX_POLL_MS: '60000' });
});
afterAll(async () => {
  await t?.close();
});

const MATERIAL_CHANGED = 'subscription($after: ID) { materialChanged(after: $after) { eventId material { code } } }';
type Received = { materialChanged: { eventId: string; material: { code: string } } };
const codes = (events: Received[]) => events.map((e) => e.materialChanged.material.code);

async function openTransaction(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  return client;
}

/** A copy of a committed MaterialChanged event under another code, in `client`'s transaction. */
async function insertCopy(client: Client, templateEventId: string, code: string): Promise<void> {
  await client.query(
    `INSERT INTO outbox_event (event_type, aggregate_type, aggregate_id, payload, occurred_at, request_id)
    SELECT event_type, aggregate_type, aggregate_id, jsonb_set(payload, '{record,code}', to_jsonb($2::text)), clock_timestamp(), request_id
    FROM outbox_event WHERE id = $1`,
    [templateEventId, code],
  );
}

async function subscribed(after?: string) {
  const base = t.subscriberCount;
  const sub = subscribe<Received>(t.ws({ authorization: `Bearer ${t.token('QA_MANAGER')}` }), MATERIAL_CHANGED, after ? { after } : {});
  await t.subscribers(base + 1);
  return sub;
}

it('delivers while another database of the same server holds a write open', async () => {
  const other = await openTransaction(testDatabaseEnv().adminUrl);
  try {
    await other.query('CREATE TEMP TABLE held_open (n int)');
    await other.query('INSERT INTO held_open VALUES (1)');
    const sub = await subscribed();
    await createMaterial(t, 'NHB-OTHER-DB');
    await sub.waitFor(1, 10_000);
    expect(codes(sub.events)).toEqual(['NHB-OTHER-DB']);
    sub.unsubscribe();
  } finally {
    await other.query('ROLLBACK');
    await other.end();
  }
});

it('delivers past a long Lotgraph transaction, then its own events once it commits, in that order on resume too', async () => {
  const template = await createMaterial(t, 'NHB-TEMPLATE');
  const sub = await subscribed();
  // The long transaction takes its id first, so it is older than the API's transaction below.
  const long = await openTransaction(t.databaseUrl);
  let longCommitted = false;
  try {
    await long.query('SELECT pg_current_xact_id()');
    await createMaterial(t, 'NHB-AFTER-LONG');
    await sub.waitUntil((events) => codes(events).includes('NHB-AFTER-LONG'), 10_000);
    const templateEvent = sub.events.find((e) => codes([e])[0] === 'NHB-AFTER-LONG')!.materialChanged.eventId;
    await insertCopy(long, templateEvent, 'NHB-LONG');
    await long.query(`SELECT pg_notify('lotgraph_outbox', '')`);
    await long.query('COMMIT');
    longCommitted = true;
    await sub.waitUntil((events) => codes(events).includes('NHB-LONG'), 10_000);
    expect(codes(sub.events).filter((c) => c !== template.code)).toEqual(['NHB-AFTER-LONG', 'NHB-LONG']);

    // Resuming from before both gives the same order, each once.
    const first = sub.events[0].materialChanged.eventId;
    const resumed = await subscribed(first);
    await resumed.waitUntil((events) => codes(events).includes('NHB-LONG'), 10_000);
    const live = sub.events.slice(1).map((e) => [e.materialChanged.eventId, codes([e])[0]]);
    expect(resumed.events.map((e) => [e.materialChanged.eventId, codes([e])[0]])).toEqual(live);
    sub.unsubscribe();
    resumed.unsubscribe();
  } finally {
    if (!longCommitted) await long.query('ROLLBACK');
    await long.end();
  }
});
