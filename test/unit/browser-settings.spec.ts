import { ConfigError, loadConfig } from '../../src/config';
import { originMatcher } from '../../src/server/cross-origin';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-chars' };

describe('CORS_ORIGINS', () => {
  it('lets the local development servers in outside production, and no origin in production unless set', () => {
    expect(loadConfig({}).browser.corsOrigins).toEqual(['http://localhost:*', 'http://127.0.0.1:*']);
    expect(loadConfig({ NODE_ENV: 'test' }).browser.corsOrigins).toEqual(['http://localhost:*', 'http://127.0.0.1:*']);
    expect(loadConfig(PRODUCTION).browser.corsOrigins).toEqual([]);
    expect(loadConfig({ ...PRODUCTION, CORS_ORIGINS: 'https://mes.plant.example' }).browser.corsOrigins).toEqual(['https://mes.plant.example']);
    expect(loadConfig({ CORS_ORIGINS: 'none' }).browser.corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: '*' }).browser.corsOrigins).toEqual(['*']);
  });

  it('reads origins and patterns as browsers send origins: lower case, no default port, no trailing slash', () => {
    expect(loadConfig({ CORS_ORIGINS: ' HTTPS://App.Example.com:443/ , http://localhost:*,https://*.plant.example,http://[::1]:8080' }).browser.corsOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:*',
      'https://*.plant.example',
      'http://[::1]:8080',
    ]);
  });

  it.each([
    'app.example.com',
    'https://app.example.com/path',
    'ftp://files.example',
    'https://app.example.com:99999',
    'https://.example.com',
    'https://user@app.example.com',
    'https://app.example.com?x',
    '',
  ])('refuses %p naming CORS_ORIGINS', (entry) => {
    expect(() => loadConfig({ CORS_ORIGINS: `https://ok.example, ${entry}` })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: `https://ok.example, ${entry}` })).toThrow(/CORS_ORIGINS/);
  });
});

describe('origin patterns', () => {
  const allowed = originMatcher(['https://app.example.com', 'http://localhost:*', 'https://*.plant.example']);

  it.each(['https://app.example.com', 'HTTPS://APP.EXAMPLE.COM', 'http://localhost:5173', 'https://mes.plant.example', 'https://line-2.sz.plant.example'])('allows %s', (origin) => {
    expect(allowed(origin)).toBe(true);
  });

  it.each([
    'http://app.example.com',
    'https://app.example.com:8443',
    'https://app.example.com.evil.example',
    'http://localhost',
    'http://localhost.evil.example:5173',
    'http://localhost:5173@evil.example',
    'https://plant.example',
    'https://evil.example/.plant.example',
    'https://evil.example#.plant.example',
    'null',
  ])('refuses %s', (origin) => {
    expect(allowed(origin)).toBe(false);
  });

  it('allows every origin for "*" and none for an empty list', () => {
    expect(originMatcher(['*'])('https://anything.example')).toBe(true);
    expect(originMatcher([])('http://localhost:3000')).toBe(false);
  });
});

describe('GRAPHQL_IDE', () => {
  it('is on outside production and off in production unless turned on', () => {
    expect(loadConfig({}).browser.graphqlIde).toBe(true);
    expect(loadConfig(PRODUCTION).browser.graphqlIde).toBe(false);
    expect(loadConfig({ ...PRODUCTION, GRAPHQL_IDE: 'on' }).browser.graphqlIde).toBe(true);
    expect(loadConfig({ GRAPHQL_IDE: 'off' }).browser.graphqlIde).toBe(false);
    expect(() => loadConfig({ GRAPHQL_IDE: 'yes' })).toThrow(/GRAPHQL_IDE/);
  });
});
