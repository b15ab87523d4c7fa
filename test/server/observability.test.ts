// What an operator sees: one JSON log line per GraphQL request and Prometheus metrics at /metrics.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/observability/index.js';
import type { AppOptions } from '../../src/server/app.js';
import { startTestGraph, type TestGraph } from '../support/graph.js';
import { serveApp, type ServedApp } from '../support/http.js';

let graph: TestGraph;
let served: ServedApp;
const lines: Record<string, unknown>[] = [];

/** A pino destination that keeps every line in `lines`. */
const memory = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

const serve = (options: Partial<AppOptions> = {}) =>
  serveApp(graph.db, { logger: pino({ level: 'info' }, memory), ...options });

const capped = createMetrics({ maxOperationNames: 2 });

beforeAll(async () => {
  graph = await startTestGraph({ apolloOptions: { plugins: [capped.plugin] } });
  served = await serve();
});
afterAll(async () => {
  await served.close();
  await graph.close();
});

const post = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${served.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

const metricsText = async (base = served.base) => {
  const res = await fetch(`${base}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return res.text();
};

/** The value of one sample, e.g. `neo4j_queries_total` or `graphql_errors_total{code="NOT_FOUND"}`. */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('metrics', () => {
  it('times each named operation and counts the Cypher it ran', async () => {
    for (let i = 0; i < 2; i++) expect((await post('query WitkoffName { node(id: "person:witkoff") { id } }')).status).toBe(200);
    const text = await metricsText();
    expect(sample(text, 'graphql_request_duration_seconds_count{operation="WitkoffName",status="ok"}')).toBe(2);
    expect(sample(text, 'neo4j_queries_total')).toBeGreaterThanOrEqual(2);
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_heap_size_used_bytes');
  });

  it('counts errors by code', async () => {
    // Counters are process-wide: compare with what they said before this test.
    const series = [
      'graphql_errors_total{code="NOT_FOUND"}',
      'graphql_request_duration_seconds_count{operation="Ghost",status="error"}',
      'graphql_request_duration_seconds_count{operation="anonymous",status="error"}',
    ];
    const before = await metricsText();
    await post('query Ghost { node(id: "person:ghost") { id } }');
    await post('{ node(id: "person:ghost") { id } }');
    const text = await metricsText();
    const added = series.map((s) => (sample(text, s) ?? 0) - (sample(before, s) ?? 0));
    expect(added).toEqual([2, 1, 1]);
  });

  it('files operation names past the cap under "other"', async () => {
    for (const name of ['First', 'Second', 'Third', 'Fourth', 'First']) {
      await graph.run(`query ${name} { node(id: "person:vance") { id } }`);
    }
    const text = await capped.registry.metrics();
    expect(sample(text, 'graphql_request_duration_seconds_count{operation="First",status="ok"}')).toBe(2);
    expect(sample(text, 'graphql_request_duration_seconds_count{operation="Second",status="ok"}')).toBe(1);
    expect(sample(text, 'graphql_request_duration_seconds_count{operation="other",status="ok"}')).toBe(2);
    expect(text).not.toContain('operation="Third"');
  });

  it('is not served when METRICS_ENABLED=false', async () => {
    const off = await serve({ metricsEnabled: false });
    try {
      expect((await fetch(`${off.base}/metrics`)).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});

describe('request logs', () => {
  const requestLines = (requestId: string) => lines.filter((l) => l.msg === 'graphql request' && l.requestId === requestId);

  it('writes one line per request with its id, operation, duration, Cypher count, error codes and status', async () => {
    const res = await post('query VanceName { node(id: "person:vance") { id ... on Entity { name } } }', { 'x-request-id': 'log-ok-1' });
    expect(res.status).toBe(200);
    const logged = requestLines('log-ok-1');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 30, operationName: 'VanceName', errorCodes: [], status: 200 });
    expect(logged[0]!.durationMs).toEqual(expect.any(Number));
    expect(logged[0]!.cypherQueries).toBeGreaterThanOrEqual(1);
  });

  it('lists the error codes the client got', async () => {
    await post('query Ghost { node(id: "person:ghost") { id } }', { 'x-request-id': 'log-missing-1' });
    expect(requestLines('log-missing-1')[0]).toMatchObject({ operationName: 'Ghost', errorCodes: ['NOT_FOUND'], status: 200 });
  });

  it('shows an operation refused as too complex, with no Cypher run', async () => {
    const query = `query Wide { ${Array.from({ length: 30 }, (_, i) => `a${i}: node(id: "person:vance") { id }`).join(' ')} }`;
    const res = await post(query, { 'x-request-id': 'log-refused-1' });
    expect(res.status).toBe(400);
    expect(requestLines('log-refused-1')[0]).toMatchObject({ errorCodes: ['QUERY_TOO_COMPLEX'], cypherQueries: 0, status: 400 });
  });
});
