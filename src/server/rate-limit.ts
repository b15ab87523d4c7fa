// Requests per client over HTTP: a token bucket per remote address (admission.ts `clientKey`). A client may send
// `burst` requests at once, then `requests` per `windowSeconds` on average; beyond that it gets 429 with
// Retry-After and a GraphQL-style JSON error (TOO_MANY_REQUESTS) before any work.
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config.js';
import { clientKey, tooManyRequests } from '../core/admission.js';

export interface RateLimitOptions {
  /** Requests per window, on average. */
  requests: number;
  windowSeconds: number;
  /** Requests a client may send at once (the bucket's size). */
  burst: number;
  /** Clients remembered at most; the least recently seen is forgotten first (memory stays bounded). */
  maxClients?: number;
}

/** The configured limit, or undefined when RATE_LIMIT_ENABLED=false. */
export function rateLimitFromConfig(config: Config): RateLimitOptions | undefined {
  if (!config.RATE_LIMIT_ENABLED) return undefined;
  return { requests: config.RATE_LIMIT_REQUESTS, windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS, burst: config.RATE_LIMIT_BURST };
}

interface Bucket {
  tokens: number;
  /** When `tokens` was computed (ms, monotonic). */
  at: number;
}

/** Token buckets by client; `take` spends one token or says how many seconds until one is there. */
export class RateLimiter {
  // Insertion order is recency order (a touched bucket is re-inserted), so the first key is the stalest.
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly maxClients: number;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.perMs = options.requests / (options.windowSeconds * 1000);
    this.maxClients = options.maxClients ?? 10_000;
  }

  /** 0 when admitted; else the whole seconds to wait before a request would be. */
  take(client: string): number {
    const now = this.now();
    const seen = this.buckets.get(client);
    const tokens = seen ? Math.min(this.options.burst, seen.tokens + (now - seen.at) * this.perMs) : this.options.burst;
    this.buckets.delete(client);
    if (tokens < 1) {
      this.buckets.set(client, { tokens, at: now });
      return Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000));
    }
    this.buckets.set(client, { tokens: tokens - 1, at: now });
    // A forgotten client starts again with a full bucket, which only the stalest (idlest) ones get.
    if (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
    return 0;
  }

  /** Clients remembered now. */
  get size(): number {
    return this.buckets.size;
  }
}

/**
 * Express middleware counting every request but health checks (probes poll them and they cost nothing);
 * a refused one gets 429, Retry-After and `{errors: [{extensions: {code: TOO_MANY_REQUESTS, retryAfter}}]}`.
 */
export function rateLimit(options: RateLimitOptions) {
  const limiter = new RateLimiter(options);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.path.startsWith('/health/')) return next();
    const wait = limiter.take(clientKey(req.socket.remoteAddress));
    if (wait === 0) return next();
    const error = tooManyRequests(
      `At most ${options.burst} requests at once and ${options.requests} per ${options.windowSeconds} s per client (RATE_LIMIT_REQUESTS); retry later.`,
      wait,
      { limit: 'requests' },
    );
    const { http: _http, ...extensions } = error.extensions;
    res
      .status(429)
      .setHeader('Retry-After', String(wait))
      .json({ errors: [{ message: error.message, extensions }] });
  };
}
