import { randomUUID } from 'node:crypto';
import type { Platform } from '../../core/platform';

/**
 * SQL: the claim on the delivery aliased `d` no longer binds (its send may be taken over or
 * redelivered): its hard lease ran out, or the process that claimed it has not beaten for
 * `leaseMs` (it died mid-send). Claims from before the heartbeat (no `leased_by`) keep their lease.
 */
export function leaseLapsed(d: string, leaseMs: number): string {
  return `(${d}.leased_until <= now() OR (${d}.leased_by IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM webhook_sender s WHERE s.id = ${d}.leased_by AND s.beat_at > now() - interval '${Math.trunc(leaseMs)} milliseconds')))`;
}

/**
 * This process's liveness for its claims: one row, beaten every third of `leaseMs`, so a process
 * that dies mid-send loses its claims `leaseMs` later however long its sends could have taken,
 * and a live one keeps them through a slow send. One statement per beat, whatever is in flight:
 * delivery rows are not touched (their change time stays the time of a real change).
 */
export class SenderHeartbeat {
  readonly id = `whs_${randomUUID().replace(/-/g, '')}`;
  private timer: NodeJS.Timeout | null = null;
  /** Settles once the first beat is in: no claim names this process before. */
  ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly platform: Platform,
    private readonly leaseMs: number,
  ) {}

  start(): void {
    this.ready = this.beat().then(() => this.forgetDeadProcesses());
    this.timer = setInterval(() => void this.beat(), Math.floor(this.leaseMs / 3));
    this.timer.unref();
  }

  /** Stops beating and leaves: called once this process has no send in flight. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.platform.dataSource.query('DELETE FROM webhook_sender WHERE id = $1', [this.id]).catch(() => undefined);
  }

  /** Rows of processes that died long ago (a stopped one deletes its own); their claims lapsed with their beat. */
  private async forgetDeadProcesses(): Promise<void> {
    await this.platform.dataSource.query(`DELETE FROM webhook_sender WHERE beat_at < now() - interval '1 day'`).catch(() => undefined);
  }

  private async beat(): Promise<void> {
    try {
      await this.platform.dataSource.query('INSERT INTO webhook_sender (id, beat_at) VALUES ($1, now()) ON CONFLICT (id) DO UPDATE SET beat_at = now()', [this.id]);
    } catch (err) {
      // A missed beat only risks a takeover (a duplicate send, which receivers discard by delivery id).
      this.platform.log.warn({ err }, 'webhook sender heartbeat failed');
    }
  }
}
