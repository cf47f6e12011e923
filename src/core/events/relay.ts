import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { PublishedEvent } from './domain-event';
import { EventStream } from './event-stream';
import { SEQUENCED_AFTER, toEvent, type OutboxRow } from './outbox-rows';
import { sequenceCommitted } from './outbox-sequencer';
import { withoutStatementTally } from '../../db/statement-counter';
import { MAX_REPLAY, ResumedStream, type Position } from './resumed-stream';
import type { OutboxWakeup } from './wakeup';
import type { EventScope } from './event-scope';
import { validationFailed } from '../graphql/errors';

const PAGE = 500;

const MAX_BIGINT = 9223372036854775807n;

/**
 * Publishes committed outbox events to this process's subscribers, in `seq` order: each poll
 * first numbers what has committed since the last one (any process's numbering counts), then
 * reads past its cursor. A transaction still open anywhere delays only its own events. Any
 * process's commit wakes every relay through the wake-up transport; polling is the fallback.
 */
export class EventRelay {
  private cursor: Position | null = null;
  private readonly streams = new Set<{ types: Set<string>; stream: EventStream<PublishedEvent> }>();
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly log: Logger,
    private readonly wakeup: OutboxWakeup,
    private readonly intervalMs = 1000,
    private readonly maxReplay = MAX_REPLAY,
  ) {}

  get transport(): OutboxWakeup['transport'] {
    return this.wakeup.transport;
  }

  async start(): Promise<void> {
    await sequenceCommitted(this.dataSource);
    const rows: { seq: string; id: string }[] = await this.dataSource.query('SELECT seq::text, id::text FROM outbox_event WHERE seq IS NOT NULL ORDER BY outbox_event.seq DESC LIMIT 1');
    this.cursor = rows[0] ?? { seq: '0', id: '0' };
    await this.wakeup.start(() => this.wake());
    this.schedule();
  }

  /** Inside a transaction that wrote outbox events. */
  beforeCommit(manager: EntityManager): Promise<void> {
    return this.wakeup.beforeCommit(manager);
  }

  /** After a local commit of outbox events: this process reads them now, the others when woken. */
  committed(): void {
    this.wakeup.afterCommit();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.wakeup.stop();
    await this.polling;
    // A copy: each stream's return() removes it from the set.
    // oxlint-disable-next-line unicorn/no-useless-spread
    for (const s of [...this.streams]) void s.stream.return();
  }

  /**
   * Reads newly committed events now rather than on the next poll. The relay's work belongs to
   * no request: run outside the caller's context, its statements (and the polls it schedules)
   * are not counted as the committing request's.
   */
  wake(): void {
    withoutStatementTally(() => this.wakeNow());
  }

  private wakeNow(): void {
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

  /** The last event this relay has published: a stream subscribed now gets the events after it ("0" before any). */
  get position(): string {
    return this.cursor?.id ?? '0';
  }

  subscribe(types: string[]): EventStream<PublishedEvent> {
    const entry = { types: new Set(types), stream: null as unknown as EventStream<PublishedEvent> };
    entry.stream = new EventStream<PublishedEvent>(() => this.streams.delete(entry));
    this.streams.add(entry);
    return entry.stream;
  }

  /**
   * Resumes a subscription after the event `afterId`: the events of `types` committed since,
   * read from the outbox in order, then the live ones, with no gap and no duplicate (the live
   * stream is registered at the relay's current position, which the replay stops at). With a
   * `scope`, the replay reads (and the cap counts) only the events in it.
   */
  async subscribeAfter(types: string[], afterId: string, scope?: EventScope): Promise<AsyncIterableIterator<PublishedEvent>> {
    const found = await this.positionOf(afterId);
    if (!found) throw validationFailed(`No event ${afterId} to resume after`, 'after');
    const live = this.subscribe(types);
    const upTo = this.cursor ?? { seq: '0', id: '0' };
    const resumed = new ResumedStream(this.dataSource, types, found, upTo, live, scope);
    await resumed.refuseBacklogOver(this.maxReplay);
    return resumed;
  }

  /**
   * Publishes every event committed so far, and resolves once each subscriber has taken all it
   * was given (a stop waits for this before it closes their sockets), or false after `timeoutMs`.
   */
  async deliverCommitted(timeoutMs: number): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    // A poll can be long (a backlog of events to read): it is waited for only until the deadline.
    const pollsDone = async () => {
      while (this.polling && Date.now() < until) {
        await Promise.race([this.polling, new Promise((r) => setTimeout(r, Math.max(0, until - Date.now())).unref())]);
      }
      return !this.polling;
    };
    if (!(await pollsDone())) return false;
    this.wake();
    if (!(await pollsDone())) return false;
    for (;;) {
      if ([...this.streams].every((s) => s.stream.settled)) return true;
      if (Date.now() > until) return false;
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  get subscriberCount(): number {
    return this.streams.size;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => this.wake(), this.intervalMs);
    this.timer.unref();
  }

  /**
   * Where a client's event id stands in delivery order ("0": before every event). An event not
   * numbered yet (committed since the last poll) is numbered first.
   */
  private async positionOf(eventId: string): Promise<Position | null> {
    if (eventId === '0') return { seq: '0', id: '0' };
    if (!/^\d{1,19}$/.test(eventId) || BigInt(eventId) > MAX_BIGINT) return null;
    const lookUp = async () => ((await this.dataSource.query('SELECT seq::text, id::text FROM outbox_event WHERE id = $1', [eventId])) as { seq: string | null; id: string }[])[0];
    let found = await lookUp();
    if (found && found.seq === null) {
      await sequenceCommitted(this.dataSource);
      found = await lookUp();
    }
    return found?.seq ? { seq: found.seq, id: found.id } : null;
  }

  private async poll(): Promise<void> {
    if (!this.cursor) return;
    try {
      await sequenceCommitted(this.dataSource);
      for (;;) {
        const rows: OutboxRow[] = await this.dataSource.query(`${SEQUENCED_AFTER} LIMIT ${PAGE}`, [this.cursor.seq]);
        for (const row of rows) this.publish(row);
        if (rows.length > 0) {
          const last = rows[rows.length - 1];
          this.cursor = { seq: last.seq, id: last.id };
        }
        // A stop does not wait for a long backlog to be read to its end.
        if (rows.length < PAGE || this.stopped) break;
      }
    } catch (err) {
      if (!this.stopped) this.log.error({ err }, 'outbox relay poll failed');
    }
  }

  private publish(row: OutboxRow): void {
    const event = toEvent(row);
    for (const { types, stream } of this.streams) {
      if (types.has(event.type)) stream.push(event);
    }
  }
}
