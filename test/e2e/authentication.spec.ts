import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { createTestServer, subscribe, TEST_JWT_SECRET, type TestServer } from '../support/test-server';
import { ApiInfoDocument, MeDocument, MyAbilityDocument } from '../generated/graphql';

const claims = { sub: 'u-1', name: 'Li Wei', roles: ['QA_MANAGER'] };
const sign = (payload: object, options: jwt.SignOptions = {}, key: jwt.Secret = TEST_JWT_SECRET) =>
  jwt.sign(payload, key, { algorithm: 'HS256', issuer: 'lotgraph', audience: 'lotgraph-api', expiresIn: 300, ...options });

describe('HS256 tokens', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await createTestServer();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('identifies a valid token: me returns the claims', async () => {
    const res = await t.gql(MeDocument, {}, `token:${sign({ ...claims, siteIds: ['site_a'] })}`);
    expect(res.data?.me).toEqual({ id: 'u-1', name: 'Li Wei', roles: ['QA_MANAGER'], supplierId: null, siteIds: ['site_a'] });
  });

  it.each([
    ['expired', () => sign(claims, { expiresIn: -120 })],
    ['signed with another secret', () => sign(claims, {}, 'another-secret-another-secret-another-secret')],
    ['unsigned (alg none)', () => jwt.sign(claims, '', { algorithm: 'none', issuer: 'lotgraph', audience: 'lotgraph-api', expiresIn: 300 })],
    ['from another issuer', () => sign(claims, { issuer: 'evil' })],
    ['for another audience', () => sign(claims, { audience: 'other-api' })],
    ['without exp', () => jwt.sign(claims, TEST_JWT_SECRET, { algorithm: 'HS256', issuer: 'lotgraph', audience: 'lotgraph-api' })],
    ['without sub', () => sign({ name: 'x', roles: ['ADMIN'] })],
    ['with roles that are not a list', () => sign({ ...claims, roles: 'ADMIN' })],
    ['garbage', () => 'not.a.jwt'],
  ])('refuses a token %s with UNAUTHENTICATED and HTTP 401', async (_name, make) => {
    const res = await t.gql(ApiInfoDocument, {}, `token:${make()}`);
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  });

  it('accepts a token up to 30 s past exp (clock tolerance) but not 90 s', async () => {
    const now = Math.floor(Date.now() / 1000);
    const slightly = jwt.sign({ ...claims, exp: now - 20, iat: now - 300 }, TEST_JWT_SECRET, { algorithm: 'HS256', issuer: 'lotgraph', audience: 'lotgraph-api' });
    expect((await t.gql(MeDocument, {}, `token:${slightly}`)).data?.me?.id).toBe('u-1');
    const tooLate = jwt.sign({ ...claims, exp: now - 90, iat: now - 300 }, TEST_JWT_SECRET, { algorithm: 'HS256', issuer: 'lotgraph', audience: 'lotgraph-api' });
    expect((await t.gql(MeDocument, {}, `token:${tooLate}`)).status).toBe(401);
  });

  it('refuses a token living longer than JWT_MAX_AGE (24 h by default), without iat, or issued in the future', async () => {
    const now = Math.floor(Date.now() / 1000);
    const raw = (payload: object) => jwt.sign({ ...claims, ...payload }, TEST_JWT_SECRET, { algorithm: 'HS256', issuer: 'lotgraph', audience: 'lotgraph-api' });
    expect((await t.gql(MeDocument, {}, `token:${sign(claims, { expiresIn: '24h' })}`)).data?.me?.id).toBe('u-1');
    for (const token of [
      sign(claims, { expiresIn: '100y' }),
      sign(claims, { expiresIn: 24 * 3600 + 1 }),
      sign(claims, { noTimestamp: true }),
      raw({ iat: now + 3600, exp: now + 4000 }),
      // Issued long ago, about to expire: its lifetime, not what is left of it, counts.
      raw({ iat: now - 30 * 3600, exp: now + 60 }),
    ]) {
      const res = await t.gql(MeDocument, {}, `token:${token}`);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const client = t.ws({ authorization: `Bearer ${sign(claims, { expiresIn: '100y' })}` });
    const sub = subscribe(client, 'subscription { materialChanged { eventId } }');
    await sub.waitFor(1, 3000);
    expect(sub.done).toBe(true);
    expect((sub.errors[0] as { code?: number }).code).toBe(4401);
  });

  it('refuses a malformed Authorization header', async () => {
    const res = await t.gql(ApiInfoDocument, {}, null, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(res.status).toBe(401);
  });

  it('treats a request without a token as anonymous: apiInfo only', async () => {
    expect((await t.gql(ApiInfoDocument, {}, null)).data?.apiInfo.name).toBe('Lotgraph');
    const me = await t.gql(MeDocument, {}, null);
    expect(me.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['me', 'UNAUTHENTICATED']]);
    expect(me.data).toEqual({ me: null });
  });

  it('drops unknown roles instead of granting anything', async () => {
    const res = await t.gql(MeDocument, {}, `token:${sign({ ...claims, roles: ['SUPERUSER', 'AUDITOR'] })}`);
    expect(res.data?.me?.roles).toEqual(['AUDITOR']);
  });

  it('returns the packed CASL rules of the caller in myAbility', async () => {
    const res = await t.ok(MyAbilityDocument, {}, { roles: ['SUPPLIER'], supplierId: 'sup_1' });
    expect(res.myAbility).toEqual(expect.arrayContaining([expect.arrayContaining(['read', 'Supplier', { id: 'sup_1' }])]));
  });

  it('applies the same check to WebSocket connectionParams: a bad token closes the socket with 4401', async () => {
    const client = t.ws({ authorization: `Bearer ${sign(claims, { expiresIn: -120 })}` });
    const sub = subscribe(client, 'subscription { materialChanged { eventId } }');
    await sub.waitFor(1, 3000);
    expect(sub.done).toBe(true);
    expect((sub.errors[0] as { code?: number }).code).toBe(4401);
  });
});

