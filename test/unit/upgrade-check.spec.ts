import { compareAuditTrail, compareCounts, compareRecords, compareReplay, describe as describeDifference, sameJson } from '../upgrade/compare';
import type { ManifestRecord } from '../upgrade/manifest';
import { previousRelease, type Git } from '../upgrade/previous-release';
import { referencedRecords } from '../upgrade/records';

const lot: ManifestRecord = {
  type: 'Lot',
  id: 'lot_1',
  query: 'query UpgradeRecord($id: ID!) { node(id: $id) { ... on Lot { status quantity site { __typename id } } } }',
  selection: 'status quantity site { __typename id }',
  readBy: 'node',
  values: { status: 'RELEASED', quantity: '300', site: { __typename: 'Site', id: 'site_1' } },
};

describe('the upgrade check compares what the new release reads with the manifest', () => {
  it('passes equal values, and ignores fields the new release adds', () => {
    const now = new Map([['lot_1', { status: 'RELEASED', quantity: '300', site: { __typename: 'Site', id: 'site_1' }, addedLater: 1 }]]);
    expect(compareRecords([lot], now)).toEqual([]);
  });

  it('names a changed value by type, id and field', () => {
    const now = new Map([['lot_1', { status: 'RELEASED', quantity: '299', site: { __typename: 'Site', id: 'site_1' } }]]);
    const differences = compareRecords([lot], now);
    expect(differences).toEqual([{ kind: 'changed value', what: 'Lot lot_1 .quantity', expected: '300', actual: '299' }]);
    expect(describeDifference(differences[0])).toBe('changed value: Lot lot_1 .quantity: expected "300", got "299"');
  });

  it('names a changed reference and a field the new release no longer returns', () => {
    const now = new Map([['lot_1', { status: 'RELEASED', site: { __typename: 'Site', id: 'site_2' } }]]);
    expect(compareRecords([lot], now).map((d) => d.what)).toEqual(['Lot lot_1 .quantity', 'Lot lot_1 .site']);
  });

  it('names a record the new release does not find by its id', () => {
    expect(compareRecords([lot], new Map([['lot_1', null]]))).toEqual([{ kind: 'missing record', what: 'Lot lot_1' }]);
    expect(compareRecords([lot], new Map())).toEqual([{ kind: 'missing record', what: 'Lot lot_1' }]);
  });

  it('passes equal and higher counts, and names a lower or missing one', () => {
    expect(compareCounts({ lots: 16, webhooks: 2 }, { lots: 17, webhooks: 2 })).toEqual([]);
    expect(compareCounts({ lots: 16, 'webhookDeliveries(webhookId: wh_1)': 3 }, { lots: 15 })).toEqual([
      { kind: 'lower count', what: 'lots.totalCount', expected: 'at least 16', actual: 15 },
      { kind: 'missing count', what: 'webhookDeliveries(webhookId: wh_1).totalCount', expected: 3 },
    ]);
  });

  it('passes a replay answered exactly as recorded, and names one that differs', () => {
    const response = { data: { result: { userErrors: [], movement: { __typename: 'StockMovement', id: 'mov_1' } } } };
    expect(compareReplay('moveStock under a key', response, structuredClone(response))).toEqual([]);
    const moved = { data: { result: { userErrors: [], movement: { __typename: 'StockMovement', id: 'mov_2' } } } };
    expect(compareReplay('moveStock under a key', response, moved)).toEqual([{ kind: 'replay differs', what: 'moveStock under a key', expected: response, actual: moved }]);
  });

  it('requires the audit trail valid throughout and extended by a new write', () => {
    const before = { valid: true, checkedEntries: 400 };
    expect(compareAuditTrail(before, { valid: true, checkedEntries: 400 }, { valid: true, checkedEntries: 402 })).toEqual([]);
    expect(compareAuditTrail(before, { valid: false, checkedEntries: 400, reason: 'hash mismatch' }, { valid: true, checkedEntries: 402 }).map((d) => d.what)).toEqual(['invalid after the upgrade']);
    expect(compareAuditTrail(before, { valid: true, checkedEntries: 399 }, { valid: true, checkedEntries: 401 }).map((d) => d.what)).toEqual(['fewer entries after the upgrade']);
    expect(compareAuditTrail(before, { valid: true, checkedEntries: 400 }, { valid: true, checkedEntries: 400 }).map((d) => d.what)).toEqual(['a new write did not extend it']);
    expect(compareAuditTrail(before, { valid: true, checkedEntries: 400 }, { valid: false, checkedEntries: 401 }).map((d) => d.what)).toEqual(['invalid after a new write']);
  });
});

describe('the manifest reads referenced records as records of their own', () => {
  it('finds every { __typename, id } inside values', () => {
    expect(referencedRecords({ a: 1, site: { __typename: 'Site', id: 's1' }, signatures: [{ __typename: 'ElectronicSignature', id: 'sig1' }], addr: { city: 'x' } })).toEqual([
      { type: 'Site', id: 's1' },
      { type: 'ElectronicSignature', id: 'sig1' },
    ]);
  });
});

describe('the previous release is the last commit whose migrations differ from HEAD', () => {
  /** A history, newest first, of [commit, migrations tree or null when the commit has none]. */
  const history =
    (commits: [string, string | null][]): Git =>
    (args) => {
      if (args[0] === 'rev-list') return commits.map(([c]) => c).join('\n');
      const [rev] = args.slice(-1);
      const [commit] = rev.split(':');
      const tree = commit === 'HEAD' ? commits[0][1] : commits.find(([c]) => c === commit)?.[1];
      if (!tree) throw new Error(`fatal: path 'migrations' does not exist in '${commit}'`);
      return tree;
    };

  it('skips commits with the same migrations tree', () => {
    expect(
      previousRelease(
        history([
          ['c3', 'T2'],
          ['c2', 'T2'],
          ['c1', 'T1'],
          ['c0', 'T0'],
        ]),
      ),
    ).toBe('c1');
  });

  it('is null when no earlier commit differs, or only ones before migrations/ existed', () => {
    expect(
      previousRelease(
        history([
          ['c2', 'T'],
          ['c1', 'T'],
        ]),
      ),
    ).toBeNull();
    expect(
      previousRelease(
        history([
          ['c2', 'T'],
          ['c1', null],
        ]),
      ),
    ).toBeNull();
  });
});

describe('values compare as JSON', () => {
  it('ignores key order but not a value, a missing key, or an array order', () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameJson({ a: null }, {})).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });
});
