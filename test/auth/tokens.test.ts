// Credentials: API keys mapped to roles, JWTs signed with the configured secret or key set, with `exp`, a
// bounded lifetime and a listed algorithm; and credentials checked before a document is parsed or validated.
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator, parseApiKeys } from '../../src/auth/authenticate.js';
import { loadConfig } from '../../src/config.js';
import type { GraphDatabase } from '../../src/db/database.js';
import { TEST_AUTH, testAuthenticate, testDatabase, TOKENS } from '../support/graph.js';
import { serveApp, type ServedApp } from '../support/http.js';

const secret = new TextEncoder().encode(TEST_AUTH.JWT_SECRET);
const sign = (claims: Record<string, unknown>, expires = '5m', key: Uint8Array = secret) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('analyst-7').setIssuedAt().setExpirationTime(expires).sign(key);

describe('authentication', () => {
  it('maps an API key to its role and names the key, not the secret, as the actor', async () => {
    expect(await testAuthenticate('Bearer editor-key-0123456789')).toEqual({ subject: 'api-key-2', roles: ['editor'], via: 'api-key' });
    expect(await testAuthenticate(undefined)).toMatchObject({ via: 'anonymous', roles: [] });
  });

  it('accepts a JWT signed with the secret and takes its roles claim', async () => {
    const principal = await testAuthenticate(`Bearer ${await sign({ roles: ['admin', 'not-a-role'] })}`);
    expect(principal).toEqual({ subject: 'jwt:analyst-7', roles: ['admin'], via: 'jwt', expiresAt: expect.any(Number) });
  });

  it('refuses expired, forged and malformed credentials with UNAUTHENTICATED', async () => {
    const expired = await sign({ roles: ['admin'] }, '-1m');
    const forged = await sign({ roles: ['admin'] }, '5m', new TextEncoder().encode('another-secret-that-is-long-enough-000000'));
    for (const header of [`Bearer ${expired}`, `Bearer ${forged}`, 'Bearer a.b.c', 'Basic dXNlcjpwdw==', 'Bearer unknown-key']) {
      await expect(testAuthenticate(header)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('verifies JWTs against a configured JSON Web Key Set', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
    const authenticate = createAuthenticator({
      ...TEST_AUTH,
      JWT_SECRET: undefined,
      JWT_JWKS: JSON.stringify({ keys: [jwk] }),
      JWT_ISSUER: 'https://idp.example.org',
    });
    const token = await new SignJWT({ roles: ['editor'] })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setIssuer('https://idp.example.org')
      .setSubject('u1')
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(await authenticate(`Bearer ${token}`)).toEqual({
      subject: 'jwt:u1',
      roles: ['editor'],
      via: 'jwt',
      expiresAt: expect.any(Number),
    });
  });

  it('rejects malformed API_KEYS configuration with a message naming it', () => {
    expect(() => parseApiKeys('short:editor')).toThrow(/API_KEYS entry 1/);
    expect(() => parseApiKeys('long-enough-key-000000:superuser')).toThrow(/API_KEYS/);
  });

  it('stops start-up on a malformed JWT_JWKS with a message naming it', () => {
    for (const jwks of ['{"keys": [', '{"keys": "k1"}', '{"keys": []}', '[{"kty": "EC"}]', 'null']) {
      expect(() => loadConfig({ JWT_JWKS: jwks }), jwks).toThrow(/JWT_JWKS: must be a JSON Web Key Set/);
      expect(() => createAuthenticator({ ...TEST_AUTH, JWT_JWKS: jwks }), jwks).toThrow(/^JWT_JWKS: not a JSON Web Key Set/);
    }
    expect(loadConfig({ JWT_JWKS: '{"keys": [{"kty": "EC", "crv": "P-256", "x": "x", "y": "y"}]}' }).JWT_JWKS).toContain('"kty"');
  });
});

describe('JWT lifetime and algorithms', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const YEAR = 365 * 86_400;
  const refused = (token: string, authenticate = testAuthenticate) =>
    expect(authenticate(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

  it('refuses a JWT without exp, which would never expire', async () => {
    await refused(
      await new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('forever').setIssuedAt().sign(secret),
    );
  });

  it('refuses a token signed with another HMAC algorithm than the listed one (HS256 by default)', async () => {
    const hs512 = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS512' })
      .setSubject('a')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(secret);
    await refused(hs512);
    const listed = createAuthenticator({ ...TEST_AUTH, JWT_ALGORITHMS: ['HS512'] });
    expect(await listed(`Bearer ${hs512}`)).toMatchObject({ subject: 'jwt:a', roles: ['admin'] });
    await refused(await sign({ roles: ['admin'] }), listed);
  });

  it('refuses a token whose lifetime exceeds JWT_MAX_LIFETIME_SECONDS (a day by default), counted from iat or else from now', async () => {
    const tenYears = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime(now() + 10 * YEAR)
      .sign(secret);
    await refused(tenYears);
    const noIat = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime(now() + 10 * YEAR)
      .sign(secret);
    await refused(noIat);
    // Issued long ago, expiring soon: its lifetime is still ten years.
    const backdated = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(now() - 10 * YEAR)
      .setExpirationTime('5m')
      .sign(secret);
    await refused(backdated);
    const twelveHours = await new SignJWT({ roles: ['reader'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime('12h')
      .sign(secret);
    expect(await testAuthenticate(`Bearer ${twelveHours}`)).toMatchObject({ via: 'jwt', roles: ['reader'] });
    await refused(twelveHours, createAuthenticator({ ...TEST_AUTH, JWT_MAX_LIFETIME_SECONDS: 3_600 }));
  });

  it('still accepts a well-formed token and reports when it expires', async () => {
    const exp = now() + 300;
    const token = await new SignJWT({ roles: ['editor'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('desk')
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(secret);
    expect(await testAuthenticate(`Bearer ${token}`)).toEqual({
      subject: 'jwt:desk',
      roles: ['editor'],
      via: 'jwt',
      expiresAt: exp * 1000,
    });
  });

  it('stops start-up on JWT_ALGORITHMS that are unknown or do not fit the key', () => {
    expect(loadConfig({ JWT_ALGORITHMS: 'HS256, HS384' }).JWT_ALGORITHMS).toEqual(['HS256', 'HS384']);
    expect(() => loadConfig({ JWT_ALGORITHMS: 'none' })).toThrow(/JWT_ALGORITHMS: "none" is not one of/);
    expect(() => loadConfig({ JWT_ALGORITHMS: ' , ' })).toThrow(/JWT_ALGORITHMS/);
    expect(() => createAuthenticator({ ...TEST_AUTH, JWT_ALGORITHMS: ['RS256'] })).toThrow(/^JWT_ALGORITHMS: RS256 cannot be used/);
    const jwks = JSON.stringify({
      keys: [
        { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' },
      ],
    });
    expect(() => createAuthenticator({ ...TEST_AUTH, JWT_SECRET: undefined, JWT_JWKS: jwks, JWT_ALGORITHMS: ['HS256'] })).toThrow(
      /^JWT_ALGORITHMS: HS256/,
    );
    expect(loadConfig({}).JWT_MAX_LIFETIME_SECONDS).toBe(86_400);
  });
});

describe('credentials before validation', () => {
  let db: GraphDatabase;
  let guarded: ServedApp;
  let open: ServedApp;
  beforeAll(async () => {
    db = testDatabase();
    guarded = await serveApp(db, { readsRequireAuth: true });
    open = await serveApp(db);
  });
  afterAll(async () => {
    await guarded?.close();
    await open?.close();
    await db?.close();
  });

  const post = async (base: string, query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    const text = await res.text();
    const body = JSON.parse(text) as { errors?: { message: string; extensions: Record<string, unknown> }[] };
    return { status: res.status, text, codes: (body.errors ?? []).map((e) => e.extensions.code) };
  };

  // Each would name schema types or fields in a validation message if it were validated first.
  const probes = ['{ nosuchfield }', '{ entity(id: "person:vance") { nmae } }', '{ __schema { types { name } } }', '{ node(id: 1) { id } '];

  it('answers an anonymous caller UNAUTHENTICATED (401), not validation errors, when READS_REQUIRE_AUTH=true', async () => {
    // The README's example (Tokens).
    expect(JSON.parse((await post(guarded.base, '{ nosuchfield }')).text)).toEqual({
      errors: [
        {
          message: 'This operation needs a bearer token with the reader role',
          extensions: { code: 'UNAUTHENTICATED', requestId: expect.any(String) },
        },
      ],
    });
    for (const query of probes) {
      const answer = await post(guarded.base, query);
      expect([answer.status, answer.codes], query).toEqual([401, ['UNAUTHENTICATED']]);
      expect(answer.text, query).not.toMatch(/nosuchfield|nmae|Query|Entity|Syntax/);
    }
  });

  it('answers a bad token UNAUTHENTICATED before validation, also with reads open (the default)', async () => {
    for (const base of [guarded.base, open.base]) {
      const answer = await post(base, '{ nosuchfield }', { authorization: 'Bearer not-a-known-key-0000' });
      expect([answer.status, answer.codes]).toEqual([401, ['UNAUTHENTICATED']]);
    }
  });

  it('still validates the operations of a caller with a good credential', async () => {
    const answer = await post(guarded.base, '{ nosuchfield }', { authorization: `Bearer ${TOKENS.reader}` });
    expect([answer.status, answer.codes]).toEqual([400, ['GRAPHQL_VALIDATION_FAILED']]);
  });

  it('logs and counts a refused credential like any other error, under the operation name sent', async () => {
    const series = [
      'graphql_errors_total{code="UNAUTHENTICATED"}',
      'graphql_request_duration_seconds_count{operation="Probe",type="unknown",status="error"}',
    ];
    const counts = async () => {
      const lines = (await (await fetch(`${guarded.base}/metrics`)).text()).split('\n');
      return series.map((s) => Number(lines.find((l) => l.startsWith(`${s} `))?.split(' ')[1] ?? 0));
    };
    const before = await counts();
    const res = await fetch(`${guarded.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation Probe { nosuchfield }', operationName: 'Probe' }),
    });
    expect(res.status).toBe(401);
    expect(await counts()).toEqual(before.map((n) => n + 1));
  });
});
