import type { DataSource } from 'typeorm';
import { EventStream } from '../../src/core/events/event-stream';
import { ResumedStream } from '../../src/core/events/resumed-stream';
import type { PublishedEvent } from '../../src/core/events/domain-event';
import type { OutboxRow } from '../../src/core/events/outbox-rows';

const event = (id: number): PublishedEvent => ({
  id: String(id),
  seq: String(id),
  type: 'MaterialChanged',
  aggregateType: 'Material',
  aggregateId: `mat_${id}`,
  payload: {},
  occurredAt: new Date(0),
  requestId: null,
});
const row = (id: number): OutboxRow => ({
  id: String(id),
  seq: String(id),
  event_type: 'MaterialChanged',
  aggregate_type: 'Material',
  aggregate_id: `mat_${id}`,
  payload: {},
  occurred_at: new Date(0),
  request_id: null,
});

describe('a subscriber that falls too far behind', () => {
  it('is ended with SUBSCRIBER_TOO_SLOW, not completed, and its stream is released', async () => {
    const onClose = jest.fn();
    const stream = new EventStream<PublishedEvent>(onClose, 2);
    [1, 2, 3].forEach((i) => stream.push(event(i)));
    expect(onClose).toHaveBeenCalledTimes(1);
    await expect(stream.next()).rejects.toMatchObject({ extensions: { code: 'SUBSCRIBER_TOO_SLOW' }, message: expect.stringContaining('after:') });
    await expect(stream.next()).resolves.toEqual({ value: undefined, done: true });
  });

  it('during a replay stops reading the outbox and is ended with SUBSCRIBER_TOO_SLOW after what it already got', async () => {
    // Full pages: without the overflow the replay would go on reading.
    const page = Array.from({ length: 500 }, (_, i) => row(i + 1));
    const query = jest.fn(async () => page);
    const live = new EventStream<PublishedEvent>(() => undefined, 2);
    const resumed = new ResumedStream(
      { query, driver: { escapeQueryWithParameters: (sql: string) => [sql, []] } } as unknown as DataSource,
      ['MaterialChanged'],
      { seq: '0', id: '0' },
      { seq: '99999', id: '99999' },
      live,
    );
    expect((await resumed.next()).value?.id).toBe('1');
    [1001, 1002, 1003].forEach((i) => live.push(event(i)));
    for (let i = 2; i <= 500; i++) expect((await resumed.next()).value?.id).toBe(String(i));
    await expect(resumed.next()).rejects.toMatchObject({ extensions: { code: 'SUBSCRIBER_TOO_SLOW' } });
    expect(query).toHaveBeenCalledTimes(1);
  });
});
