// Abuse at the door (#19 part 9): one client's burst of requests is cut off with 429 and Retry-After under the
// default configuration, while another client (another loopback address) is still answered.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/server/rate-limit.js';
import type { RunningServer } from '../../src/server/start.js';
import { startProduct, startTestGraph } from '../support/graph.js';

interface Answer {
  status: number;
  retryAfter?: string;
  body: string;
}

/** One request from `localAddress` (any 127.x.y.z is this machine's loopback on Linux: another client). */
function send(url: string, path: string, localAddress = '127.0.0.1', body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      {
        method: body === undefined ? 'GET' : 'POST',
        localAddress,
        agent: false,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const QUERY = JSON.stringify({ query: '{ __typename }' });

describe('per-client request rate limit', () => {
  let server: RunningServer;

  beforeAll(async () => {
    const seeded = await startTestGraph();
    await seeded.close();
    // The README's defaults: no RATE_LIMIT_* variable set.
    server = await startProduct();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('answers a burst of 300 requests from one client with 429 and Retry-After past the allowance; another client is unaffected', async () => {
    const answers = await Promise.all(Array.from({ length: 300 }, () => send(server.url, '/graphql', '127.0.0.1', QUERY)));
    const ok = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 429);
    expect(ok.length + refused.length).toBe(300);
    expect(ok.length).toBeGreaterThanOrEqual(200);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(answer.body)).toMatchObject({
        errors: [{ extensions: { code: 'TOO_MANY_REQUESTS', limit: 'requests', retryAfter: Number(answer.retryAfter) } }],
      });
    }
    // The pages and exports count too (the bucket refills meanwhile, so some of 60 get through); health checks do not.
    const pages = await Promise.all(Array.from({ length: 60 }, () => send(server.url, '/playground')));
    expect(pages.map((a) => a.status)).toContain(429);
    const exports = await Promise.all(Array.from({ length: 60 }, () => send(server.url, '/export?scope=graph&format=json')));
    expect(exports.map((a) => a.status)).toContain(429);
    const health = await Promise.all(Array.from({ length: 60 }, () => send(server.url, '/health/live')));
    expect(new Set(health.map((a) => a.status))).toEqual(new Set([200]));

    const other = await send(server.url, '/graphql', '127.0.0.2', QUERY);
    expect(other.status).toBe(200);
    expect(JSON.parse(other.body)).toEqual({ data: { __typename: 'Query' } });
  });

  it('refills a client at the configured rate and remembers a bounded number of clients, forgetting the idlest first', () => {
    let now = 0;
    const limiter = new RateLimiter({ requests: 60, windowSeconds: 60, burst: 2, maxClients: 3 }, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([0, 0, 1]);
    now += 1_000;
    expect(limiter.take('a')).toBe(0);
    for (const client of ['b', 'c', 'd']) limiter.take(client);
    expect(limiter.size).toBe(3);
    // 'a' was seen least recently: forgotten, it starts again with a full allowance.
    expect([limiter.take('a'), limiter.take('a')]).toEqual([0, 0]);
  });
});
