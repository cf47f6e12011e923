import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('has working defaults for development', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, host: '0.0.0.0', nodeEnv: 'development', logLevel: 'info', databaseUrl: undefined });
    expect(c.jwt).toMatchObject({ issuer: 'lotgraph', audience: 'lotgraph-api' });
    expect(c.dataDir).toMatch(/\.lotgraph$/);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ JWT_PUBLIC_KEY: 'abc' }, 'JWT_PUBLIC_KEY'],
    [{ JWKS_URL: 'ftp://keys' }, 'JWKS_URL'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ PURCHASE_APPROVAL_LIMIT: '-1 EUR' }, 'PURCHASE_APPROVAL_LIMIT'],
    [{ PURCHASE_APPROVAL_LIMIT: '1e5 EUR' }, 'PURCHASE_APPROVAL_LIMIT'],
    [{ PURCHASE_APPROVAL_LIMIT: '10.1234567 EUR' }, 'PURCHASE_APPROVAL_LIMIT'],
    [{ PURCHASE_APPROVAL_LIMIT: '10000' }, 'PURCHASE_APPROVAL_LIMIT'],
    [{ PURCHASE_APPROVAL_LIMIT: '10000 eur' }, 'PURCHASE_APPROVAL_LIMIT'],
    [{ PURCHASE_APPROVAL_LIMIT: '10000 EUR, 20000 EUR' }, 'PURCHASE_APPROVAL_LIMIT'],
    [{ RECEIPT_OVER_TOLERANCE_PERCENT: '101' }, 'RECEIPT_OVER_TOLERANCE_PERCENT'],
    [{ RECEIPT_OVER_TOLERANCE_PERCENT: 'ten' }, 'RECEIPT_OVER_TOLERANCE_PERCENT'],
    [{ COMPANY_NAME: 'Acme\nMedical' }, 'COMPANY_NAME'],
    [{ COMPANY_NAME: 'x'.repeat(201) }, 'COMPANY_NAME'],
    [{ JWT_MAX_AGE: 'forever' }, 'JWT_MAX_AGE'],
    [{ JWT_MAX_AGE: '-1h' }, 'JWT_MAX_AGE'],
    [{ JWT_MAX_AGE: '30s' }, 'JWT_MAX_AGE'],
    [{ JWT_MAX_AGE: '31d' }, 'JWT_MAX_AGE'],
    [{ METRICS_TOKEN: 'too-short' }, 'METRICS_TOKEN'],
    [{ METRICS_TOKEN: 'has a space 0123456789abcdefghijklmnop' }, 'METRICS_TOKEN'],
    [{ SIGNING_PASSWORD_MAX_AGE_DAYS: '0' }, 'SIGNING_PASSWORD_MAX_AGE_DAYS'],
    [{ SIGNING_PASSWORD_MAX_AGE_DAYS: 'never' }, 'SIGNING_PASSWORD_MAX_AGE_DAYS'],
    [{ SIGNING_PASSWORD_HISTORY: '0' }, 'SIGNING_PASSWORD_HISTORY'],
    [{ WEBHOOK_LEASE_MS: '999' }, 'WEBHOOK_LEASE_MS'],
    [{ WEBHOOK_LEASE_MS: '600001' }, 'WEBHOOK_LEASE_MS'],
    [{ SIGNING_PASSWORD_HISTORY: '25' }, 'SIGNING_PASSWORD_HISTORY'],
  ])('refuses %p naming %s', (env, setting) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as ConfigError).setting).toBe(setting);
      expect((err as Error).message).toContain(setting);
    }
  });

  it('defaults the purchase approval limit to 10000 EUR and the over-receipt tolerance to 10 %, as exact decimals', () => {
    expect(loadConfig({}).purchasing).toEqual({ approvalLimits: { EUR: '10000' }, receiptOverTolerancePercent: '10' });
    expect(loadConfig({ PURCHASE_APPROVAL_LIMIT: '2500.50 EUR, 75000 CNY', RECEIPT_OVER_TOLERANCE_PERCENT: '0' }).purchasing).toEqual({
      approvalLimits: { EUR: '2500.50', CNY: '75000' },
      receiptOverTolerancePercent: '0',
    });
  });

  it('takes the company name for document headers as one trimmed line in any script, unset when blank', () => {
    expect(loadConfig({ COMPANY_NAME: '  苏州示例医疗器械有限公司 ' }).companyName).toBe('苏州示例医疗器械有限公司');
    expect(loadConfig({ COMPANY_NAME: ' ' }).companyName).toBeUndefined();
    expect(loadConfig({}).companyName).toBeUndefined();
  });

  it('limits token lifetimes to 24 h by default, read as seconds, minutes, hours or days', () => {
    expect(loadConfig({}).jwt.maxAgeSeconds).toBe(86_400);
    expect(loadConfig({ JWT_MAX_AGE: '30m' }).jwt.maxAgeSeconds).toBe(1800);
    expect(loadConfig({ JWT_MAX_AGE: '7d' }).jwt.maxAgeSeconds).toBe(604_800);
    expect(loadConfig({ JWT_MAX_AGE: '3600' }).jwt.maxAgeSeconds).toBe(3600);
  });

  it('ages signing passwords after 90 days and remembers the last 5 by default', () => {
    expect(loadConfig({}).signing).toEqual({ passwordMaxAgeDays: 90, passwordHistory: 5 });
    expect(loadConfig({ SIGNING_PASSWORD_MAX_AGE_DAYS: '30', SIGNING_PASSWORD_HISTORY: '12' }).signing).toEqual({ passwordMaxAgeDays: 30, passwordHistory: 12 });
  });

  it('starts in production with any one JWT setting', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWKS_URL: 'https://idp.example.com/jwks' }).jwt.jwksUrl).toBeDefined();
  });
});
