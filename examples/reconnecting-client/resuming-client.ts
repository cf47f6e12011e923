import { createClient, type Client, type ClientOptions } from 'graphql-ws';

/**
 * A stock graphql-ws client whose subscriptions survive reconnects (a server restart, a phone
 * changing networks) without losing or repeating an event, and without the app rebuilding any
 * subscription's variables. `token` is read at every (re)connect, so it may be refreshed.
 */
export function createResumingClient(url: string, token: () => string, options: Partial<ClientOptions> = {}): Client {
  // Per subscription id, the position the server last gave it. graphql-ws keeps a subscription's
  // id across reconnects, so the server resumes each one from here.
  const resume: Record<string, string> = {};
  let subscriptions = 0;
  const client = createClient({
    url,
    retryAttempts: Infinity,
    // A server that is restarting refuses the connection: an error event, which graphql-ws does
    // not retry unless told to.
    shouldRetry: () => true,
    // 1, 2, 4... seconds with jitter, at most 30 (graphql-ws's default keeps doubling).
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 30_000) * (0.5 + Math.random() / 2))),
    connectionParams: () => ({ authorization: `Bearer ${token()}`, resume }),
    generateID: () => String(++subscriptions),
    on: {
      message: (message) => {
        // Where a subscription starts, sent before any of its events.
        if (message.type === 'ping' && message.payload?.resume) Object.assign(resume, message.payload.resume);
        // Each event's result carries its position.
        else if (message.type === 'next' && typeof message.payload.extensions?.eventId === 'string') resume[message.id] = message.payload.extensions.eventId;
        // A subscription that ended is not resumed.
        else if (message.type === 'complete' || message.type === 'error') delete resume[message.id];
      },
    },
    ...options,
  });
  return {
    ...client,
    subscribe(payload, sink) {
      const unsubscribe = client.subscribe(payload, sink);
      const id = String(subscriptions);
      // Nor is one the app left.
      return () => {
        delete resume[id];
        unsubscribe();
      };
    },
  };
}
