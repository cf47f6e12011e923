import { SigningTurns } from '../../src/core/signatures/signing-turns';

const tick = () => new Promise((r) => setImmediate(r));

describe('signing turns', () => {
  it("runs one signer's attempts one at a time, in arrival order, while other signers' run alongside", async () => {
    const turns = new SigningTurns();
    const log: string[] = [];
    const releases: Record<string, () => void> = {};
    const attempt = (key: string, name: string) =>
      turns.run(
        key,
        () =>
          new Promise<string>((resolve) => {
            log.push(`start ${name}`);
            releases[name] = () => resolve(name);
          }),
      );
    const a1 = attempt('a', 'a1');
    const a2 = attempt('a', 'a2');
    const b1 = attempt('b', 'b1');
    await tick();
    expect(log).toEqual(['start a1', 'start b1']);
    releases.a1();
    expect(await a1).toBe('a1');
    await tick();
    expect(log).toEqual(['start a1', 'start b1', 'start a2']);
    releases.a2();
    releases.b1();
    expect(await Promise.all([a2, b1])).toEqual(['a2', 'b1']);
  });

  it('lets the next attempt run after one fails, and hands the failure to its own caller only', async () => {
    const turns = new SigningTurns();
    const failed = turns.run('a', () => Promise.reject(new Error('database gone')));
    const next = turns.run('a', () => Promise.resolve('signed'));
    await expect(failed).rejects.toThrow('database gone');
    await expect(next).resolves.toBe('signed');
  });
});
