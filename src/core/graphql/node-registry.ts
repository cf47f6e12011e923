import type { RequestContext } from '../context';
import type { Platform } from '../platform';
import type { EventSubscriptionSource } from '../events/event-subscription';
import type { SignedContentSource, SignerDirectory } from '../signatures/signer-directory';
import type { ModuleReads } from '../reads/read-registry';

/** Loads records of one type by id with the caller's row scope (null where hidden or absent). */
export type NodeLoader = (ctx: RequestContext, ids: readonly string[]) => Promise<(object | null)[]>;

export interface ScheduledJob {
  name: string;
  intervalMs: number;
  run(platform: Platform): Promise<unknown>;
}

/** A background worker that runs for the server's lifetime (started after the relay, stopped before it). */
export interface BackgroundWorker {
  stop(): Promise<void>;
}

/** What a domain module contributes to the server. */
export interface ModuleDefinition {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  /** Id prefix -> loader, for `node` and `nodes`. */
  nodes: Record<string, NodeLoader>;
  /** Record types this module lets users sign, with their canonical content. */
  signedContent?: Record<string, SignedContentSource>;
  /** Recurring jobs; each must be safe to run in several processes at once. */
  jobs?: ScheduledJob[];
  /** Long-running workers, each started once per process. */
  workers?: ((platform: Platform) => BackgroundWorker)[];
  /** Its subscriptions that carry one outbox event type each (webhooks deliver those events through them). */
  eventSubscriptions?: EventSubscriptionSource[];
  /** Its types, relations and root lists as the compiled read path reads them. */
  reads?: ModuleReads;
  /** The module that knows signers and their signing passwords. */
  signerDirectory?: SignerDirectory;
}
