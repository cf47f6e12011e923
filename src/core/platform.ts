import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { EventRelay } from './events/relay';
import type { EventSubscriptionSource } from './events/event-subscription';
import type { PrincipalRecheck } from './auth/principal-recheck';
import type { NodeLoader } from './graphql/node-registry';
import type { SignedContentSource, SignerDirectory } from './signatures/signer-directory';

/** Process-wide services, assembled once by the server and shared by every request. */
export interface Platform {
  config: Config;
  dataSource: DataSource;
  events: EventRelay;
  /** Re-checks subscribers' principals while their subscriptions run. */
  principals: PrincipalRecheck;
  log: Logger;
  /** Id prefix -> loader, for `node` and `nodes`. */
  nodeLoaders: Record<string, NodeLoader>;
  /** Signers' identities and signing passwords (the users module). */
  signers: SignerDirectory;
  /** The GraphQL schema the server serves (webhooks execute its subscription fields). */
  schema: GraphQLSchema;
  /** Outbox event type -> the subscription that carries it. */
  eventSubscriptions: ReadonlyMap<string, EventSubscriptionSource>;
  /** Record type -> its canonical content now, for verifySignature. */
  signedContent: Record<string, SignedContentSource>;
}
