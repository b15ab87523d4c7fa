// CORS for /graphql: which browser origins may call the API, and the preflight answer they need.
// Credentials (cookies) are never allowed: this API authenticates with the Authorization header, which
// a page sends explicitly, so no ambient credential can ride on a cross-site request and `*` stays safe.
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config.js';

/** Origins of the usual local dev servers (Next/CRA 3000, Vite 5173, vite preview 4173, 8080), when CORS_ORIGINS is unset. */
export const DEVELOPMENT_ORIGINS: readonly string[] = ['3000', '4173', '5173', '8080'].flatMap((port) => [
  `http://localhost:${port}`,
  `http://127.0.0.1:${port}`,
]);

/** CORS_ORIGINS when set; else the development origins, or none under NODE_ENV=production. */
export function corsOriginsFromConfig(config: Config): readonly string[] {
  return config.CORS_ORIGINS ?? (config.NODE_ENV === 'production' ? [] : DEVELOPMENT_ORIGINS);
}

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
// Those a client of this API sends: the token, JSON, the two CSRF-prevention headers, its own request
// id and the replay key of a write.
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-request-id',
  'idempotency-key',
].join(', ');
// Chromium caps a cached preflight at 2 hours; 10 minutes keeps a changed policy from lingering.
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/** Whether a request's Origin header names an allowed origin (for WebSocket upgrades too, which CORS does not cover). */
export function isOriginAllowed(origins: readonly string[], origin: string | undefined): boolean {
  return origin !== undefined && (origins.includes('*') || origins.includes(origin));
}

/**
 * Express middleware: CORS headers for allowed origins, and every OPTIONS answered here (204) so a
 * preflight never reaches Apollo, whose CSRF prevention would refuse it. A disallowed origin gets no
 * CORS header at all, so its browser blocks the response.
 */
export function corsPolicy(origins: readonly string[]) {
  const anyOrigin = origins.includes('*');
  return (req: Request, res: Response, next: NextFunction): void => {
    // The answer differs by Origin: shared caches must key on it.
    res.vary('Origin');
    const origin = req.header('origin');
    const permitted = isOriginAllowed(origins, origin);
    if (permitted) {
      res.setHeader('Access-Control-Allow-Origin', anyOrigin ? '*' : String(origin));
      res.setHeader('Access-Control-Expose-Headers', 'x-request-id');
    }
    if (req.method !== 'OPTIONS') return next();
    res.setHeader('Allow', ALLOWED_METHODS);
    if (permitted) {
      res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', PREFLIGHT_MAX_AGE_SECONDS);
    }
    res.status(204).end();
  };
}
