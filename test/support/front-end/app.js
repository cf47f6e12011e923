// A browser front-end as a partner would write it: fetch for queries and mutations, the
// graphql-ws browser bundle (global `graphqlWs`) for subscriptions, a bearer token for both.
// Plain script on purpose: the browser runs it as served, with no build step.
'use strict';

window.lotgraphApp = (function () {
  let api = null;
  let token = null;
  let ws = null;
  const events = [];
  const waiters = [];

  async function graphql(query, variables, extraHeaders) {
    const res = await fetch(api, {
      method: 'POST',
      headers: Object.assign({ 'content-type': 'application/json', authorization: 'Bearer ' + token }, extraHeaders || {}),
      body: JSON.stringify({ query: query, variables: variables }),
    });
    return { status: res.status, requestId: res.headers.get('x-request-id'), body: await res.json() };
  }

  return {
    connect(options) {
      api = options.api;
      token = options.token;
      ws = graphqlWs.createClient({ url: api.replace(/^http/, 'ws'), connectionParams: { authorization: 'Bearer ' + token } });
    },

    /** Subscribes to material changes; events are kept for nextEvent(). */
    subscribeToMaterials() {
      ws.subscribe(
        { query: 'subscription { materialChanged { kind material { code name } } }' },
        {
          next: (result) => {
            events.push(result);
            waiters.splice(0).forEach((w) => w());
          },
          error: (err) => {
            events.push({ error: String(err && (err.reason || err.message || err)) });
            waiters.splice(0).forEach((w) => w());
          },
          complete: () => {},
        },
      );
    },

    async nextEvent() {
      while (events.length === 0) await new Promise((resolve) => waiters.push(resolve));
      return events.shift();
    },

    me() {
      return graphql('{ me { name roles } }');
    },

    createMaterial(code, name) {
      return graphql(
        'mutation Create($input: CreateMaterialInput!) { createMaterial(input: $input) { material { code name } userErrors { code message } } }',
        { input: { code: code, name: name, type: 'RAW_MATERIAL', unit: 'EA' } },
        { 'idempotency-key': 'front-end-' + code },
      );
    },

    /** What the page sees of a call the browser refuses: the error's name, or the answer. */
    async attempt(call) {
      try {
        return { answered: await call() };
      } catch (err) {
        return { refused: err.name };
      }
    },

    close() {
      return ws && ws.dispose();
    },
  };
})();
