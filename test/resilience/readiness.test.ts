// Ready means ready: until the schema keeper has applied the schema and committed the seed, /health/ready
// answers 503 and GraphQL reads and writes get DATABASE_UNAVAILABLE, so an ingest sent in that gap cannot
// create a second Witkoff beside the seed's.
import { pino } from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { INGEST } from '../support/documents.js';
import { TEST_AUTH, testDatabase, TOKENS } from '../support/graph.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

let proxy: TcpProxy | undefined;
let api: RunningServer | undefined;
afterAll(async () => {
  await api?.stop();
  await proxy?.close();
});

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
    const { uri, user, password } = inject('neo4j');
    const db = testDatabase(60_000);
    await db.write('MATCH (n) DETACH DELETE n', {});
    proxy = await startTcpProxy(uri);
    // The seed transaction stops at its Witkoff statement until released: the gap, made wide.
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

    const notReady = await health();
    expect(notReady.status).toBe(503);
    expect(notReady.body.reason).toMatch(/the graph is being prepared \(loading the seed\)/);
    for (const [query, variables, token] of [[READ, {}, undefined], [INGEST, { input: NOTE }, TOKENS.editor]] as const) {
      const refused = await gql(query, variables, token);
      expect(refused.status).toBe(503);
      expect(refused.body.data ?? null).toBeNull();
      expect(refused.body.errors?.map((e) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(refused.body.errors![0]!.message).toMatch(/the graph is being prepared/);
      expect(refused.body.errors![0]!.extensions.requestId).toEqual(expect.any(String));
    }
    expect((await gql('{ __typename }')).status).toBe(200);

    seed.release();
    await api.schemaReady;
    expect(await health()).toEqual({ status: 200, body: { status: 'ready' } });
    expect((await gql(READ)).body).toEqual({ data: { node: { id: 'person:trump' } } });
    const ingest = await gql(INGEST, { input: NOTE }, TOKENS.editor);
    expect(ingest.body.errors).toBeUndefined();
    const changes = (ingest.body.data!.ingestDocument as { changes: { kind: string; id: string; action: string }[] }).changes;
    expect(changes.filter((c) => c.kind === 'ENTITY').map((c) => c.id)).toEqual(['person:witkoff']);
    expect(await witkoffs(db)).toEqual(['person:witkoff']);
    await db.close();
  }, 120_000);
});
