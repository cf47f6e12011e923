import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import type { AppAbility } from '../core/authz/rule-builder';
import { sourceEventOf } from '../core/events/authorized-stream';
import { subscriptionResults } from './metrics';

const SHARED = '\\u0000lotgraph-shared:';
const SHARED_PAYLOAD = `,"payload":"${SHARED}`;

/** A result every member of a group receives: its payload is serialized once and spliced into each member's message. */
export class SharedPayload {
  private text: string | undefined;

  constructor(
    readonly id: string,
    private readonly payload: FormattedExecutionResult,
  ) {}

  /** What stands for the payload in the stringified message (written there as SHARED + id). */
  get token(): string {
    return `\u0000lotgraph-shared:${this.id}`;
  }

  get json(): string {
    return (this.text ??= JSON.stringify(this.payload));
  }
}

const fingerprints = new WeakMap<AppAbility, string>();

const reads = (action: string | string[]) => [action].flat().some((a) => a === 'read' || a === 'manage');

/**
 * What decides what a subscriber sees, apart from the document and variables: its read rules,
 * values included (a rule on what it may complete, which names the subscriber, does not part it from others).
 */
function permissionFingerprint(ability: AppAbility): string {
  let known = fingerprints.get(ability);
  if (!known) fingerprints.set(ability, (known = JSON.stringify(ability.rules.filter((r) => reads(r.action as string | string[])))));
  return known;
}

/**
 * Multiplexed subscriptions: subscribers of the same document, variables and rules form a group
 * (two principals whose rules are the same, values included, see the same events alike). Each
 * event is checked against each subscriber's rules and filter by its own stream, as before, but
 * executed once per group, and its result serialized once: members' messages differ only in
 * their subscription id, spliced in by the socket's send.
 */
export class SubscriptionGroups {
  /** Recent (group, event) results kept for the group's other members; far more than one relay page. */
  private readonly results = new LRUCache<string, ExecutionResult | Promise<ExecutionResult>>({ max: 5000 });
  private readonly shared = new WeakMap<object, SharedPayload>();
  /** The shared payload the replacer just turned into its token: graphql-ws sends each message right after stringifying it. */
  private pending: SharedPayload | null = null;
  private nextToken = 0;

  /** The group of a subscription, from what the client sent and who it is. */
  static keyOf(query: string, operationName: string | null | undefined, variables: unknown, ability: AppAbility): string {
    return createHash('sha256')
      .update(JSON.stringify([query, operationName ?? null, variables ?? null, permissionFingerprint(ability)]))
      .digest('base64url');
  }

  /** graphql-ws's `subscribe`: graphql-js's, with each event's execution shared by the group named in the context. */
  readonly subscribe = async (args: ExecutionArgs, group: string | undefined): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source;
    const events = source as AsyncIterableIterator<unknown>;
    const resultOf = (payload: unknown): ExecutionResult | Promise<ExecutionResult> => {
      const event = sourceEventOf(payload);
      if (!group || !event) return execute({ ...args, rootValue: payload });
      const key = `${group}\n${event.id}`;
      let result = this.results.get(key);
      subscriptionResults.inc({ source: result ? 'shared' : 'executed' });
      if (!result) {
        result = execute({ ...args, rootValue: payload });
        this.results.set(key, result);
      }
      return result;
    };
    const mapped: AsyncIterableIterator<ExecutionResult> = {
      async next() {
        const step = await events.next();
        return step.done ? step : { value: await resultOf(step.value), done: false };
      },
      return: async () => {
        await events.return?.();
        return { value: undefined, done: true };
      },
      throw: async (error: unknown) => {
        if (events.throw) return events.throw(error) as Promise<IteratorResult<ExecutionResult>>;
        throw error;
      },
      [Symbol.asyncIterator]() {
        return mapped;
      },
    };
    return mapped;
  };

  /** The shared form of a result, formatted once by `format`; a member's message then carries only a token. */
  share(result: ExecutionResult, format: (result: ExecutionResult) => FormattedExecutionResult): SharedPayload {
    let payload = this.shared.get(result);
    if (!payload) {
      payload = new SharedPayload(String(this.nextToken++), format(result));
      this.shared.set(result, payload);
    }
    return payload;
  }

  /** graphql-ws's JSON replacer: a shared payload becomes its token, never walked again. */
  readonly replacer = (_key: string, value: unknown): unknown => {
    if (!(value instanceof SharedPayload)) return value;
    this.pending = value;
    return value.token;
  };

  /** A message as the socket sends it: a token in place of a payload becomes the payload's JSON. */
  expand(data: unknown): unknown {
    if (typeof data !== 'string' || !data.endsWith('"}')) return data;
    const at = data.lastIndexOf(SHARED_PAYLOAD);
    if (at < 0) return data;
    const payload = this.pending;
    this.pending = null;
    if (!payload || data.slice(at + SHARED_PAYLOAD.length, -2) !== payload.id) return data;
    return `${data.slice(0, at)},"payload":${payload.json}}`;
  }
}
