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
  ])('refuses %p naming %s', (env, setting) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as ConfigError).setting).toBe(setting);
      expect((err as Error).message).toContain(setting);
    }
  });

  it('starts in production with any one JWT setting', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWKS_URL: 'https://idp.example.com/jwks' }).jwt.jwksUrl).toBeDefined();
  });
});
