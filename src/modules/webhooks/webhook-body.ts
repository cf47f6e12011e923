import {
  execute,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../core/auth/principal';
import { RequestContext } from '../../core/context';
import type { PublishedEvent } from '../../core/events/domain-event';
import { projectEventFor } from '../../core/events/event-projection';
import type { EventSubscriptionSource } from '../../core/events/event-subscription';
import type { GraphQLContext } from '../../core/graphql/graphql-context';
import type { Platform } from '../../core/platform';
import { snapshotFieldName, webhookEventTypeName } from './webhook-event-types';

/**
 * A delivery's JSON body: the `next` payload a graphql-ws subscriber to the event's subscription
 * (with `subscriptionDocument`'s selection and the owner's rights) receives, plus the event's id,
 * type and time in `extensions` for receivers that dedupe and route without parsing `data`.
 */
export interface WebhookBody {
  data: Record<string, unknown> | null;
  /** Fields the owner may not read: null in `data`, with a FORBIDDEN error at their path. */
  errors?: GraphQLFormattedError[];
  extensions: { eventId: string; eventType: string; occurredAt: string };
}

/** The error codes a body may carry; any other error is a fault, and the body is built again later. */
const DELIVERABLE_ERRORS = new Set(['FORBIDDEN']);

/** A body could not be built for a reason other than the owner's rights (a database fault): try again later. */
export class WebhookBodyFault extends Error {
  override name = 'WebhookBodyFault';
}

const documents = new WeakMap<GraphQLSchema, Map<string, { text: string; document: DocumentNode }>>();

/**
 * The subscription document a webhook delivery executes for `field`: every field of the event
 * type (but deprecated ones and ones needing arguments) and, of each record it carries, every
 * scalar and enum field. It is derived from the schema, so a field added to the event's type
 * appears in its deliveries too; `webhookEventTypes` publishes it for clients to generate types.
 */
export function subscriptionDocument(schema: GraphQLSchema, field: string): string {
  return compiled(schema, field).text;
}

function compiled(schema: GraphQLSchema, field: string): { text: string; document: DocumentNode } {
  let bySchema = documents.get(schema);
  if (!bySchema) documents.set(schema, (bySchema = new Map()));
  let entry = bySchema.get(field);
  if (!entry) {
    const root = schema.getSubscriptionType()?.getFields()[field];
    const type = root && getNamedType(root.type);
    if (!root || !isObjectType(type)) throw new Error(`No subscription field ${field} with an object type`);
    const name = field.charAt(0).toUpperCase() + field.slice(1);
    const text = `subscription Webhook${name} {\n  ${field} {\n${selection(type, 1, '    ')}\n  }\n}\n`;
    entry = { text, document: parse(text) };
    bySchema.set(field, entry);
  }
  return entry;
}

function selection(type: GraphQLObjectType, depth: number, indent: string): string {
  const lines: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.deprecationReason || f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) lines.push(`${indent}${f.name}`);
    else if (isObjectType(named) && depth > 0 && !isListType(getNullableType(f.type))) {
      lines.push(`${indent}${f.name} {\n${selection(named, depth - 1, `${indent}  `)}\n${indent}}`);
    }
  }
  return lines.join('\n');
}

/**
 * Builds delivery bodies for one batch: one request context per owner (whose rights are the
 * same for every event of the batch) and one body per owner and event, however many of the
 * owner's webhooks want it. `manager` reads inside the caller's transaction.
 */
export class WebhookBodies {
  private readonly contexts = new Map<string, RequestContext>();
  private readonly bodies = new Map<string, Promise<WebhookBody | null>>();

  constructor(
    private readonly platform: Platform,
    private readonly manager?: EntityManager,
  ) {}

  /**
   * `event` as a delivery to a webhook whose owner is `principal` carries it, or null when the
   * owner may not read it: the subscription's own mapping decides (row rules), and executing its
   * field applies the field masks. Rejects with WebhookBodyFault when it could not be built.
   */
  render(principal: Principal, event: PublishedEvent): Promise<WebhookBody | null> {
    const owner = JSON.stringify([principal.id, principal.roles, principal.supplierId ?? null, principal.siteIds]);
    const key = `${owner} ${event.id}`;
    let body = this.bodies.get(key);
    if (!body) {
      let ctx = this.contexts.get(owner);
      if (!ctx) {
        const created = RequestContext.create(this.platform, principal, this.platform.log, `webhook-${principal.id}`);
        ctx = this.manager ? created.withManager(this.manager) : created;
        this.contexts.set(owner, ctx);
      }
      body = renderEvent(this.platform, ctx, event);
      this.bodies.set(key, body);
    }
    return body;
  }
}

async function renderEvent(platform: Platform, ctx: RequestContext, event: PublishedEvent): Promise<WebhookBody | null> {
  const extensions = { eventId: event.id, eventType: webhookEventTypeName(event.type), occurredAt: new Date(event.occurredAt).toISOString() };
  const source = platform.eventSubscriptions.get(event.type);
  if (!source) {
    const projected = projectEventFor(ctx.ability, event);
    if (!projected) return null;
    const { id, occurredAt, type: _type, data, ...rest } = projected;
    return { data: { [snapshotFieldName(event.type)]: { eventId: id, occurredAt, ...rest, ...data } }, extensions };
  }
  return executeSubscription(platform.schema, source, ctx, event, extensions);
}

async function executeSubscription(
  schema: GraphQLSchema,
  source: EventSubscriptionSource,
  ctx: RequestContext,
  event: PublishedEvent,
  extensions: WebhookBody['extensions'],
): Promise<WebhookBody | null> {
  const root = source.map(ctx)(event);
  if (root === null) return null;
  const contextValue: GraphQLContext = { ctx };
  const result = await execute({ schema, document: compiled(schema, source.field).document, rootValue: root, contextValue });
  const errors = result.errors ?? [];
  const fault = errors.find((e) => !DELIVERABLE_ERRORS.has(String(e.extensions?.code)));
  if (fault) {
    // The delivery log is read by partners: it says what failed, the server log says why.
    ctx.log.error({ err: fault, event: event.id }, 'webhook body not built');
    throw new WebhookBodyFault(`the ${source.field} event could not be built; it is tried again`);
  }
  const body: WebhookBody = { data: (result.data ?? null) as Record<string, unknown> | null, extensions };
  if (errors.length > 0) body.errors = errors.map((e) => ({ message: e.message, path: e.path, extensions: { code: e.extensions.code } }));
  return body;
}
