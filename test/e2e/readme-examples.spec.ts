import path from 'node:path';
import { createTestServer, subscribe, type TestServer } from '../support/test-server';
import { demoCaller } from '../support/demo-callers';
import { emptyRootFields, readmeExamples, resolveVariables, userErrorsIn, type ReadmeExample } from '../support/readme-examples';

const README = path.join(__dirname, '../../README.md');
const examples = readmeExamples(README);

/**
 * A newcomer follows the README: every GraphQL operation in it runs as written, in order, on a
 * fresh demo server, as the demo user its comment names. None may fail, answer userErrors or
 * (unless marked "may be empty") come back empty; a subscription must receive an event, from
 * its replay or from the block after it.
 */
describe('README examples on the demo plant', () => {
  let t: TestServer;
  const results = new Map<string, unknown>();
  let pending: { example: ReadmeExample; sub: ReturnType<typeof subscribe> } | null = null;

  beforeAll(async () => {
    t = await createTestServer({}, { seedDemo: true });
  }, 120_000);
  afterAll(() => t?.close());

  const tokenFor = (example: ReadmeExample) => (example.as === null ? null : t.token(demoCaller(example.as)));

  async function settle(): Promise<void> {
    if (!pending) return;
    const { example, sub } = pending;
    pending = null;
    const events = await sub.waitFor(1, 20_000);
    sub.unsubscribe();
    expect({ line: example.line, errors: sub.errors }).toEqual({ line: example.line, errors: [] });
    expect({ line: example.line, events: events.length > 0 }).toEqual({ line: example.line, events: true });
    results.set(example.operationName, events[0]);
  }

  it('has examples', () => {
    expect(examples.length).toBeGreaterThan(10);
    expect(new Set(examples.map((e) => e.operationName)).size).toBe(examples.length);
  });

  it.each(examples.map((e) => [`${e.operationName} (line ${e.line})`, e] as const))(
    '%s runs as written',
    async (_name, example) => {
      const variables = resolveVariables(example.variables, results);
      const token = tokenFor(example);
      if (example.operationType === 'subscription') {
        await settle();
        const before = t.subscriberCount;
        const client = t.ws(token ? { authorization: `Bearer ${token}` } : {});
        pending = { example, sub: subscribe(client, example.source, variables) };
        await t.subscribers(before + 1);
        if (example === examples[examples.length - 1]) await settle();
        return;
      }
      const res = await t.gql<Record<string, unknown>, Record<string, unknown>>(example.source, variables, token === null ? null : `token:${token}`);
      expect({ line: example.line, errors: res.errors ?? [] }).toEqual({ line: example.line, errors: [] });
      const data = res.data as Record<string, unknown>;
      expect({ line: example.line, userErrors: userErrorsIn(data) }).toEqual({ line: example.line, userErrors: [] });
      if (!example.mayBeEmpty) expect({ line: example.line, empty: emptyRootFields(data) }).toEqual({ line: example.line, empty: [] });
      results.set(example.operationName, data);
      await settle();
    },
    60_000,
  );
});
