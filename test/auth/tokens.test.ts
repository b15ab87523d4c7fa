// Credentials: API keys mapped to roles, JWTs signed with the configured secret or key set.
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createAuthenticator, parseApiKeys } from '../../src/auth/authenticate.js';
import { loadConfig } from '../../src/config.js';
import { TEST_AUTH, testAuthenticate } from '../support/graph.js';

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
    expect(principal).toEqual({ subject: 'jwt:analyst-7', roles: ['admin'], via: 'jwt' });
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
    expect(await authenticate(`Bearer ${token}`)).toEqual({ subject: 'jwt:u1', roles: ['editor'], via: 'jwt' });
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
