import { createTestServer, type TestServer } from '../support/test-server';
import { createMaterial } from '../support/fixtures';

let t: TestServer;
beforeAll(async () => {
  t = await createTestServer({ DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '1500' });
});
afterAll(async () => {
  await t?.close();
});

describe('database sessions', () => {
  it("end a transaction of ours left idle, so it cannot hold back every relay's events", async () => {
    const runner = t.server.platform.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // One round trip opens the transaction and takes an xid, so a loaded machine cannot
      // let the timeout end the session before the transaction is really open.
      await runner.query('BEGIN; SELECT pg_current_xact_id()');
      await new Promise((r) => setTimeout(r, 4000));
      await expect(runner.query('SELECT 1')).rejects.toThrow();
    } finally {
      await runner.release().catch(() => undefined);
    }
    // The pool goes on serving requests.
    await createMaterial(t, 'DBS-AFTER');
  });
});
