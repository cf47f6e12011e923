import { Client, cacheExchange, fetchExchange } from '@urql/core';

/** urql against Lotgraph: the token in the Authorization header of every request. */
export function createUrqlClient(url: string, token: string): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
  });
}
