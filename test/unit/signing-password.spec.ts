import { hashSigningPassword, signingPasswordProblem, verifySigningPassword } from '../../src/modules/users/signing-password';

describe('signing passwords', () => {
  it('stores a salted scrypt hash that verifies the password and nothing else', async () => {
    const hash = await hashSigningPassword('Correct-Horse-9');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(hash).not.toContain('Correct-Horse-9');
    expect(await verifySigningPassword('Correct-Horse-9', hash)).toBe(true);
    expect(await verifySigningPassword('correct-horse-9', hash)).toBe(false);
  });

  it('salts every hash differently', async () => {
    expect(await hashSigningPassword('Correct-Horse-9')).not.toBe(await hashSigningPassword('Correct-Horse-9'));
  });

  it('refuses a hash in an unknown format', async () => {
    expect(await verifySigningPassword('x', 'md5$abc')).toBe(false);
  });

  it.each([
    ['short1A!', /at least 12/],
    ['alllowercaseletters', /three of/],
    ['x'.repeat(300), /at most 256/],
  ])('refuses %p', (password, message) => {
    expect(signingPasswordProblem(password)).toMatch(message);
  });

  it('accepts a long mixed password', () => {
    expect(signingPasswordProblem('Batch-Release-2026')).toBeNull();
  });
});
