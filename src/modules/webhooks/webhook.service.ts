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
import { WEBHOOK_EVENT_TYPES } from './webhook-event-types';
import { WEBHOOK_SPEC } from './webhook.table';
import { resolvesToPublicAddresses } from './webhook-target';
import { WebhookStatus, type CreateWebhookInput, type RedeliverWebhookInput, type SetWebhookStatusInput, type WebhookDeliveryStatus } from './webhook.types';

export function listWebhooks(ctx: RequestContext, args: ConnectionArgs, filter?: ChangeWindowFilter): Promise<Connection<WebhookEntity>> {
  return paginate(authorizedQuery(ctx, WEBHOOK_SPEC), args, [
    { column: 'wh.created_at', direction: SortDirection.DESC, value: (w) => w.createdAt },
    { column: 'wh.id', direction: SortDirection.DESC, value: (w) => w.id },
  ], filter);
}

/** A webhook's delivery log, newest first; NOT_FOUND unless the caller may read the webhook. */
export async function listDeliveries(ctx: RequestContext, webhookId: string, args: ConnectionArgs, status?: WebhookDeliveryStatus[] | null, filter?: ChangeWindowFilter): Promise<Connection<WebhookDeliveryEntity>> {
  const webhook = await authorizedQuery(ctx, WEBHOOK_SPEC).andWhere('wh.id = :id', { id: webhookId }).getOne();
  if (!webhook) fail(ErrorCode.NOT_FOUND, `No webhook ${webhookId}`, ['webhookId']);
  const qb = ctx.manager.createQueryBuilder(WebhookDeliveryEntity, 'whd').where('whd.webhook_id = :id', { id: webhook.id });
  if (status) qb.andWhere('whd.status = ANY(:status)', { status });
  return paginate(qb, args, [
    { column: 'whd.created_at', direction: SortDirection.DESC, value: (d) => d.createdAt },
    { column: 'whd.id', direction: SortDirection.DESC, value: (d) => d.id },
  ], filter, { createdAt: 'whd.created_at', updatedAt: 'whd.updated_at' });
}

/** Registers an endpoint for events; deliveries carry only what the registering account may read. */
export async function createWebhook(ctx: RequestContext, input: CreateWebhookInput): Promise<WebhookEntity> {
  assertCan(ctx, 'create', 'Webhook');
  if (ctx.principal.kind !== 'user') fail(ErrorCode.FORBIDDEN, 'Webhooks belong to an authenticated account', ['input']);
  const v = new InputValidator();
  const url = webhookUrl(v, input.url, ctx.platform.config.nodeEnv === 'production');
  const eventTypes = [...new Set(input.events)];
  if (eventTypes.length === 0) v.fail('events', 'Name at least one event type');
  const unknown = eventTypes.filter((e) => !(WEBHOOK_EVENT_TYPES as readonly string[]).includes(e));
  if (unknown.length > 0) v.fail('events', `Unknown event types ${unknown.join(', ')}; known: ${WEBHOOK_EVENT_TYPES.join(', ')}`);
  if (input.secret.length < 16 || input.secret.length > 256) v.fail('secret', 'The secret must be 16 to 256 characters');
  v.throwIfAny();
  if (ctx.platform.config.nodeEnv === 'production' && !(await resolvesToPublicAddresses(new URL(url).hostname))) {
    fail(ErrorCode.VALIDATION_FAILED, 'The URL must resolve to public addresses only', ['input', 'url']);
  }
  return inTransaction(ctx, async ({ ctx: tx, audit }) => {
    const { principal } = ctx;
    const webhook = await tx.manager.save(tx.manager.create(WebhookEntity, {
      id: newId('wh'), url, eventTypes, secret: input.secret, status: WebhookStatus.ACTIVE, ownerSubject: principal.id, ownerName: principal.name,
      ownerRoles: principal.roles, ownerSupplierId: principal.supplierId ?? null, ownerSiteIds: principal.siteIds, customFields: {}, version: 1,
    }));
    audit({ action: 'CREATE', entityType: 'Webhook', entityId: webhook.id, changes: [{ field: 'webhook', old: null, new: { url, eventTypes, owner: principal.id, roles: principal.roles } }] });
    return webhook;
  });
}

/**
 * Sends a delivery again from now, whatever its state, with a fresh 24-hour retry window and its
 * body cut again to what the webhook's owner may read now (refused when that is nothing). A
 * delivery a sender holds mid-send is refused until that attempt's outcome is in, so it is never
 * sent twice at once.
 */
export async function redeliverWebhook(ctx: RequestContext, input: RedeliverWebhookInput): Promise<WebhookDeliveryEntity> {
  assertCan(ctx, 'update', 'Webhook');
  const field = ['input', 'deliveryId'];
  return inTransaction(ctx, async ({ ctx: tx, audit }) => {
    const delivery = await tx.manager.createQueryBuilder(WebhookDeliveryEntity, 'whd').setLock('pessimistic_write').where('whd.id = :id', { id: input.deliveryId }).getOne();
    const webhook = delivery ? await tx.manager.findOneBy(WebhookEntity, { id: delivery.webhookId }) : null;
    if (!delivery || !webhook || !canOn(ctx, 'read', 'Webhook', webhook)) fail(ErrorCode.NOT_FOUND, `No delivery ${input.deliveryId}`, field);
    if (!canOn(ctx, 'update', 'Webhook', webhook)) fail(ErrorCode.FORBIDDEN, 'Not allowed to redeliver for this webhook', field);
    const fresh = (await freshBodies(tx.manager, [{ id: delivery.id, webhook_id: webhook.id, event_id: delivery.eventId }])).get(delivery.id)!;
    if ('refusal' in fresh) {
      if (fresh.refusal === EVENT_GONE) fail(ErrorCode.NOT_FOUND, `Not redelivered: ${fresh.refusal}`, field);
      fail(ErrorCode.FORBIDDEN, fresh.refusal === OWNER_DEACTIVATED
        ? `The webhook's owner ${webhook.ownerName} is deactivated; nothing more is delivered for them`
        : `Not redelivered: ${fresh.refusal}`, field);
    }
    const [, updated] = (await tx.manager.query(
      `UPDATE webhook_delivery SET status = 'PENDING', body = $3, next_attempt_at = now(), leased_until = NULL, give_up_at = now() + ($2 || ' milliseconds')::interval
       WHERE id = $1 AND (leased_until IS NULL OR leased_until <= now())`,
      [delivery.id, String(RETRY_WINDOW_MS), fresh.body])) as [unknown, number];
    if (updated === 0) fail(ErrorCode.INVALID_TRANSITION, 'delivery is being sent; try again shortly', field);
    audit({ action: 'REDELIVER', entityType: 'Webhook', entityId: webhook.id, changes: [{ field: 'delivery', old: { id: delivery.id, status: delivery.status }, new: { id: delivery.id, status: 'PENDING' } }] });
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
    const before = await tx.manager.findOneBy(WebhookEntity, { id: input.id });
    if (!before || !canOn(ctx, 'read', 'Webhook', before)) fail(ErrorCode.NOT_FOUND, `No webhook ${input.id}`, ['input', 'id']);
    if (!canOn(ctx, 'update', 'Webhook', before)) fail(ErrorCode.FORBIDDEN, 'Not allowed to change this webhook', ['input', 'id']);
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
