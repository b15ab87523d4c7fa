// Turns an Authorization header into a principal: API keys mapped to roles, or JWTs signed with a
// shared secret (HS256) or a configured JSON Web Key Set. A bad credential is UNAUTHENTICATED; so is a JWT
// without `exp`, one signed with an algorithm not listed, or one claiming a lifetime past the maximum.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { isJwks, type Config } from '../config.js';
import { AppError } from '../base/errors.js';
import { ANONYMOUS, isRole, type Principal, type Role } from './roles.js';

export type Authenticate = (authorization: string | undefined) => Promise<Principal>;

interface ApiKey {
  digest: Buffer;
  role: Role;
  name: string;
}

const unauthenticated = (message: string) => new AppError('UNAUTHENTICATED', message, { http: { status: 401 } });
const digest = (text: string) => createHash('sha256').update(text).digest();

/** Parses `key:role[,key:role...]`; throws naming API_KEYS when malformed. */
export function parseApiKeys(spec: string): ApiKey[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry, i) => {
      const at = entry.lastIndexOf(':');
      const key = entry.slice(0, at);
      const role = entry.slice(at + 1);
      if (at < 1 || key.length < 16 || !isRole(role)) {
        throw new Error(`API_KEYS entry ${i + 1}: expected <key of 16+ characters>:<reader|editor|admin>`);
      }
      return { digest: digest(key), role, name: `api-key-${i + 1}` };
    });
}

/** The key set JWT_JWKS holds; an Error naming the variable when it is not one. */
function keySet(jwks: string): JWTVerifyGetKey {
  const problem = 'JWT_JWKS: not a JSON Web Key Set as JSON text ({"keys": [{"kty": ...}]})';
  if (!isJwks(jwks)) throw new Error(problem);
  try {
    return createLocalJWKSet(JSON.parse(jwks) as Parameters<typeof createLocalJWKSet>[0]);
  } catch (error) {
    throw new Error(`${problem}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Used when JWT_MAX_LIFETIME_SECONDS is not given (the configuration's default). */
export const DEFAULT_JWT_MAX_LIFETIME_SECONDS = 86_400;
const SECRET_ALGORITHMS = ['HS256'];
const KEY_SET_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

/** The algorithms JWTs may be signed with; an Error naming JWT_ALGORITHMS when they do not fit the key kind. */
export function jwtAlgorithms(listed: readonly string[] | undefined, keyKind: 'secret' | 'key-set'): string[] {
  if (!listed) return keyKind === 'secret' ? SECRET_ALGORITHMS : KEY_SET_ALGORITHMS;
  // A shared secret only verifies HMAC; an HMAC "key" from a public key set would be a known forgery route.
  const wrong = listed.filter((alg) => alg.startsWith('HS') !== (keyKind === 'secret'));
  if (wrong.length > 0) {
    const kind = keyKind === 'secret' ? 'JWT_SECRET verifies only HS256, HS384 or HS512' : 'JWT_JWKS verifies no HS* algorithm';
    throw new Error(`JWT_ALGORITHMS: ${wrong.join(', ')} cannot be used (${kind})`);
  }
  return [...listed];
}

type AuthConfig = Pick<Config, 'API_KEYS' | 'JWT_SECRET' | 'JWT_JWKS' | 'JWT_ISSUER' | 'JWT_AUDIENCE'> &
  Partial<Pick<Config, 'JWT_ALGORITHMS' | 'JWT_MAX_LIFETIME_SECONDS'>>;

export function createAuthenticator(config: AuthConfig): Authenticate {
  const keys = parseApiKeys(config.API_KEYS);
  const jwtKey: Uint8Array | JWTVerifyGetKey | undefined = config.JWT_JWKS
    ? keySet(config.JWT_JWKS)
    : config.JWT_SECRET
      ? new TextEncoder().encode(config.JWT_SECRET)
      : undefined;
  const options = {
    algorithms: jwtAlgorithms(config.JWT_ALGORITHMS, config.JWT_JWKS ? 'key-set' : 'secret'),
    requiredClaims: ['exp'],
  };
  const maxLifetime = config.JWT_MAX_LIFETIME_SECONDS ?? DEFAULT_JWT_MAX_LIFETIME_SECONDS;

  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthenticated('Authorization must be "Bearer <token>"');
    const token = match[1]!;
    const presented = digest(token);
    const apiKey = keys.find((k) => timingSafeEqual(k.digest, presented));
    if (apiKey) return { subject: apiKey.name, roles: [apiKey.role], via: 'api-key' };
    if (!jwtKey || token.split('.').length !== 3) throw unauthenticated('Unknown API key or token');
    try {
      const verify = typeof jwtKey === 'function' ? jwtVerify(token, jwtKey, options) : jwtVerify(token, jwtKey, options);
      const { payload } = await verify;
      if (config.JWT_ISSUER && payload.iss !== config.JWT_ISSUER) throw new Error('issuer');
      if (config.JWT_AUDIENCE && ![payload.aud].flat().includes(config.JWT_AUDIENCE)) throw new Error('audience');
      // jose checked that `exp` is a number in the future. The lifetime counts from `iat` when the token
      // says when it was issued, else from now: a year-long token is refused either way.
      const exp = payload.exp!;
      const from = typeof payload.iat === 'number' ? payload.iat : Date.now() / 1000;
      if (exp - from > maxLifetime) throw new Error('lifetime');
      const roles = (Array.isArray(payload.roles) ? payload.roles : []).filter(isRole);
      return { subject: `jwt:${payload.sub ?? 'unknown'}`, roles, via: 'jwt', expiresAt: exp * 1000 };
    } catch {
      throw unauthenticated('Invalid or expired token');
    }
  };
}
