import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LifecycleColumns } from '../../core/persistence/lifecycle-columns';
import type { Role } from '../../core/authz/role';
import type { WebhookDeliveryStatus, WebhookStatus } from './webhook.types';
import type { WebhookEventType } from './webhook-event-types';

/** A partner endpoint and the events it wants, delivered as its owner may read them. */
@Entity('webhook')
export class WebhookEntity extends LifecycleColumns {
  static readonly typeName = 'Webhook';

  @PrimaryColumn('text') id: string;
  @Column('text') url: string;
  @Column('text', { name: 'event_types', array: true }) eventTypes: WebhookEventType[];
  /** The HMAC key; never returned by the API. */
  @Column('text') secret: string;
  @Column('text') status: WebhookStatus;
  @Column('text', { name: 'owner_subject' }) ownerSubject: string;
  @Column('text', { name: 'owner_name' }) ownerName: string;
  @Column('text', { name: 'owner_roles', array: true }) ownerRoles: Role[];
  @Column('text', { name: 'owner_supplier_id', nullable: true }) ownerSupplierId: string | null;
  @Column('text', { name: 'owner_site_ids', array: true }) ownerSiteIds: string[];
}

/** One event for one webhook, retried until it succeeds or its 24 hours are up. */
@Entity('webhook_delivery')
export class WebhookDeliveryEntity {
  static readonly typeName = 'WebhookDelivery';

  @PrimaryColumn('text') id: string;
  @Column('text', { name: 'webhook_id' }) webhookId: string;
  @Column('bigint', { name: 'event_id' }) eventId: string;
  @Column('text', { name: 'event_type' }) eventType: string;
  /** Exactly the JSON that is signed and sent. */
  @Column('jsonb') body: Record<string, unknown>;
  @Column('text') status: WebhookDeliveryStatus;
  @Column('integer') attempts: number;
  @Column('timestamptz', { name: 'next_attempt_at', nullable: true }) nextAttemptAt: Date | null;
  /** Set while a sender holds the delivery mid-send; it lapses on its own if that sender dies. */
  @Column('timestamptz', { name: 'leased_until', nullable: true }) leasedUntil: Date | null;
  /** The process (its webhook_sender heartbeat) holding the lease; the lease lapses when its beat does. */
  @Column('text', { name: 'leased_by', nullable: true }) leasedBy: string | null;
  @Column('timestamptz', { name: 'give_up_at' }) giveUpAt: Date;
  @Column('integer', { name: 'last_status_code', nullable: true }) lastStatusCode: number | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('timestamptz', { name: 'delivered_at', nullable: true }) deliveredAt: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  /** The last change of status or attempt: a trigger keeps it. */
  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()', insert: false, update: false }) updatedAt: Date;
  /** Outbox order of the webhook's deliveries, which the sender keeps: the database assigns it. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS', insert: false, update: false }) seq: string;
}

/** The log line of one delivery attempt. */
@Entity('webhook_attempt')
export class WebhookAttemptEntity {
  @PrimaryColumn('text', { name: 'delivery_id' }) deliveryId: string;
  @PrimaryColumn('integer') attempt: number;
  @Column('timestamptz', { name: 'attempted_at' }) attemptedAt: Date;
  @Column('integer', { name: 'status_code', nullable: true }) statusCode: number | null;
  @Column('text', { nullable: true }) error: string | null;
  /** Null from just before the request goes out until its outcome is in: left null, the outcome is unknown (its sender died mid-send). */
  @Column('integer', { name: 'duration_ms', nullable: true }) durationMs: number | null;
}
