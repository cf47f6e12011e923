import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * graphql-ws against Lotgraph (protocol graphql-transport-ws on the same URL as HTTP): the token
 * goes in `connectionParams`. In a browser, leave out `webSocketImpl`.
 */
export function createSubscriptionClient(url: string, token: string): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
  });
}

/** graphql-ws takes a query string: print the typed document, and the results keep its type. */
export function subscribeTo<TData, TVariables extends Record<string, unknown>>(
  client: Client,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): AsyncIterableIterator<FormattedExecutionResult<TData, unknown>> {
  return client.iterate<TData>({ query: print(document), variables });
}
