import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../core/context';
import { assertCan, canOn } from '../../core/authz/guard';
import { authorizedQuery } from '../../core/graphql/authorized-query';
import { SortDirection, type Connection, type ConnectionArgs } from '../../core/graphql/connection';
import { ErrorCode } from '../../core/graphql/error-code';
import { paginate } from '../../core/graphql/keyset';
import type { ChangeWindowFilter } from '../../core/graphql/change-window';
import { fail } from '../../core/graphql/user-error';
import { newId } from '../../core/ids';
import { inTransaction } from '../../core/mutation';
import { updateVersioned } from '../../core/persistence/versioned-update';
import { InputValidator } from '../../core/validation';
import { RETRY_WINDOW_MS } from './webhook-backoff';
import { WebhookDeliveryEntity, WebhookEntity } from './webhook.entities';
import { EVENT_GONE, freshBodies, OWNER_DEACTIVATED } from './webhook-fresh-bodies';
import { parseWebhookEventType, WebhookEventType } from './webhook-event-types';
import { subscriptionDocument } from './webhook-body';
import { WEBHOOK_SPEC } from './webhook.table';
import { resolvesToPublicAddresses } from './webhook-target';
import { leaseLapsed } from './webhook-sender-heartbeat';
import {
  WebhookStatus,
  type CreateWebhookInput,
  type DeleteWebhookInput,
  type RedeliverWebhookInput,
  type SetWebhookStatusInput,
  type UpdateWebhookInput,
  type WebhookDeliveryStatus,
  type WebhookEventTypeDescription,
} from './webhook.types';

export function listWebhooks(ctx: RequestContext, args: ConnectionArgs, filter?: ChangeWindowFilter): Promise<Connection<WebhookEntity>> {
  return paginate(
    authorizedQuery(ctx, WEBHOOK_SPEC),
    args,
    [
      { column: 'wh.created_at', direction: SortDirection.DESC, value: (w) => w.createdAt },
      { column: 'wh.id', direction: SortDirection.DESC, value: (w) => w.id },
    ],
    filter,
  );
}

/** A webhook's delivery log, newest first; NOT_FOUND unless the caller may read the webhook. */
export async function listDeliveries(
  ctx: RequestContext,
  webhookId: string,
  args: ConnectionArgs,
  status?: WebhookDeliveryStatus[] | null,
  filter?: ChangeWindowFilter,
): Promise<Connection<WebhookDeliveryEntity>> {
  const webhook = await authorizedQuery(ctx, WEBHOOK_SPEC).andWhere('wh.id = :id', { id: webhookId }).getOne();
  if (!webhook) fail(ErrorCode.NOT_FOUND, `No webhook ${webhookId}`, ['webhookId']);
  const qb = ctx.manager.createQueryBuilder(WebhookDeliveryEntity, 'whd').where('whd.webhook_id = :id', { id: webhook.id });
  if (status) qb.andWhere('whd.status = ANY(:status)', { status });
  return paginate(
    qb,
    args,
    [
      { column: 'whd.created_at', direction: SortDirection.DESC, value: (d) => d.createdAt },
      { column: 'whd.id', direction: SortDirection.DESC, value: (d) => d.id },
    ],
    filter,
    { createdAt: 'whd.created_at', updatedAt: 'whd.updated_at' },
  );
}

/** Registers an endpoint for events; deliveries carry only what the registering account may read. */
export async function createWebhook(ctx: RequestContext, input: CreateWebhookInput): Promise<WebhookEntity> {
  assertCan(ctx, 'create', 'Webhook');
  if (ctx.principal.kind !== 'user') fail(ErrorCode.FORBIDDEN, 'Webhooks belong to an authenticated account', ['input']);
  const v = new InputValidator();
  const production = ctx.platform.config.nodeEnv === 'production';
  const url = webhookUrl(v, input.url, production);
  // The deprecated free-string `events` still works; errors name the field the client used.
  const named = input.eventTypes ?? input.events;
  const eventTypes = named ? webhookEventTypes(v, input.eventTypes ? 'eventTypes' : 'events', named) : [];
  if (!named) v.fail('eventTypes', 'Name at least one event type');
  webhookSecret(v, input.secret);
  v.throwIfAny();
  await assertPublicTarget(url, production);
  return inTransaction(ctx, async ({ ctx: tx, audit }) => {
    const { principal } = ctx;
    const webhook = await tx.manager.save(
      tx.manager.create(WebhookEntity, {
        id: newId('wh'),
        url,
        eventTypes,
        secret: input.secret,
        status: WebhookStatus.ACTIVE,
        ownerSubject: principal.id,
        ownerName: principal.name,
        ownerRoles: principal.roles,
        ownerSupplierId: principal.supplierId ?? null,
        ownerSiteIds: principal.siteIds,
        customFields: {},
        version: 1,
      }),
    );
    audit({ action: 'CREATE', entityType: 'Webhook', entityId: webhook.id, changes: [{ field: 'webhook', old: null, new: { url, eventTypes, owner: principal.id, roles: principal.roles } }] });
    return webhook;
  });
}

