import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deliveries of one webhook are sent in the order the dispatcher created them (the outbox's
 * order): `seq` records that order, and the sender claims a delivery only while no earlier one
 * of its webhook is still PENDING (the partial index answers that per webhook). Existing rows
 * are numbered in whatever order the table holds them; new ones in dispatch order.
 */
export class WebhookDeliveryOrder1764000001730 implements MigrationInterface {
  name = 'WebhookDeliveryOrder1764000001730';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE webhook_delivery ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY`);
    await q.query(`CREATE INDEX webhook_delivery_pending_seq_idx ON webhook_delivery (webhook_id, seq) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX webhook_delivery_pending_seq_idx`);
    await q.query(`ALTER TABLE webhook_delivery DROP COLUMN seq`);
  }
}
