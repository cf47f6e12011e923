import { deterministicIds, newId, withIdSource } from '../../src/core/ids';

describe('ids', () => {
  it('are random outside an id source', () => {
    expect(newId('lot')).toMatch(/^lot_[0-9a-f]{32}$/);
    expect(newId('lot')).not.toBe(newId('lot'));
  });

  it('are the same sequence per prefix on every run of a deterministic source, and only inside it', async () => {
    const run = () =>
      withIdSource(deterministicIds('demo'), async () => {
        const ids = [newId('lot'), newId('sup')];
        await new Promise((r) => setTimeout(r, 1));
        return [...ids, newId('lot')];
      });
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first[0]).toMatch(/^lot_[0-9a-f]{32}$/);
    expect(new Set(first).size).toBe(3);
    expect(await withIdSource(deterministicIds('other'), async () => newId('lot'))).not.toBe(first[0]);
    expect(first).not.toContain(newId('lot'));
  });

  it('leave work running alongside a seed random', async () => {
    let outside: string[] = [];
    const concurrent = new Promise<void>((resolve) =>
      setTimeout(() => {
        outside = [newId('lot'), newId('lot')];
        resolve();
      }, 1),
    );
    const seeded = withIdSource(deterministicIds('demo'), async () => {
      await new Promise((r) => setTimeout(r, 5));
      return newId('lot');
    });
    await concurrent;
    expect(await seeded).toBe(await withIdSource(deterministicIds('demo'), async () => newId('lot')));
    expect(outside).not.toContain(await seeded);
    expect(outside[0]).not.toBe(outside[1]);
  });
});
