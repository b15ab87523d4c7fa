// A database outage: the API starts while Neo4j is down, fails fast, and recovers by itself; every
// acknowledged ingest is in the graph exactly once and every failed one left nothing behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startLocalNeo4j, type LocalNeo4jHandle } from '../../src/db/local-neo4j.js';
import { startServer, type RunningServer } from '../../src/server/start.js';

const PASSWORD = 'outage-test-password';
const EDITOR_KEY = 'outage-editor-key-0123456789';
const dataDir = mkdtempSync(join(tmpdir(), 'policy-graph-outage-'));
let neo4j: LocalNeo4jHandle | undefined;
let api: RunningServer | undefined;

afterAll(async () => {
  await api?.stop();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const startNeo4j = (port: number) => startLocalNeo4j({ port, dataDir, password: PASSWORD, heap: '512m', exitWithThisProcess: true });

interface Outcome {
  ok: boolean;
  codes: string[];
  ms: number;
}

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Outcome> {
  const started = Date.now();
  const res = await fetch(`${api!.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    // Above the 45 s a write may take (NEO4J_COMMIT_RETRY_MS plus an attempt), asserted below.
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NONE');
  return { ok: res.status === 200 && codes.length === 0, codes, ms: Date.now() - started };
}

const READ = `{ tracksRoutedThrough(personId: "person:witkoff") { track { id } } }`;
const INGEST = `mutation($input: DocumentInput!) { ingestDocument(input: $input) { sourceId } }`;
const note = (i: number) => ({
  source: { title: `Outage note ${i}`, url: `https://example.org/outage/${i}`, publishedDate: '2025-09-02' },
  entities: [{ kind: 'INSTITUTION', name: 'Outage Desk' }],
  claims: [{ text: `Outage note ${i}: the envoy kept his schedule.`, kind: 'FACT', speaker: 'Outage Desk', about: ['Witkoff'] }],
  relations: [{ type: 'INVOLVED_IN', from: 'Outage Desk', to: 'track:ukraine', evidence: ['#0'] }],
});
const ready = async () => (await fetch(`${api!.url}/health/ready`)).status;

describe('database outage', () => {
  it('starts without Neo4j, survives it going away mid-traffic, and recovers with nothing lost or half-written', async () => {
    // 1. Neo4j is not there yet: the API starts anyway, is not ready, and fails fast. Its store is made first
    // (a start and a stop): a new store takes its password only once it is up, and the API's logins before
    // that would lock the user for a few seconds just as the Neo4j of step 2 comes up.
    neo4j = await startNeo4j(0);
    const port = neo4j.port;
    await neo4j.stop();
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      NEO4J_PASSWORD: PASSWORD,
      API_KEYS: `${EDITOR_KEY}:editor`,
      NEO4J_MAX_RETRY_MS: '1000',
      NEO4J_CONNECT_TIMEOUT_MS: '1000',
      // Three clients at full speed from one address: the per-client rate limit would answer 429, not the outage.
      RATE_LIMIT_ENABLED: 'false',
    });
    api = await startServer(config, pino({ level: process.env.OUTAGE_LOG ?? 'silent' }), neo4j.uri);
    expect(await ready()).toBe(503);
    const down = await gql(READ);
    expect(down.codes).toEqual(['DATABASE_UNAVAILABLE']);
    expect(down.ms).toBeLessThan(10_000);

    // 2. Neo4j comes up: the schema keeper applies schema and seed, no restart of the API.
    neo4j = await startNeo4j(port);
    await api.schemaReady;
    expect(await ready()).toBe(200);
    expect((await gql(READ)).ok).toBe(true);

    // 3. Traffic while Neo4j is stopped and started again.
    const acknowledged: number[] = [];
    const failed: number[] = [];
    const outageCodes = new Set<string>();
    let slowestRead = 0;
    let slowestWrite = 0;
    let stop = false;
    let next = 0;
    const client = async () => {
      while (!stop) {
        const i = next++;
        const [write, read] = await Promise.all([gql(INGEST, { input: note(i) }, EDITOR_KEY), gql(READ)]);
        (write.ok ? acknowledged : failed).push(i);
        for (const c of [...write.codes, ...read.codes]) outageCodes.add(c);
        slowestRead = Math.max(slowestRead, read.ms);
        slowestWrite = Math.max(slowestWrite, write.ms);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const clients = [client(), client(), client()];
    await new Promise((r) => setTimeout(r, 1_500));
    await neo4j.stop();
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await ready()).toBe(503);
    neo4j = await startNeo4j(port);
    const deadline = Date.now() + 30_000;
    while (!(await gql(READ)).ok && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    // 3 s more traffic, and longer if no ingest was acknowledged since the recovery yet (a busy machine).
    const beforeRecovery = acknowledged.length;
    await new Promise((r) => setTimeout(r, 3_000));
    const more = Date.now() + 30_000;
    while (acknowledged.length <= beforeRecovery && Date.now() < more) await new Promise((r) => setTimeout(r, 250));
    stop = true;
    await Promise.all(clients);
    console.log(
      `[outage] ${acknowledged.length} ingests acknowledged, ${failed.length} failed (${[...outageCodes].join(', ')}); ` +
        `slowest read ${slowestRead} ms, slowest write ${slowestWrite} ms`,
    );

    // 4. Recovered: acknowledged ingests exactly once, failed ones left nothing.
    expect(await ready()).toBe(200);
    expect(failed.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(beforeRecovery);
    expect([...outageCodes].every((c) => c === 'DATABASE_UNAVAILABLE')).toBe(true);
    // Reads fail fast; a write whose commit could not be confirmed waits for the database (up to
    // NEO4J_COMMIT_RETRY_MS) rather than report an outcome it does not know.
    expect(slowestRead).toBeLessThan(12_000);
    expect(slowestWrite).toBeLessThan(45_000);
    const rows = await api.db.readPlain(
      `UNWIND $urls AS url
       RETURN url, COUNT { MATCH (s:Source {url: url}) } AS sources,
              COUNT { MATCH (c:Claim)-[:APPEARS_IN]->(:Source {url: url}) } AS claims`,
      { urls: [...acknowledged, ...failed].map((i) => `https://example.org/outage/${i}`) },
    );
    const byUrl = new Map(rows.map((r) => [r.url, r]));
    for (const i of acknowledged)
      expect(byUrl.get(`https://example.org/outage/${i}`), `ingest ${i}`).toMatchObject({ sources: 1, claims: 1 });
    for (const i of failed) expect(byUrl.get(`https://example.org/outage/${i}`), `ingest ${i}`).toMatchObject({ sources: 0, claims: 0 });
  }, 180_000);
});
