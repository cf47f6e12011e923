import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { PublishedEvent } from './domain-event';
import { EventStream } from './event-stream';

interface OutboxRow {
  id: string;
  tx_id: string;
  event_type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  request_id: string | null;
}

/**
 * Publishes committed outbox events to this process's subscribers. Events are read in
 * (transaction id, id) order and only from transactions older than the oldest one still
 * running, so an event committed late by a long transaction is never skipped.
 */
export class EventRelay {
  private cursor: { txId: string; id: string } | null = null;
  private readonly streams = new Set<{ types: Set<string>; stream: EventStream<PublishedEvent> }>();
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly log: Logger,
    private readonly intervalMs = 250,
  ) {}

  async start(): Promise<void> {
    const rows: { tx_id: string; id: string }[] = await this.dataSource.query(
      `SELECT tx_id::text, id::text FROM outbox_event
       WHERE tx_id < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY tx_id DESC, id DESC LIMIT 1`,
    );
    this.cursor = rows[0] ? { txId: rows[0].tx_id, id: rows[0].id } : { txId: '0', id: '0' };
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.polling;
    for (const s of [...this.streams]) void s.stream.return();
  }

  /** Called after a local commit so subscribers hear about it without waiting for the timer. */
  wake(): void {
    if (this.stopped) return;
    if (this.polling) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.polling = this.poll().finally(() => {
      this.polling = null;
      if (this.again) {
        this.again = false;
        this.wake();
      } else this.schedule();
    });
  }

  subscribe(types: string[]): EventStream<PublishedEvent> {
    const entry = { types: new Set(types), stream: null as unknown as EventStream<PublishedEvent> };
    entry.stream = new EventStream<PublishedEvent>(() => this.streams.delete(entry));
    this.streams.add(entry);
    return entry.stream;
  }

  get subscriberCount(): number {
    return this.streams.size;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => this.wake(), this.intervalMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    if (!this.cursor) return;
    try {
      for (;;) {
        const rows: OutboxRow[] = await this.dataSource.query(
          `SELECT id::text, tx_id::text, event_type, aggregate_type, aggregate_id, payload, occurred_at, request_id
           FROM outbox_event
           WHERE (tx_id, id) > ($1::xid8, $2::bigint) AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
           ORDER BY tx_id, id LIMIT 500`,
          [this.cursor.txId, this.cursor.id],
        );
        for (const row of rows) this.publish(row);
        if (rows.length > 0) {
          const last = rows[rows.length - 1];
          this.cursor = { txId: last.tx_id, id: last.id };
        }
        if (rows.length < 500) return;
      }
    } catch (err) {
      if (!this.stopped) this.log.error({ err }, 'outbox relay poll failed');
    }
  }

  private publish(row: OutboxRow): void {
    const event: PublishedEvent = {
      id: row.id,
      type: row.event_type,
      aggregateType: row.aggregate_type,
      aggregateId: row.aggregate_id,
      payload: row.payload,
      occurredAt: row.occurred_at,
      requestId: row.request_id,
    };
    for (const { types, stream } of this.streams) {
      if (types.has(event.type)) stream.push(event);
    }
  }
}
