import { compareAuditTrail, compareCounts, compareRecords, compareReplay, type Difference } from './compare';
import { comparableBody } from './graphql-steps';
import { gql, gqlOk, type Actor } from './graphql-client';
import type { Manifest, ManifestRecord } from './manifest';
import { READER, verifyAuditTrail } from './make-manifest';
import { pageList, readRecords } from './records';

/** The manifest's records as the new release reads them, by their own query's fields. */
async function readBack(url: string, records: readonly ManifestRecord[]): Promise<Map<string, Record<string, unknown> | null>> {
  const out = new Map<string, Record<string, unknown> | null>();
  const groups = new Map<string, ManifestRecord[]>();
  for (const r of records) {
    const key = r.readBy === 'node' ? `node ${r.type} ${r.selection}` : `list ${JSON.stringify(r.readBy)} ${r.selection}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const group of groups.values()) {
    const { type, selection, readBy } = group[0];
    if (readBy === 'node') {
      const read = await readRecords(
        url,
        READER,
        type,
        selection,
        group.map((r) => r.id),
      );
      if (read.errors.length > 0 || read.failedFields.size > 0) throw new Error(`reading ${type} on the new release: ${[...read.errors, ...read.failedFields].join('; ')}`);
      for (const [id, values] of read.values) out.set(id, values);
    } else {
      const list = { field: readBy.list, type, ...(readBy.parentArg ? { parent: { arg: readBy.parentArg, type: '' } } : {}) };
      const page = await pageList(url, READER, list, readBy.parent, selection);
      for (const r of page.ids) out.set(r.id, r.values);
    }
  }
  return out;
}

async function countsNow(url: string, expected: Record<string, number>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(expected)) {
    const m = /^(\w+)(?:\((\w+): (.+)\))?$/.exec(key);
    if (!m) continue;
    const body = await gql(url, READER, `query UpgradeCount${m[2] ? '($p: ID!)' : ''} { list: ${m[1]}(first: 1${m[2] ? `, ${m[2]}: $p` : ''}) { totalCount } }`, m[3] ? { p: m[3] } : {});
    const count = (body.data?.list as { totalCount?: number } | null)?.totalCount;
    if (typeof count === 'number') out[key] = count;
  }
  return out;
}

/**
 * The new release at `url` against the manifest: every record by its id and the previous
 * release's fields, every list's count, every idempotent replay, and the audit trail before and
 * after a new write.
 */
export async function checkManifest(url: string, manifest: Manifest): Promise<Difference[]> {
  const differences: Difference[] = [];
  differences.push(...compareRecords(manifest.records, await readBack(url, manifest.records)));
  differences.push(...compareCounts(manifest.counts, await countsNow(url, manifest.counts)));
  for (const replay of manifest.replays) {
    const body = await gql(url, replay.actor as Actor, replay.query, replay.variables);
    differences.push(...compareReplay(replay.name, replay.response, comparableBody(body)));
  }
  const upgraded = await verifyAuditTrail(url);
  await gqlOk(
    url,
    { sub: 'demo-qa-manager', name: 'Li Na 李娜', roles: ['QA_MANAGER'] },
    'mutation UpgradeNewWrite($input: CreateMaterialInput!) { createMaterial(input: $input) { material { id } userErrors { message } } }',
    { input: { code: `UPG-AFTER-${Date.now()}`, name: 'Written after the upgrade', type: 'RAW_MATERIAL', unit: 'EA', reason: 'Upgrade check' } },
  );
  differences.push(...compareAuditTrail(manifest.auditTrail, upgraded, await verifyAuditTrail(url)));
  return differences;
}
