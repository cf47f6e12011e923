import { GraphQLClient } from 'graphql-request';

/** graphql-request against Lotgraph: `client.request(TypedDocument, variables)` returns typed data. */
export function createRequestClient(url: string, token: string): GraphQLClient {
  return new GraphQLClient(url, { headers: { authorization: `Bearer ${token}` } });
}
