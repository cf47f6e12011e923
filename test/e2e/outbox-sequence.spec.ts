import { Client } from 'pg';
import { SEQUENCE_COMMITTED } from '../../src/core/events/outbox-sequencer';
import { createTestDatabase } from '../support/test-database';

/**
 * The outbox's delivery order under concurrency: writers commit events from several
 * connections while several readers each number (`outbox_sequence`) and read what follows their
 * cursor, as every process's relay does. Each reader must see every event exactly once, in
 * numbers that never skip (a skipped number read later would be an event a cursor passed by),
 * with each transaction's events together.
 */
let db: { url: string; drop(): Promise<void> };
const clients: Client[] = [];
async function connect(): Promise<Client> {
  const c = new Client({ connectionString: db.url });
  await c.connect();
  clients.push(c);
  return c;
}
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  await db?.drop();
});

const WRITERS = 6;
const TRANSACTIONS_PER_WRITER = 40;
const READERS = 3;

async function write(writer: number): Promise<{ tx: string; ids: string[] }[]> {
  const c = await connect();
  const written: { tx: string; ids: string[] }[] = [];
  for (let i = 0; i < TRANSACTIONS_PER_WRITER; i++) {
    await c.query('BEGIN');
    const events = 1 + ((writer + i) % 3);
    const { rows } = await c.query<{ id: string; tx: string }>(
      `INSERT INTO outbox_event (event_type, aggregate_type, aggregate_id, payload, occurred_at)
       SELECT 'SequenceProbe', 'Probe', $1, '{}'::jsonb, clock_timestamp() FROM generate_series(1, $2)
       RETURNING id::text, tx_id::text AS tx`,
      [`w${writer}-${i}`, events],
    );
    // Some transactions stay open a moment, so commits interleave with numbering.
    if (i % 5 === 0) await new Promise((r) => setTimeout(r, 3));
    await c.query('COMMIT');
    written.push({ tx: rows[0].tx, ids: rows.map((r) => r.id) });
  }
  return written;
}

async function read(done: () => boolean, total: () => number): Promise<{ seq: number; id: string }[]> {
  const c = await connect();
  const seen: { seq: number; id: string }[] = [];
  let cursor = 0;
  for (;;) {
    const finished = done();
    await c.query(SEQUENCE_COMMITTED);
    const { rows } = await c.query<{ seq: string; id: string }>(`SELECT seq::text, id::text FROM outbox_event WHERE seq > $1 AND event_type = 'SequenceProbe' ORDER BY outbox_event.seq`, [cursor]);
    for (const r of rows) seen.push({ seq: Number(r.seq), id: r.id });
    if (rows.length) cursor = Number(rows[rows.length - 1].seq);
    if (finished && seen.length >= total()) return seen;
  }
}

it('numbers every committed event once, without gaps, whole transactions together, as readers race', async () => {
  const before = await connect();
  const {
    rows: [{ last }],
  } = await before.query<{ last: string }>('SELECT last_seq::text AS last FROM outbox_sequencer');
  let finished = false;
  const writing = Promise.all(Array.from({ length: WRITERS }, (_, w) => write(w))).finally(() => {
    finished = true;
  });
  let expected = Infinity;
  const reading = Promise.all(
    Array.from({ length: READERS }, () =>
      read(
        () => finished,
        () => expected,
      ),
    ),
  );
  const written = (await writing).flat();
  expected = written.reduce((n, tx) => n + tx.ids.length, 0);
  const seen = await reading;

  const allIds = written.flatMap((tx) => tx.ids).sort();
  for (const reader of seen) {
    expect(reader.map((e) => e.seq)).toEqual(Array.from({ length: expected }, (_, i) => Number(last) + 1 + i));
    expect(reader.map((e) => e.id).sort()).toEqual(allIds);
    // A transaction's events hold consecutive numbers, in their insertion order.
    const seqOf = new Map(reader.map((e) => [e.id, e.seq]));
    for (const tx of written) {
      const seqs = tx.ids.map((id) => seqOf.get(id)!);
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => seqs[0] + i));
    }
  }
});

it('orders a transaction that took its id first but wrote after another one committed after it', async () => {
  const older = await connect();
  const newer = await connect();
  await older.query('BEGIN');
  await older.query('SELECT pg_current_xact_id()');
  const insert = (c: Client, code: string) =>
    c.query<{ id: string }>(
      `INSERT INTO outbox_event (event_type, aggregate_type, aggregate_id, payload, occurred_at)
     VALUES ('SequenceProbe', 'Probe', 'same-record', jsonb_build_object('code', $1::text), clock_timestamp()) RETURNING id::text`,
      [code],
    );
  const first = (await insert(newer, 'first')).rows[0].id;
  const second = (await insert(older, 'second')).rows[0].id;
  await older.query('COMMIT');
  await older.query(SEQUENCE_COMMITTED);
  const { rows } = await older.query<{ id: string }>(`SELECT id::text FROM outbox_event WHERE id = ANY($1) ORDER BY seq`, [[first, second]]);
  expect(rows.map((r) => r.id)).toEqual([first, second]);
});
