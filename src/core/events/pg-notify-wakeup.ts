import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { OUTBOX_CHANNEL, type OutboxWakeup } from './wakeup';

const RECONNECT_MS = 1000;

/** Wake-ups through PostgreSQL LISTEN/NOTIFY on one dedicated connection, reconnected if it drops. */
export class PgNotifyWakeup implements OutboxWakeup {
  readonly transport = 'postgres' as const;
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly log: Logger,
  ) {}

  async start(onWake: () => void): Promise<void> {
    const client = new Client({ connectionString: this.connectionString, application_name: 'lotgraph-listen' });
    client.on('notification', () => onWake());
    client.on('error', (err) => {
      this.log.warn({ err }, 'LISTEN connection failed; relying on polling until it is back');
      this.reconnect(onWake);
    });
    await client.connect();
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    this.client = client;
    // Events committed while no connection listened are read now.
    onWake();
  }

  async beforeCommit(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
  }

  afterCommit(): void {}

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private reconnect(onWake: () => void): void {
    const broken = this.client;
    this.client = null;
    void broken?.end().catch(() => undefined);
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.stopped) return;
      this.start(onWake).catch((err: unknown) => {
        this.log.warn({ err }, 'LISTEN reconnect failed');
        this.reconnect(onWake);
      });
    }, RECONNECT_MS);
    this.retry.unref();
  }
}
