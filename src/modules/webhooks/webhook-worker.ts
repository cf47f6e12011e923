import type { Platform } from '../../core/platform';
import { dispatchWebhookDeliveries } from './webhook-dispatcher';
import { startDueSends, type SenderOptions } from './webhook-sender';
import { SenderHeartbeat } from './webhook-sender-heartbeat';
import { WEBHOOK_EVENT_TYPES } from './webhook-event-types';

/**
 * Sends one process keeps in flight at most. A round does not wait for its sends: a slow
 * endpoint holds only its own slots, and the process keeps claiming what is due meanwhile,
 * among it the deliveries of a process that died mid-send.
 */
const MAX_IN_FLIGHT = 20;
/** Deliveries claimed per statement. */
const BATCH = 10;

/**
 * Runs in every process: on each published event, each finished send (and every `pollMs` for
 * retries and takeovers) it turns new events into deliveries and sends what is due. State lives
 * in the database, so deliveries survive restarts and several processes share the work.
 */
export class WebhookWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private events: AsyncIterator<unknown> | null = null;
  private readonly heartbeat: SenderHeartbeat;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly platform: Platform,
    private readonly options: SenderOptions & { pollMs: number },
  ) {
    this.heartbeat = new SenderHeartbeat(platform, options.leaseMs);
  }

  start(): void {
    this.heartbeat.start();
    const stream = this.platform.events.subscribe([...WEBHOOK_EVENT_TYPES]);
    this.events = stream;
    void (async () => {
      for await (const _event of stream) this.kick();
    })();
    this.timer = setInterval(() => this.kick(), this.options.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Runs a round now, or right after the one in progress. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.round().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Claims nothing more, lets the sends in flight finish, then leaves the heartbeat. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.events?.return?.();
    await this.running;
    await Promise.all(this.inFlight);
    await this.heartbeat.stop();
  }

  private async round(): Promise<void> {
    try {
      await this.heartbeat.ready;
      while ((await dispatchWebhookDeliveries(this.platform)) > 0 && !this.stopped);
      while (!this.stopped && this.inFlight.size < MAX_IN_FLIGHT) {
        const sends = await startDueSends(this.platform, { id: this.heartbeat.id, options: this.options }, Math.min(BATCH, MAX_IN_FLIGHT - this.inFlight.size));
        if (sends.length === 0) break;
        for (const send of sends) this.track(send);
      }
    } catch (err) {
      if (!this.stopped) this.platform.log.error({ err }, 'webhook round failed');
    }
  }

  /** A finished send frees its slot and may unblock its webhook's next delivery: look again. */
  private track(send: Promise<void>): void {
    const tracked: Promise<void> = send
      .catch((err: unknown) => this.platform.log.error({ err }, 'webhook send failed'))
      .finally(() => {
        this.inFlight.delete(tracked);
        this.kick();
      });
    this.inFlight.add(tracked);
  }
}
