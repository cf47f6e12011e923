import type { DataSource } from 'typeorm';
import type { PublishedEvent } from './domain-event';
import type { EventStream } from './event-stream';
import { GraphQLError } from 'graphql';
import { limitExtensions } from '../graphql/request-limits';
import { SELECT_EVENTS, toEvent, type OutboxRow } from './outbox-rows';
import type { EventScope } from './event-scope';

/** A place in delivery order: the event's `seq`, and its id (what clients hold). */
export interface Position {
  seq: string;
  id: string;
}

const PAGE = 500;
/** A client further behind than this re-reads through queries rather than replaying the outbox. */
export const MAX_REPLAY = 10_000;

const after = (a: { seq: string }, b: { seq: string }) => BigInt(a.seq) > BigInt(b.seq);

/**
 * Missed events from the outbox (after `from`, up to where the live stream starts), then the live
 * ones past `from`, in `seq` (delivery) order: no gap, and no duplicate even when this
 * process's relay is behind the one the client saw `from` on. A plain iterator, so `return()`
 * takes effect at once even while a `next()` is waiting.
 */
export class ResumedStream implements AsyncIterableIterator<PublishedEvent> {
  private buffer: PublishedEvent[] = [];
  private cursor: Position;
  private replaying = true;
  private closed = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly types: string[],
    private readonly from: Position,
    private readonly upTo: Position,
    private readonly live: EventStream<PublishedEvent>,
    /** The events this subscriber may receive: the cap counts, and the replay reads, only those. */
    private readonly scope: EventScope = { sql: 'TRUE', params: {} },
  ) {
    this.cursor = from;
  }

  async next(): Promise<IteratorResult<PublishedEvent>> {
    while (!this.closed) {
      if (this.buffer.length > 0) return { value: this.buffer.shift()!, done: false };
      // Live events overflowed while replaying: stop reading, so the client hears at once and resumes.
      if (this.replaying && !this.live.overflowed) {
        await this.readPage();
        continue;
      }
      const result = await this.live.next();
      if (result.done || !result.value.seq || after({ seq: result.value.seq }, this.from)) return result;
    }
    return { value: undefined, done: true };
  }

  /**
   * Refuses (and releases the stream) when more than `max` events are to be replayed, before any
   * is sent: the client then re-reads through queries rather than replaying the outbox.
   */
  async refuseBacklogOver(max: number): Promise<void> {
    try {
      const [{ n }] = await this.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM outbox_event WHERE ${this.missed()} LIMIT :max) missed`, this.from, { max: max + 1 });
      if (n > max) {
        throw new GraphQLError(`More than ${max} events were missed (SUBSCRIPTION_MAX_REPLAY); re-read the records, then subscribe without "after"`, {
          extensions: { code: 'VALIDATION_FAILED', field: 'after', ...limitExtensions('SUBSCRIPTION_MAX_REPLAY', max) },
        });
      }
    } catch (err) {
      await this.return();
      throw err;
    }
  }

  async return(): Promise<IteratorResult<PublishedEvent>> {
    this.closed = true;
    this.buffer = [];
    await this.live.return();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private async readPage(): Promise<void> {
    if (!after(this.upTo, this.cursor)) {
      this.replaying = false;
      return;
    }
    const rows = await this.query<OutboxRow>(`${SELECT_EVENTS} WHERE ${this.missed()} ORDER BY outbox_event.seq LIMIT ${PAGE}`, this.cursor);
    this.buffer = rows.map(toEvent);
    if (rows.length < PAGE) this.replaying = false;
    else this.cursor = { seq: rows[rows.length - 1].seq, id: rows[rows.length - 1].id };
  }

  /** Events of the types in this subscriber's scope after `:fromSeq` (the position the query binds), up to where the live stream starts. */
  private missed(): string {
    return `seq > CAST(:fromSeq AS bigint) AND seq <= CAST(:upToSeq AS bigint)
      AND event_type = ANY(:types) AND (${this.scope.sql})`;
  }

  private query<T>(sql: string, from: Position, params: Record<string, unknown> = {}): Promise<T[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, {
      ...this.scope.params,
      ...params,
      fromSeq: from.seq,
      upToSeq: this.upTo.seq,
      types: this.types,
    });
    return this.dataSource.query(text, values);
  }
}
