import type { Logger } from 'pino';
import type { Platform } from '../core/platform';
import { USER_CHANGED } from '../modules/users/user.events';
import { UserStatus } from '../modules/users/user.enums';

/**
 * A deactivation is an outbox event, so every process's relay hears it (through the wake-up
 * transport, in milliseconds): each forgets the account's cached check and closes its sockets at
 * once, rather than at its next event or when the principal cache expires.
 */
export function endDeactivatedSessions(platform: Platform, closeSessionsOf: (subject: string) => number, log: Logger): { stop(): Promise<void> } {
  const stream = platform.events.subscribe([USER_CHANGED]);
  void (async () => {
    for await (const event of stream) {
      const record = (event.payload as { record?: { subject?: string; status?: string } }).record;
      if (record?.status !== UserStatus.DEACTIVATED || !record.subject) continue;
      platform.principals.forget(record.subject);
      const closed = closeSessionsOf(record.subject);
      if (closed > 0) log.info({ subject: record.subject, sockets: closed }, 'closed the WebSocket sessions of a deactivated user');
    }
  })().catch((err: unknown) => log.error({ err }, 'deactivation listener stopped'));
  return {
    async stop() {
      await stream.return?.();
    },
  };
}
