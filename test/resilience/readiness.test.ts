// Ready means ready: until the schema keeper has applied the schema and committed the seed, /health/ready
// answers 503 and GraphQL reads and writes get DATABASE_UNAVAILABLE, over HTTP and WebSocket alike, so an
// ingest sent in that gap cannot create a second Witkoff beside the seed's.
import type { GraphQLFormattedError } from 'graphql';
import { createClient } from 'graphql-ws';
import { pino } from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { INGEST } from '../support/documents.js';
import { TEST_AUTH, testDatabase, TOKENS } from '../support/graph.js';
import { startTcpProxy, type Hold, type TcpProxy } from '../support/tcp-proxy.js';

let proxy: TcpProxy | undefined;
let api: RunningServer | undefined;
const stopServer = async () => {
  await api?.stop();
  await proxy?.close();
  [api, proxy] = [undefined, undefined];
};
afterAll(stopServer);

/**
 * An empty database and a server starting on it through a proxy that holds the seed transaction at its
 * Witkoff statement until `seed.release()`: the gap between start and ready, made wide.
 */
async function startInTheGap(db: ReturnType<typeof testDatabase>): Promise<Hold> {
  await stopServer();
  const { uri, user, password } = inject('neo4j');
  await db.write('MATCH (n) DETACH DELETE n', {});
  proxy = await startTcpProxy(uri);
  const seed = proxy.holdWhen("{id: 'person:witkoff'}");
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
    API_KEYS: TEST_AUTH.API_KEYS,
    METRICS_ENABLED: 'false',
  });
  api = await startServer(config, pino({ level: 'silent' }), proxy.uri);
  await seed.held;
  return seed;
}

/** The first answer to a subscription over WebSocket: an event's data, or the errors refusing it. */
function firstAnswer(query: string): Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }> {
  const client = createClient({ url: api!.url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0 });
  return new Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>((resolve) => {
    client.subscribe<Record<string, unknown>>(
      { query },
      {
        next: (result) => resolve(result.errors ? { errors: result.errors } : { data: result.data }),
        error: (error) => resolve({ errors: Array.isArray(error) ? (error as GraphQLFormattedError[]) : [{ message: String(error) }] }),
        complete: () => undefined,
      },
    );
  }).finally(() => client.dispose());
}

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const res = await fetch(`${api!.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

const health = async () => {
  const res = await fetch(`${api!.url}/health/ready`);
  return { status: res.status, body: (await res.json()) as { status: string; reason?: string } };
};

/** An analyst's note naming Witkoff by a name the seed knows as an alias. */
const NOTE = {
  source: { title: 'Readiness note', url: 'https://example.org/readiness/witkoff' },
  entities: [{ kind: 'PERSON', name: 'Steven Witkoff' }],
  claims: [{ text: 'Steven Witkoff flew to Moscow again.', kind: 'FACT', speaker: 'Steven Witkoff', about: ['Steven Witkoff'] }],
};
const READ = '{ node(id: "person:trump") { id } }';
const witkoffs = async (db: ReturnType<typeof testDatabase>) =>
  (await db.readPlain("MATCH (p:Person) WHERE p.id CONTAINS 'witkoff' RETURN p.id AS id ORDER BY id", {})).map((r) => r.id);

describe('readiness', () => {
  it('refuses reads and writes while the seed is loading, then serves the whole graph and resolves to the seed’s entities', async () => {
    const db = testDatabase(60_000);
    const seed = await startInTheGap(db);

    const notReady = await health();
    expect(notReady.status).toBe(503);
    expect(notReady.body.reason).toMatch(/the graph is being prepared \(loading the seed\)/);
    for (const [query, variables, token] of [
      [READ, {}, undefined],
      [INGEST, { input: NOTE }, TOKENS.editor],
    ] as const) {
      const refused = await gql(query, variables, token);
      expect(refused.status).toBe(503);
      expect(refused.body.data ?? null).toBeNull();
      expect(refused.body.errors?.map((e) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(refused.body.errors![0]!.message).toMatch(/the graph is being prepared/);
      expect(refused.body.errors![0]!.extensions.requestId).toEqual(expect.any(String));
    }
    expect((await gql('{ __typename }')).status).toBe(200);

    seed.release();
    await api!.schemaReady;
    expect(await health()).toEqual({ status: 200, body: { status: 'ready' } });
    expect((await gql(READ)).body).toEqual({ data: { node: { id: 'person:trump' } } });
    const ingest = await gql(INGEST, { input: NOTE }, TOKENS.editor);
    expect(ingest.body.errors).toBeUndefined();
    const changes = (ingest.body.data!.ingestDocument as { changes: { kind: string; id: string; action: string }[] }).changes;
    expect(changes.filter((c) => c.kind === 'ENTITY').map((c) => c.id)).toEqual(['person:witkoff']);
    expect(await witkoffs(db)).toEqual(['person:witkoff']);
    await db.close();
  }, 120_000);

  it('refuses a subscription over WebSocket while the seed is loading, as HTTP refuses a read, then serves it', async () => {
    const db = testDatabase(60_000);
    const seed = await startInTheGap(db);
    // Replays the change log from its start: the event below is delivered whenever the subscription begins.
    const CLAIMS = 'subscription { claimAdded(since: "0") { claimId } }';

    const refused = await firstAnswer(CLAIMS);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(refused.errors![0]!.message).toMatch(/the graph is being prepared/);
    expect(refused.errors![0]!.extensions).toMatchObject({
      reason: expect.stringMatching(/loading the seed/),
      requestId: expect.any(String),
    });
    expect(refused.errors![0]!.extensions).not.toHaveProperty('http');

    seed.release();
    await api!.schemaReady;
    const ingest = await gql(INGEST, { input: NOTE }, TOKENS.editor);
    expect(ingest.body.errors).toBeUndefined();
    const served = await firstAnswer(CLAIMS);
    expect(served.errors).toBeUndefined();
    expect((served.data!.claimAdded as { claimId: string }).claimId).toMatch(/^claim:/);
    await db.close();
  }, 120_000);
});
