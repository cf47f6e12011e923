import { createClient, type RedisClientType } from 'redis';
import type { EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { OUTBOX_CHANNEL, type OutboxWakeup } from './wakeup';

/** Wake-ups through Redis pub/sub; node-redis reconnects on its own, polling covers the gap. */
export class RedisWakeup implements OutboxWakeup {
  readonly transport = 'redis' as const;
  private publisher: RedisClientType | null = null;
  private subscriber: RedisClientType | null = null;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
  ) {}

  async start(onWake: () => void): Promise<void> {
    let connected = false;
    // Unreachable at start-up: fail the start; later: retry with backoff while polling covers the gap.
    const reconnectStrategy = (retries: number, cause: Error) => (connected ? Math.min(100 * 2 ** retries, 5000) : new Error(`Redis unreachable: ${cause.message}`));
    const publisher: RedisClientType = createClient({ url: this.url, socket: { connectTimeout: 5000, reconnectStrategy } });
    publisher.on('error', (err: unknown) => this.log.warn({ err }, 'Redis publisher error'));
    const subscriber = publisher.duplicate();
    subscriber.on('error', (err: unknown) => this.log.warn({ err }, 'Redis subscriber error'));
    await publisher.connect();
    await subscriber.connect();
    await subscriber.subscribe(OUTBOX_CHANNEL, () => onWake());
    connected = true;
    this.publisher = publisher;
    this.subscriber = subscriber;
    onWake();
  }

  async beforeCommit(_manager: EntityManager): Promise<void> {}

  afterCommit(): void {
    this.publisher?.publish(OUTBOX_CHANNEL, '').catch((err: unknown) => this.log.warn({ err }, 'Redis publish failed; subscribers wait for the next poll'));
  }

  async stop(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
    await this.publisher?.quit().catch(() => undefined);
    this.subscriber = null;
    this.publisher = null;
  }
}