describe('in production', () => {
  let prod: TestServer;
  beforeAll(async () => {
    prod = await createTestServer({ NODE_ENV: 'production', JWT_MAX_AGE: '1h' });
  });
  afterAll(async () => {
    await prod?.close();
  });

  it('says only "Invalid token", never which issuer or audience it expects', async () => {
    for (const token of [sign(claims, { issuer: 'evil' }), sign(claims, { audience: 'other-api' }), sign(claims, { expiresIn: -120 }), 'not.a.jwt']) {
      const res = await prod.gql(MeDocument, {}, `token:${token}`);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toBe('Invalid token');
    }
  });

  it('honours JWT_MAX_AGE', async () => {
    expect((await prod.gql(MeDocument, {}, `token:${sign(claims, { expiresIn: '1h' })}`)).data?.me?.id).toBe('u-1');
    expect((await prod.gql(MeDocument, {}, `token:${sign(claims, { expiresIn: '2h' })}`)).status).toBe(401);
  });
});

describe('RS256 tokens from a public key and from JWKS', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const rs = (options: jwt.SignOptions = {}) => jwt.sign(claims, privateKey, { algorithm: 'RS256', issuer: 'idp', audience: 'lotgraph-api', expiresIn: 300, keyid: 'k1', ...options });

  it('verifies RS256 against JWT_PUBLIC_KEY and refuses HS256 tokens (algorithm allow-list)', async () => {
    const t = await createTestServer({ JWT_SECRET: '', JWT_PUBLIC_KEY: pem, JWT_ISSUER: 'idp' });
    try {
      expect((await t.gql(MeDocument, {}, `token:${rs()}`)).data?.me?.name).toBe('Li Wei');
      // The classic confusion attack: HS256 signed with the public key as the secret.
      const confused = jwt.sign(claims, pem, { algorithm: 'HS256', issuer: 'idp', audience: 'lotgraph-api', expiresIn: 300 });
      expect((await t.gql(MeDocument, {}, `token:${confused}`)).status).toBe(401);
    } finally {
      await t.close();
    }
  });

  it('fetches keys from JWKS_URL, caches them, and refuses unknown key ids', async () => {
    let fetches = 0;
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig', alg: 'RS256' };
    const jwks = http.createServer((_req, res) => {
      fetches++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
    const t = await createTestServer({ JWT_SECRET: '', JWKS_URL: url, JWT_ISSUER: 'idp' });
    try {
      expect((await t.gql(MeDocument, {}, `token:${rs()}`)).data?.me?.id).toBe('u-1');
      expect((await t.gql(MeDocument, {}, `token:${rs()}`)).data?.me?.id).toBe('u-1');
      expect(fetches).toBe(1);
      expect((await t.gql(MeDocument, {}, `token:${rs({ keyid: 'k-unknown' })}`)).status).toBe(401);
    } finally {
      await t.close();
      jwks.close();
    }
  });
});
