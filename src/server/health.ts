import type { Express, NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { migrationsApplied } from '../db/data-source';
import { answerServiceUnavailable } from './database-outage';

/**
 * Whether this process can serve: not once it is stopping (SIGTERM) and not once its embedded
 * database is gone (it then exits for its supervisor to restart it). Requests that arrive then
 * are refused with 503 before any work, and the requests in flight are counted so that a stop
 * can wait for them.
 */
export class ServiceHealth {
  private stoppingSince: number | null = null;
  private lost: string | null = null;
  private inFlight = 0;

  get serving(): boolean {
    return this.stoppingSince === null && this.lost === null;
  }

  get lostDatabase(): string | null {
    return this.lost;
  }

  stopping(): void {
    this.stoppingSince ??= Date.now();
  }

  databaseLost(cause: string): void {
    this.lost ??= cause;
  }

  /** Resolves once no request is in flight, or false after `timeoutMs`. */
  async requestsDone(timeoutMs: number): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (this.inFlight > 0) {
      if (Date.now() > until) return false;
      await sleep(10);
    }
    return true;
  }

  /** First middleware: refuses new work while not serving, counts the work it lets in. */
  admission() {
    return (_req: Request, res: Response, next: NextFunction): void => {
      if (!this.serving) {
        res.setHeader('Connection', 'close');
        answerServiceUnavailable(res);
        return;
      }
      this.inFlight++;
      res.once('close', () => this.inFlight--);
      next();
    };
  }

  /**
   * /healthz: the process can serve (its database may still be briefly away: see /readyz).
   * /readyz: the database answers and every migration is applied.
   */
  routes(app: Express, dataSource: DataSource): void {
    app.get('/healthz', (_req, res) => {
      res.json({ status: 'ok' });
    });
    app.get('/readyz', async (_req, res) => {
      try {
        await dataSource.query('SELECT 1');
        const ready = await migrationsApplied(dataSource);
        res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'migrations pending' });
      } catch {
        res.status(503).json({ status: 'database unreachable' });
      }
    });
  }
}
