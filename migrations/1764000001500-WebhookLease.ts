import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A delivery being sent carries an explicit lease: the sender that claimed it owns the attempt
 * until `leased_until`, so a redelivery cannot start a second send of it meanwhile, and a
 * crashed sender's delivery is retried once the lease runs out. Deliveries claimed before this
 * migration keep their old implicit lease (their next_attempt_at), so none needs filling in.
 */
export class WebhookLease1764000001500 implements MigrationInterface {
  name = 'WebhookLease1764000001500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_delivery ADD COLUMN leased_until timestamptz(3)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_delivery DROP COLUMN leased_until`);
  }
}
