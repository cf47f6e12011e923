import { PrincipalRecheck } from '../../src/core/auth/principal-recheck';
import type { Principal } from '../../src/core/auth/principal';

const user = (id: string, expiresAt?: number): Principal => ({ kind: 'user', id, name: id, roles: ['PRODUCTION'], siteIds: [], expiresAt });

describe("re-checking subscribers' principals", () => {
  it('asks the database once for many subscribers at once, then answers from the cache until it is stale', async () => {
    let now = 1_000_000;
    const refusals = jest.fn(async (subjects: string[]) => new Map(subjects.filter((s) => s === 'gone').map((s) => [s, 'deactivated'])));
    const recheck = new PrincipalRecheck(refusals, 5000, () => now);
    const subjects = Array.from({ length: 1000 }, (_, i) => (i === 7 ? 'gone' : `u${i % 100}`));
    const answers = await Promise.all(subjects.map((s) => recheck.refusal(user(s))));
    expect(refusals).toHaveBeenCalledTimes(1);
    expect(answers.filter((a) => a !== null)).toEqual(['deactivated']);
    now += 4000;
    await recheck.refusal(user('u1'));
    expect(refusals).toHaveBeenCalledTimes(1);
    now += 2000;
    await recheck.refusal(user('u1'));
    expect(refusals).toHaveBeenCalledTimes(2);
  });

  it('checks a new subscription, and a forgotten subject, afresh', async () => {
    const refusals = jest.fn(async () => new Map<string, string>());
    const recheck = new PrincipalRecheck(refusals);
    await recheck.refusal(user('u1'));
    await recheck.fresh(user('u1'));
    recheck.forget('u1');
    await recheck.refusal(user('u1'));
    expect(refusals).toHaveBeenCalledTimes(3);
  });

  it('answers without waiting only what it knows now: a settled recent answer, an expiry, an anonymous caller', async () => {
    let now = 1_000_000;
    const refusals = jest.fn(async (subjects: string[]) => new Map(subjects.filter((s) => s === 'gone').map((s) => [s, 'deactivated'])));
    const recheck = new PrincipalRecheck(refusals, 5000, () => now);
    expect(recheck.refusalNow(user('u1'))).toBeUndefined();
    const pending = recheck.refusal(user('u1'));
    expect(recheck.refusalNow(user('u1'))).toBeUndefined();
    await pending;
    await recheck.refusal(user('gone'));
    expect(recheck.refusalNow(user('u1'))).toBeNull();
    expect(recheck.refusalNow(user('gone'))).toBe('deactivated');
    expect(recheck.refusalNow(user('u1', now / 1000 - 1))).toMatch(/expired/);
    expect(recheck.refusalNow({ ...user('anonymous'), kind: 'anonymous' })).toBeNull();
    recheck.forget('gone');
    expect(recheck.refusalNow(user('gone'))).toBeUndefined();
    now += 5001;
    expect(recheck.refusalNow(user('u1'))).toBeUndefined();
  });

  it('refuses an expired token without asking, and never asks about anonymous callers', async () => {
    const refusals = jest.fn(async () => new Map<string, string>());
    const recheck = new PrincipalRecheck(refusals);
    expect(await recheck.refusal(user('u1', Math.floor(Date.now() / 1000) - 1))).toMatch(/expired/);
    expect(await recheck.fresh({ ...user('anonymous'), kind: 'anonymous' })).toBeNull();
    expect(refusals).not.toHaveBeenCalled();
  });

  it('passes a failed look-up to every waiter and does not cache it', async () => {
    const refusals = jest.fn().mockRejectedValueOnce(new Error('db down')).mockResolvedValue(new Map());
    const recheck = new PrincipalRecheck(refusals);
    await expect(Promise.all([recheck.refusal(user('u1')), recheck.refusal(user('u2'))])).rejects.toThrow('db down');
    await expect(recheck.refusal(user('u1'))).resolves.toBeNull();
  });
});
