import type { Platform } from '../../core/platform';
import { dispatchWebhookDeliveries } from './webhook-dispatcher';
import { sendDueDeliveries, type SenderOptions } from './webhook-sender';
import { WEBHOOK_EVENT_TYPES } from './webhook-event-types';

/**
 * Runs in every process: on each published event (and every `pollMs` for retries) it turns new
 * events into deliveries and sends what is due. State lives in the database, so deliveries
 * survive restarts and several processes share the work.
 */
export class WebhookWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private events: AsyncIterator<unknown> | null = null;

  constructor(
    private readonly platform: Platform,
    private readonly options: SenderOptions & { pollMs: number },
  ) {}

  start(): void {
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

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.events?.return?.();
    await this.running;
  }

  private async round(): Promise<void> {
    try {
      while ((await dispatchWebhookDeliveries(this.platform)) > 0 && !this.stopped);
      while ((await sendDueDeliveries(this.platform, this.options)) > 0 && !this.stopped);
    } catch (err) {
      if (!this.stopped) this.platform.log.error({ err }, 'webhook round failed');
    }
  }
}