/** Changes a webhook's URL, events or secret (its owner or ADMIN); the owner stays who registered it. */
export async function updateWebhook(ctx: RequestContext, input: UpdateWebhookInput): Promise<WebhookEntity> {
  assertCan(ctx, 'update', 'Webhook');
  const v = new InputValidator();
  const production = ctx.platform.config.nodeEnv === 'production';
  const reason = v.text('reason', input.reason, 2000);
  const url = input.url != null ? webhookUrl(v, input.url, production) : undefined;
  const eventTypes = input.eventTypes != null ? webhookEventTypes(v, 'eventTypes', input.eventTypes) : undefined;
  if (input.secret != null) webhookSecret(v, input.secret);
  v.throwIfAny();
  if (url) await assertPublicTarget(url, production);
  return inTransaction(ctx, async ({ ctx: tx, audit }) => {
    const before = await ownedWebhook(ctx, tx.manager, input.id, 'update');
    const changes = { ...(url ? { url } : {}), ...(eventTypes ? { eventTypes } : {}), ...(input.secret != null ? { secret: input.secret } : {}) };
    const webhook = await updateVersioned(tx, WebhookEntity, before.id, input.expectedVersion, changes);
    audit({
      action: 'UPDATE',
      entityType: 'Webhook',
      entityId: webhook.id,
      reason,
      changes: [
        ...(url ? [{ field: 'url', old: before.url, new: url }] : []),
        ...(eventTypes ? [{ field: 'eventTypes', old: before.eventTypes, new: eventTypes }] : []),
        // The secret itself never enters the audit trail.
        ...(input.secret != null ? [{ field: 'secret', old: 'set', new: 'replaced' }] : []),
      ],
    });
    return webhook;
  });
}

/** Deletes a webhook and its delivery log (its owner or ADMIN): nothing more is sent to it, not even a delivery mid-retry. */
export async function deleteWebhook(ctx: RequestContext, input: DeleteWebhookInput): Promise<string> {
  assertCan(ctx, 'delete', 'Webhook');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit }) => {
    const before = await ownedWebhook(ctx, tx.manager, input.id, 'delete', true);
    if (before.version !== input.expectedVersion) {
      fail(ErrorCode.VERSION_CONFLICT, `The record was changed by someone else (expected version ${input.expectedVersion}); reload and retry`, ['input', 'expectedVersion']);
    }
    // A sender logging or completing an attempt holds its delivery: wait for it, so that its log line is deleted too.
    await tx.manager.query('SELECT id FROM webhook_delivery WHERE webhook_id = $1 ORDER BY id FOR UPDATE', [before.id]);
    await tx.manager.query('DELETE FROM webhook_attempt WHERE delivery_id IN (SELECT id FROM webhook_delivery WHERE webhook_id = $1)', [before.id]);
    await tx.manager.query('DELETE FROM webhook_delivery WHERE webhook_id = $1', [before.id]);
    await tx.manager.delete(WebhookEntity, { id: before.id });
    audit({
      action: 'DELETE',
      entityType: 'Webhook',
      entityId: before.id,
      reason,
      changes: [{ field: 'webhook', old: { url: before.url, eventTypes: before.eventTypes, owner: before.ownerSubject }, new: null }],
    });
    return before.id;
  });
}

/** The event types a webhook may receive, each with the subscription and document its deliveries execute. */
export function describeWebhookEventTypes(ctx: RequestContext): WebhookEventTypeDescription[] {
  assertCan(ctx, 'read', 'Webhook');
  return Object.values(WebhookEventType).map((type) => {
    const source = ctx.platform.eventSubscriptions.get(type);
    return { type, subscription: source?.field ?? null, document: source ? subscriptionDocument(ctx.platform.schema, source.field) : null };
  });
}

/** The webhook, locked, if the caller may `action` it: NOT_FOUND when they may not even read it. */
async function ownedWebhook(ctx: RequestContext, manager: EntityManager, id: string, action: 'update' | 'delete', lock = false): Promise<WebhookEntity> {
  const qb = manager.createQueryBuilder(WebhookEntity, 'wh').where('wh.id = :id', { id });
  const webhook = await (lock ? qb.setLock('pessimistic_write') : qb).getOne();
  if (!webhook || !canOn(ctx, 'read', 'Webhook', webhook)) fail(ErrorCode.NOT_FOUND, `No webhook ${id}`, ['input', 'id']);
  if (!canOn(ctx, action, 'Webhook', webhook)) fail(ErrorCode.FORBIDDEN, `Not allowed to ${action} this webhook`, ['input', 'id']);
  return webhook;
}

/**
 * Sends a delivery again from now, whatever its state, with a fresh 24-hour retry window and its
 * body cut again to what the webhook's owner may read now (refused when that is nothing). A
 * delivery a live sender holds mid-send is refused until that attempt's outcome is in, so it is
 * never sent twice at once; one whose sender died mid-send may be redelivered at once.
 */
