// What an operator sees: one JSON log line per GraphQL request and Prometheus metrics at /metrics, for
// operations over HTTP and over WebSocket alike.
import { Writable } from 'node:stream';
import { createClient, type Client } from 'graphql-ws';
import type { GraphQLFormattedError } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createMetrics } from '../../src/observability/index.js';
import type { AppOptions } from '../../src/server/app.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { productConfig, startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';
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

const serve = (options: Partial<AppOptions> = {}) => serveApp(graph.db, { logger: pino({ level: 'info' }, memory), ...options });

const capped = createMetrics({ maxOperationNames: 2 });

beforeAll(async () => {
  graph = await startTestGraph({ graphqlOptions: { metrics: capped } });
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
    expect(sample(text, 'graphql_request_duration_seconds_count{operation="WitkoffName",type="query",status="ok"}')).toBe(2);
    expect(sample(text, 'neo4j_queries_total')).toBeGreaterThanOrEqual(2);
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_heap_size_used_bytes');
  });

  it('counts errors by code', async () => {
    // Counters are process-wide: compare with what they said before this test.
    const series = [
      'graphql_errors_total{code="NOT_FOUND"}',
      'graphql_request_duration_seconds_count{operation="Ghost",type="query",status="error"}',
      'graphql_request_duration_seconds_count{operation="anonymous",type="query",status="error"}',
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
    expect(sample(text, 'graphql_request_duration_seconds_count{operation="First",type="query",status="ok"}')).toBe(2);
    expect(sample(text, 'graphql_request_duration_seconds_count{operation="Second",type="query",status="ok"}')).toBe(1);
    expect(sample(text, 'graphql_request_duration_seconds_count{operation="other",type="query",status="ok"}')).toBe(2);
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

describe('bounds on what clients put into metrics and logs', () => {
  const longName = 'Q'.repeat(100_000);

  it('files 100,000-character operation names under "other", keeps /metrics small and cuts the log line', async () => {
    const before = await metricsText();
    const series = 'graphql_request_duration_seconds_count{operation="other",type="query",status="ok"}';
    for (let i = 1; i <= 3; i++) {
      // A distinct name each time: on a label per name the series would grow with every request.
      const res = await post(`query ${longName}${i} { __typename }`, { 'x-request-id': `log-long-name-${i}` });
      expect(res.status).toBe(200);
    }
    const text = await metricsText();
    expect(text).not.toContain(longName.slice(0, 1_000));
    expect((sample(text, series) ?? 0) - (sample(before, series) ?? 0)).toBe(3);
    expect(text.length).toBeLessThan(100_000);

    for (let i = 1; i <= 3; i++) {
      const [line, ...more] = lines.filter((l) => l.msg === 'graphql request' && l.requestId === `log-long-name-${i}`);
      expect(more).toHaveLength(0);
      expect(String(line!.operationName)).toBe(`${'Q'.repeat(64)}…[${100_000 - 64 + 1} more characters]`);
      expect(JSON.stringify(line).length).toBeLessThan(2_000);
    }
  });

  it('files a name that is not a GraphQL name, and an error code it does not know, under "other"', async () => {
    const text = async () => capped.registry.metrics();
    const before = await text();
    const watch = capped.observer.started();
    watch.ended({
      requestId: 'r1',
      operationName: 'not a name {}',
      operationType: 'query',
      transport: 'ws',
      cypherQueries: 0,
      errorCodes: ['X'.repeat(10_000)],
      status: 400,
    });
    const after = await text();
    const grew = (series: string) => (sample(after, series) ?? 0) - (sample(before, series) ?? 0);
    expect(grew('graphql_errors_total{code="other"}')).toBe(1);
    expect(grew('graphql_request_duration_seconds_count{operation="other",type="query",status="error"}')).toBe(1);
    expect(after).not.toContain('XXXXXXXX');
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

describe('WebSocket operations', () => {
  // The whole product (startServer), as graphql-ws subscribers meet it: HTTP and WebSocket on one port.
  let api: RunningServer;
  let client: Client;
  beforeAll(async () => {
    const config = productConfig();
    api = await startServer(config, pino({ level: 'info' }, memory), config.NEO4J_URI!);
    await api.schemaReady;
    client = createClient({ url: api.url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0 });
  });
  afterAll(async () => {
    await client?.dispose();
    await api?.stop();
  });

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** Waits (up to the test's timeout) until `find` finds something. */
  const eventually = async <T>(find: () => T | undefined): Promise<T> => {
    for (let found = find(); ; found = find()) {
      if (found !== undefined) return found;
      await sleep(10);
    }
  };
  const requestLine = (operationName: string) => lines.find((l) => l.msg === 'graphql request' && l.operationName === operationName);

  /** Subscribes until an event `wanted` accepts arrives (then unsubscribes), or the server refuses with errors. */
  const subscribeUntil = (query: string, operationName: string, wanted: (data: Record<string, unknown>) => boolean) =>
    new Promise<{ errors?: readonly GraphQLFormattedError[] }>((resolve) => {
      const dispose = client.subscribe<Record<string, unknown>>(
        { query, operationName },
        {
          next: (result) => {
            if (result.errors) return resolve({ errors: result.errors });
            if (result.data && wanted(result.data)) {
              dispose();
              resolve({});
            }
          },
          error: (error) => resolve({ errors: Array.isArray(error) ? (error as GraphQLFormattedError[]) : [{ message: String(error) }] }),
          complete: () => undefined,
        },
      );
    });

  it('logs a subscription like an HTTP request, with its request id and the Cypher of its events, and counts it in /metrics', async () => {
    const added = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS.editor}` },
      body: JSON.stringify({
        query:
          'mutation { addClaim(sourceId: "source:espreso-parallel-realities", ' +
          'claim: { text: "Tehran answers.", kind: FACT, speaker: "person:witkoff", about: ["track:iran"] }) { id } }',
      }),
    });
    const claimId = ((await added.json()) as { data: { addClaim: { id: string } } }).data.addClaim.id;
    // `since: "0"` replays the change log, so the event is there whenever the subscription starts.
    const watch = 'subscription WatchIran { claimAdded(trackId: "track:iran", since: "0") { claimId claim { id text } } }';
    const result = await subscribeUntil(watch, 'WatchIran', (data) => (data.claimAdded as { claimId: string }).claimId === claimId);
    expect(result.errors).toBeUndefined();

    // Logged and counted once the subscription has ended (here: the client unsubscribed).
    const logged = await eventually(() => requestLine('WatchIran'));
    expect(logged).toMatchObject({ level: 30, operationType: 'subscription', transport: 'ws', errorCodes: [], status: 200 });
    expect(logged.requestId).toEqual(expect.any(String));
    expect(logged.durationMs).toEqual(expect.any(Number));
    expect(logged.cypherQueries).toBeGreaterThanOrEqual(1);
    const text = await metricsText(api.url);
    expect(sample(text, 'graphql_request_duration_seconds_count{operation="WatchIran",type="subscription",status="ok"}')).toBe(1);
    // The addClaim over HTTP and the subscription's read-backs, in one counter.
    expect(sample(text, 'neo4j_queries_total')).toBeGreaterThanOrEqual(1 + Number(logged.cypherQueries));
  });

  it('logs and counts a refused WebSocket operation under the request id its error carries', async () => {
    const costly =
      'subscription CostlyWatch { claimAdded { claim { speaker { claimsMade(first: 1000) { speaker { claimsMade(first: 1000) { id } } } } } } }';
    const { errors } = await subscribeUntil(costly, 'CostlyWatch', () => true);
    expect(errors).toMatchObject([{ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'cost' } }]);
    const requestId = errors![0]!.extensions!.requestId;
    expect(requestId).toEqual(expect.any(String));
    expect(errors![0]!.extensions).not.toHaveProperty('http');

    const logged = await eventually(() => requestLine('CostlyWatch'));
    expect(logged).toMatchObject({
      requestId,
      operationType: 'subscription',
      transport: 'ws',
      errorCodes: ['QUERY_TOO_COMPLEX'],
      cypherQueries: 0,
      status: 400,
    });
    const text = await metricsText(api.url);
    expect(sample(text, 'graphql_request_duration_seconds_count{operation="CostlyWatch",type="subscription",status="error"}')).toBe(1);
    expect(sample(text, 'graphql_errors_total{code="QUERY_TOO_COMPLEX"}')).toBe(1);
  });
});
