import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { GraphQLSchema } from 'graphql';
import { guardSchema } from '../core/authz/guard-schema';
import { AuditResolver } from '../core/audit/audit.resolver';
import { ViewerResolver } from '../core/auth/viewer.resolver';
import { ApiInfoResolver } from '../core/graphql/api-info.resolver';
import { ChangeWatermarkResolver } from '../core/graphql/change-watermark.resolver';
import { NodeResolver } from '../core/graphql/node.resolver';
import { SignatureResolver } from '../core/signatures/signature.resolver';
import { DateScalar, DateTimeScalar, DecimalScalar, JSONScalar } from '../core/graphql/scalars';
import { MODULES } from '../modules';

/**
 * type-graphql insists on a PubSub even when every subscription brings its own `subscribe`
 * (ours read the outbox relay with the subscriber's permissions). Topic-based use is refused.
 */
const NO_TOPIC_PUBSUB = {
  publish(): void {
    throw new Error('Publish domain events through the outbox (UnitOfWork.emit), not a topic PubSub');
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error('Subscriptions must use the `subscribe` option with authorizedStream');
  },
};

const CORE_RESOLVERS = [ApiInfoResolver, ViewerResolver, NodeResolver, AuditResolver, SignatureResolver, ChangeWatermarkResolver];

const ROOT_DESCRIPTIONS = {
  query: 'Reads. Lists are Relay connections over records the caller may read; a field the caller may not read is null with a FORBIDDEN error at its path while the rest of the response is served.',
  mutation: 'Writes. Each takes one `input` and returns a payload: the changed record, or userErrors saying why nothing was changed (a rule violation never throws and never half-applies).',
  subscription: 'Committed changes over WebSocket (graphql-transport-ws), only on records the subscriber may read; pass the last eventId received as `after` to resume without loss.',
} as const;

/** The one schema, built from the resolvers' decorators; schema/schema.graphql is printed from it. */
export async function buildLotgraphSchema(): Promise<GraphQLSchema> {
  const resolvers = [...CORE_RESOLVERS, ...MODULES.flatMap((m) => m.resolvers)];
  const schema = await buildSchema({
    resolvers: resolvers as unknown as [Function, ...Function[]],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    pubSub: NO_TOPIC_PUBSUB,
    emitSchemaFile: false,
  });
  // The API's scalars are part of the contract even before a field uses each of them.
  const config = schema.toConfig();
  for (const [root, description] of Object.entries(ROOT_DESCRIPTIONS) as [keyof typeof ROOT_DESCRIPTIONS, string][]) {
    const type = config[root];
    if (type) type.description = description; // type-graphql has no option for the root types' descriptions
  }
  return guardSchema(new GraphQLSchema({ ...config, types: [...config.types, DecimalScalar, DateScalar, DateTimeScalar, JSONScalar] }));
}