export async function redeliverWebhook(ctx: RequestContext, input: RedeliverWebhookInput): Promise<WebhookDeliveryEntity> {
  assertCan(ctx, 'update', 'Webhook');
  const field = ['input', 'deliveryId'];
  return inTransaction(ctx, async ({ ctx: tx, audit }) => {
    const delivery = await tx.manager.createQueryBuilder(WebhookDeliveryEntity, 'whd').setLock('pessimistic_write').where('whd.id = :id', { id: input.deliveryId }).getOne();
    const webhook = delivery ? await tx.manager.findOneBy(WebhookEntity, { id: delivery.webhookId }) : null;
    if (!delivery || !webhook || !canOn(ctx, 'read', 'Webhook', webhook)) fail(ErrorCode.NOT_FOUND, `No delivery ${input.deliveryId}`, field);
    if (!canOn(ctx, 'update', 'Webhook', webhook)) fail(ErrorCode.FORBIDDEN, 'Not allowed to redeliver for this webhook', field);
    const fresh = (await freshBodies(ctx.platform, tx.manager, [{ id: delivery.id, webhook_id: webhook.id, event_id: delivery.eventId }])).get(delivery.id)!;
    if ('refusal' in fresh) {
      if (fresh.refusal === EVENT_GONE) fail(ErrorCode.NOT_FOUND, `Not redelivered: ${fresh.refusal}`, field);
      fail(
        ErrorCode.FORBIDDEN,
        fresh.refusal === OWNER_DEACTIVATED ? `The webhook's owner ${webhook.ownerName} is deactivated; nothing more is delivered for them` : `Not redelivered: ${fresh.refusal}`,
        field,
      );
    }
    const [, updated] = (await tx.manager.query(
      `UPDATE webhook_delivery d SET status = 'PENDING', body = $3, next_attempt_at = now(), leased_until = NULL, leased_by = NULL,
         give_up_at = now() + ($2 || ' milliseconds')::interval
       WHERE id = $1 AND (leased_until IS NULL OR ${leaseLapsed('d', ctx.platform.config.webhooks.leaseMs)})`,
      [delivery.id, String(RETRY_WINDOW_MS), 'fault' in fresh ? delivery.body : fresh.body],
    )) as [unknown, number];
    if (updated === 0) fail(ErrorCode.INVALID_TRANSITION, 'delivery is being sent; try again shortly', field);
    audit({
      action: 'REDELIVER',
      entityType: 'Webhook',
      entityId: webhook.id,
      changes: [{ field: 'delivery', old: { id: delivery.id, status: delivery.status }, new: { id: delivery.id, status: 'PENDING' } }],
    });
    return tx.manager.findOneByOrFail(WebhookDeliveryEntity, { id: delivery.id });
  });
}

/** Pauses or resumes a webhook (its owner or ADMIN); a disabled webhook gets no new deliveries and sends none. */
export async function setWebhookStatus(ctx: RequestContext, input: SetWebhookStatusInput): Promise<WebhookEntity> {
  assertCan(ctx, 'update', 'Webhook');
  const v = new InputValidator();
  const reason = v.text('reason', input.reason, 2000);
  v.throwIfAny();
  return inTransaction(ctx, async ({ ctx: tx, audit }) => {
    const before = await ownedWebhook(ctx, tx.manager, input.id, 'update');
    const webhook = await updateVersioned(tx, WebhookEntity, before.id, input.expectedVersion, { status: input.status });
    audit({ action: 'STATUS_CHANGE', entityType: 'Webhook', entityId: webhook.id, reason, changes: [{ field: 'status', old: before.status, new: webhook.status }] });
    return webhook;
  });
}

function webhookUrl(v: InputValidator, raw: string, production: boolean): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    v.fail('url', 'Not a valid URL');
    return raw;
  }
  const allowed = production ? ['https:'] : ['https:', 'http:'];
  if (!allowed.includes(url.protocol)) v.fail('url', `The URL must use ${allowed.join(' or ')}`);
  if (url.username || url.password) v.fail('url', 'Put no credentials in the URL; deliveries are signed with the secret');
  return url.toString();
}

/** The outbox types named (enum values, or a deprecated `events` list's free strings in either spelling), deduplicated. */
function webhookEventTypes(v: InputValidator, field: string, names: readonly string[]): WebhookEventType[] {
  const parsed = names.map((n) => [n, parseWebhookEventType(n)] as const);
  const unknown = parsed.filter(([, t]) => !t).map(([n]) => n);
  if (unknown.length > 0) v.fail(field, `Unknown event types ${unknown.join(', ')}; see the WebhookEventType enum`);
  const types = [...new Set(parsed.flatMap(([, t]) => (t ? [t] : [])))];
  if (names.length === 0) v.fail(field, 'Name at least one event type');
  return types;
}

function webhookSecret(v: InputValidator, secret: string): void {
  if (secret.length < 16 || secret.length > 256) v.fail('secret', 'The secret must be 16 to 256 characters');
}

async function assertPublicTarget(url: string, production: boolean): Promise<void> {
  if (production && !(await resolvesToPublicAddresses(new URL(url).hostname))) {
    fail(ErrorCode.VALIDATION_FAILED, 'The URL must resolve to public addresses only', ['input', 'url']);
  }
}
