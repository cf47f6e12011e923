import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { Principal } from './auth/principal';
import { abilityFor } from './authz/ability';
import type { AppAbility } from './authz/rule-builder';
import { LoaderRegistry } from './loaders';
import type { Platform } from './platform';
import type { SubscriptionPosition } from './events/subscription-position';

/**
 * Everything a service needs to know about the current request: who calls, what they may
 * do, the entity manager to use (inside a transaction, the transaction's), the request's
 * loaders and its id. Passed first to every service method; nothing request-scoped is global.
 */
export class RequestContext {
  readonly ability: AppAbility;
  readonly loaders = new LoaderRegistry();
  /** On a subscription of a graphql-ws connection that resumes: where it stands (see SubscriptionPosition). */
  subscriptionPosition?: SubscriptionPosition;
  /** On a WebSocket subscription: the group of subscribers that see its events alike (the server's subscription-groups.ts). */
  subscriptionGroup?: string;

  private requestLog: Logger | undefined;

  constructor(
    readonly platform: Platform,
    readonly principal: Principal,
    readonly requestId: string,
    private readonly baseLog: Logger,
    readonly manager: EntityManager = platform.dataSource.manager,
    ability?: AppAbility,
    /** The `Idempotency-Key` HTTP header, if the request carried one. */
    readonly idempotencyKeyHeader?: string,
    /** Whether `log` adds the requestId to `baseLog`'s lines (or `baseLog` already does). */
    private readonly bindsRequestId = false,
  ) {
    this.ability = ability ?? abilityFor(principal);
  }

  /** The logger of this request: every line carries its requestId (made on first use; most reads log nothing). */
  get log(): Logger {
    return (this.requestLog ??= this.bindsRequestId ? this.baseLog.child({ requestId: this.requestId }) : this.baseLog);
  }

  get dataSource(): DataSource {
    return this.platform.dataSource;
  }

  /** The same request bound to a transaction's entity manager. */
  withManager(manager: EntityManager): RequestContext {
    return new RequestContext(this.platform, this.principal, this.requestId, this.log, manager, this.ability, this.idempotencyKeyHeader);
  }

  static create(platform: Platform, principal: Principal, log: Logger, requestId: string = randomUUID(), idempotencyKey?: string): RequestContext {
    return new RequestContext(platform, principal, requestId, log, undefined, undefined, idempotencyKey, true);
  }
}
