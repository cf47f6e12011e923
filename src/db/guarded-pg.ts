import pg from 'pg';
import type { Logger } from 'pino';

/**
 * node-postgres for TypeORM, with every pooled connection listening for errors from the moment it
 * is made. A connection checked out between two statements (a session lock held through a job, a
 * transaction awaiting the application) has only its holder's listener, which TypeORM removes when
 * the first error releases it; a second error from the same dying connection (the server's
 * "terminating connection" then the socket's end) was then unhandled and ended the process with
 * 1, seen when the embedded PostgreSQL was killed, instead of the planned stop with 75. The
 * holder, the pool and the database-lost handling still see every error; this one only logs.
 */
export function guardedPg(log: Logger): typeof pg {
  class GuardedPool extends pg.Pool {
    constructor(options?: pg.PoolConfig) {
      super(options);
      this.on('connect', (client) => {
        client.on('error', (err) => log.debug({ err }, 'a database connection failed'));
      });
    }
  }
  return { ...pg, Pool: GuardedPool } as typeof pg;
}
