import { canonicalJson } from '../../src/core/audit/canonical-json';
import { chainHash, findChainBreak, GENESIS_HASH, type ChainLink } from '../../src/core/audit/hash-chain';

const content = (i: number) => ({
  id: `aud_${i}`,
  occurredAt: new Date(Date.UTC(2026, 10, 25, 6, 0, i)),
  actorId: 'u1',
  actorName: 'Li Wei',
  action: 'UPDATE',
  entityType: 'Material',
  entityId: 'mat_1',
  changes: [{ field: 'name', old: `n${i}`, new: `n${i + 1}` }],
  reason: 'r',
  requestId: 'req',
});

function chain(n: number): ChainLink[] {
  const links: ChainLink[] = [];
  let prev = GENESIS_HASH;
  for (let i = 0; i < n; i++) {
    const c = content(i);
    const hash = chainHash(prev, c);
    links.push({ ...c, prevHash: prev, hash });
    prev = hash;
  }
  return links;
}

describe('canonical JSON', () => {
  it('sorts keys at every level and renders dates as ISO strings', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: new Date(Date.UTC(2026, 0, 2)) } })).toBe('{"a":{"c":"2026-01-02T00:00:00.000Z","d":[{"y":2,"z":1}]},"b":1}');
  });

  it('gives the same text for the same value built in another key order', () => {
    expect(canonicalJson({ x: 1, y: [1, 2] })).toBe(canonicalJson({ y: [1, 2], x: 1 }));
  });
});

describe('audit hash chain', () => {
  it('is sha256(prevHash || canonicalJson(entry))', () => {
    const c = content(0);
    expect(chainHash(GENESIS_HASH, c)).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, c)).toBe(chainHash(GENESIS_HASH, { ...c }));
    expect(chainHash(GENESIS_HASH, c)).not.toBe(chainHash('1'.repeat(64), c));
  });

  it('verifies an intact chain', () => {
    const links = chain(5);
    expect(findChainBreak(links, GENESIS_HASH)).toEqual({ broken: null, lastHash: links[4].hash });
  });

  it('names the first entry whose content was changed', () => {
    const links = chain(5);
    links[2] = { ...links[2], actorName: 'Someone else' };
    expect(findChainBreak(links, GENESIS_HASH).broken).toEqual({ entry: links[2], reason: 'HASH_MISMATCH' });
  });

  it('names the entry after a deleted one', () => {
    const links = chain(5);
    links.splice(1, 1);
    expect(findChainBreak(links, GENESIS_HASH).broken).toEqual({ entry: links[1], reason: 'PREVIOUS_HASH_MISMATCH' });
  });

  it('catches a rewritten entry even when its own hash was recomputed', () => {
    const links = chain(4);
    const forged = { ...links[1], reason: 'forged' };
    forged.hash = chainHash(forged.prevHash, { ...forged, prevHash: undefined, hash: undefined } as never);
    links[1] = forged;
    const { broken } = findChainBreak(links, GENESIS_HASH);
    expect(broken?.entry).toBe(links[2]);
  });
});
