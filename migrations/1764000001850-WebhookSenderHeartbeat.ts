import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A crashed sender's deliveries are taken over within seconds, and every attempt is logged
 * before its request goes out. Each running process beats in `webhook_sender` (one row per
 * process, one UPDATE per beat however many sends it has in flight); a claim names its process
 * in `leased_by`, and another process may take it over once that process's beat is stale.
 * An attempt's log line is written before the send with `duration_ms` NULL and completed after
 * it: a line left NULL is an attempt whose outcome is unknown (its sender died mid-send).
 */
export class WebhookSenderHeartbeat1764000001850 implements MigrationInterface {
  name = 'WebhookSenderHeartbeat1764000001850';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE webhook_sender (id text PRIMARY KEY, beat_at timestamptz(3) NOT NULL)`);
    await q.query(`ALTER TABLE webhook_delivery ADD COLUMN leased_by text`);
    await q.query(`ALTER TABLE webhook_attempt ALTER COLUMN duration_ms DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE webhook_attempt SET duration_ms = 0, error = coalesce(error, 'outcome unknown: its sender stopped mid-send')
      WHERE duration_ms IS NULL`);
    await q.query(`ALTER TABLE webhook_attempt ALTER COLUMN duration_ms SET NOT NULL`);
    await q.query(`ALTER TABLE webhook_delivery DROP COLUMN leased_by`);
    await q.query(`DROP TABLE webhook_sender`);
  }
}
