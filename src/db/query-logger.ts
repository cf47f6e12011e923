import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from 'pino';
import { currentStatementTally, sqlStatementsTotal } from './statement-counter';

/** Counts every SQL statement (per request and in /metrics) and logs failures. */
export class QueryLogger implements TypeOrmLogger {
  constructor(private readonly logger: Logger) {}

  logQuery(query: string): void {
    sqlStatementsTotal.inc();
    const tally = currentStatementTally();
    if (tally) tally.count++;
    this.logger.trace({ query }, 'sql');
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.debug({ err: error, query }, 'sql failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ time, query }, 'slow sql');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}
