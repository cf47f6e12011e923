import { runDataSet } from './data-set';
import { comparableBody } from './graphql-steps';
import { gql, gqlOk, type Actor } from './graphql-client';
import { ServerSchema } from './introspection';
import type { AuditVerification, Manifest } from './manifest';
import { snapshot } from './records';

/** Reads every record (the administrator may read every field); verifies the audit trail as the auditor. */
export const READER: Actor = { sub: 'demo-admin', name: 'Chen Wei 陈伟', roles: ['ADMIN'] };
const AUDITOR: Actor = { sub: 'demo-auditor', name: 'Sabine Krüger', roles: ['AUDITOR'] };

export async function verifyAuditTrail(url: string): Promise<AuditVerification> {
  const data = await gqlOk(url, AUDITOR, 'query UpgradeVerify { verifyAuditTrail { valid checkedEntries reason } }');
  return data.verifyAuditTrail as AuditVerification;
}

/** Waits until no webhook delivery is PENDING, so the manifest holds settled deliveries. */
async function settleDeliveries(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hooks = (await gqlOk(url, READER, 'query { webhooks(first: 100) { edges { node { id status } } } }')).webhooks as { edges: { node: { id: string; status: string } }[] };
    let pending = 0;
    for (const { node } of hooks.edges.filter((e) => e.node.status === 'ACTIVE')) {
      const d = await gqlOk(url, READER, 'query($id: ID!) { webhookDeliveries(webhookId: $id, status: [PENDING], first: 1) { totalCount } }', { id: node.id });
      pending += (d.webhookDeliveries as { totalCount: number }).totalCount;
    }
    if (pending === 0) return;
    if (Date.now() > deadline) throw new Error(`${pending} webhook deliveries still PENDING after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Runs the data set on the previous release at `url` (its demo plant seeded), waits for its
 * webhook deliveries, replays the idempotent mutations once more there, and reads everything
 * it holds into a manifest. `failed` lists the data set's steps that failed on that release.
 */
export async function makeManifest(url: string, commit: string, webhookUrl: string): Promise<{ manifest: Manifest; failed: string[] }> {
  const schema = await ServerSchema.read(url, READER);
  const steps = await runDataSet(url, schema, webhookUrl);
  await settleDeliveries(url);
  for (const replay of steps.replays) replay.response = comparableBody(await gql(url, replay.actor as Actor, replay.query, replay.variables));
  let snap = await snapshot(url, READER, schema, steps.returned);
  // A job's event may have queued a delivery since: read again once it is delivered, or the new release would see it change.
  for (let again = 0; again < 3 && snap.records.some((r) => r.type === 'WebhookDelivery' && r.values.status === 'PENDING'); again++) {
    await settleDeliveries(url);
    snap = await snapshot(url, READER, schema, steps.returned);
  }
  const manifest: Manifest = {
    commit,
    createdAt: new Date().toISOString(),
    ...snap,
    auditTrail: await verifyAuditTrail(url),
    replays: steps.replays,
    dataSet: { done: steps.done, skipped: steps.skipped },
  };
  return { manifest, failed: steps.failed };
}
