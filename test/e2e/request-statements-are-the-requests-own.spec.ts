import { createTestServer, type TestServer } from '../support/test-server';
import { createMaterial } from '../support/fixtures';
import { currentStatementTally } from '../../src/db/statement-counter';

/**
 * A request's statement count (`extensions.sqlStatements`, the request log) holds only what the
 * request ran. The relay is woken by a mutation's commit, in that request's async context; its
 * polls (and the polls they schedule) must not be counted there.
 */
let t: TestServer;
beforeAll(async () => {
  t = await createTestServer({ OUTBOX_POLL_MS: '50' });
});
afterAll(async () => {
  await t?.close();
});

it("counts none of the relay's statements as a request's, though a commit woke it", async () => {
  const logger = t.server.platform.dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  const counted: string[] = [];
  const spy = jest.spyOn(logger, 'logQuery').mockImplementation((query, ...rest) => {
    if (currentStatementTally()) counted.push(query);
    return logQuery(query, ...rest);
  });
  try {
    await createMaterial(t, 'TALLY-OWN');
    // Several polls later: each was scheduled from the one before, starting in the mutation's context.
    await new Promise((r) => setTimeout(r, 500));
    await t.gql('{ __typename }', {}, 'QA_MANAGER');
  } finally {
    spy.mockRestore();
  }
  expect(counted.some((q) => q.includes('INSERT INTO outbox_event'))).toBe(true);
  expect(counted.filter((q) => q.includes('outbox_sequence') || q.includes('FROM outbox_event WHERE seq >'))).toEqual([]);
});

it("leaves authentication out of a request's count, whether or not its account check was cached", async () => {
  const subject = 'tally-new-subject';
  // The first request of this subject asks the database about the account; the second trusts the answer.
  const first = await t.gql('{ __typename }', {}, `token:${t.token({ roles: ['AUDITOR'], sub: subject })}`);
  const second = await t.gql('{ __typename }', {}, `token:${t.token({ roles: ['AUDITOR'], sub: subject })}`);
  expect([first.extensions?.sqlStatements, second.extensions?.sqlStatements]).toEqual([0, 0]);
});

it('counts the statements of a general-path execution, which a compiled read does not share', async () => {
  await createMaterial(t, 'TALLY-GENERAL');
  // `calibrationRecords` is not a compiled root, so the whole operation runs on the general path; `materials` alone is compiled.
  const general = await t.gql('{ calibrationRecords(first: 5) { edges { node { id } } } materials(first: 5) { edges { node { id } } } }', {}, 'QA_MANAGER');
  const compiled = await t.gql('{ materials(first: 5) { edges { node { id } } } }', {}, 'QA_MANAGER');
  expect(general.errors).toBeUndefined();
  expect(general.extensions?.sqlStatements).toBeGreaterThanOrEqual(2);
  expect(compiled.extensions?.sqlStatements).toBe(1);
});
