// GET /export through the real server over the seeded graph: each scope gives what the GraphQL field it
// mirrors gives, in each format, with evidence; bad requests are coded errors before any byte is sent.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../src/base/paths.js';
import { createDriver, GraphDatabase } from '../../src/db/database.js';
import { loadQueries } from '../../src/db/cypher-files.js';
import { CYPHER_DIR, startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';
import { parseCsv } from '../support/csv.js';
import { fixtureDocuments, INGEST } from '../support/documents.js';
import { serveApp, type ServedApp } from '../support/http.js';

interface Evidence {
  claimId: string;
  kind: string;
  text: string;
  speakerId: string | null;
  speakerName: string | null;
  sourceId: string | null;
  sourceTitle: string | null;
  date: string | null;
}
interface Edge {
  key: string;
  id: string;
  type: string;
  source: string;
  target: string;
  role: string | null;
  validFrom: string | null;
  validTo: string | null;
  status: string;
  evidence: Evidence[];
}
interface NodeLink {
  directed: boolean;
  multigraph: boolean;
  graph: { scope: string; anchor: string | null; asOf: string | null };
  nodes: { id: string; kind: string; name: string; aliases: string[] }[];
  links: Edge[];
}

let graph: TestGraph;
let api: ServedApp;

beforeAll(async () => {
  graph = await startTestGraph();
  api = await serveApp(graph.db);
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
});

async function get(base: string, params: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${base}/export?${new URLSearchParams(params)}`, { headers });
}

async function json(params: Record<string, string>): Promise<NodeLink> {
  const res = await get(api.base, { ...params, format: 'json' });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as NodeLink;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe('scopes answer what their GraphQL field answers', () => {
  it('a neighbourhood: the same entities and relations as neighborhood(id, depth), each relation with who says so and where', async () => {
    const { neighborhood } = await graph.data<{ neighborhood: { nodes: { id: string }[]; edges: { id: string }[] } }>(
      'query { neighborhood(id: "person:witkoff", depth: 2) { nodes { id } edges { id } } }',
    );
    const exported = await json({ scope: 'neighborhood', id: 'person:witkoff', depth: '2' });
    expect(exported).toMatchObject({ directed: true, multigraph: true, graph: { scope: 'neighborhood', anchor: 'person:witkoff' } });
    expect(ids(exported.nodes)).toEqual(ids(neighborhood.nodes));
    expect(ids(exported.links)).toEqual(ids(neighborhood.edges));
    const routed = exported.links.find((e) => e.id === 'rel:routed_through:track:ukraine:person:witkoff');
    expect(routed).toMatchObject({ type: 'ROUTED_THROUGH', source: 'track:ukraine', target: 'person:witkoff', key: routed?.id });
    expect(routed!.evidence.length).toBeGreaterThan(0);
    for (const ev of routed!.evidence) {
      expect(ev.claimId).toMatch(/^claim:/);
      expect(['QUOTE', 'REPORT', 'ANALYSIS', 'FACT']).toContain(ev.kind);
      expect(ev.speakerId && ev.speakerName && ev.sourceId && ev.sourceTitle && ev.text).toBeTruthy();
    }
    const witkoff = exported.nodes.find((n) => n.id === 'person:witkoff');
    expect(witkoff).toMatchObject({ kind: 'Person', name: expect.stringContaining('Witkoff') });
  });

  it('paths: the entities and relations on paths(from, to)', async () => {
    const { paths } = await graph.data<{ paths: { nodes: { id: string }[]; hops: { relation: { id: string } }[] }[] }>(
      'query { paths(from: "person:vance", to: "track:ukraine", maxHops: 3) { nodes { id } hops { relation { id } } } }',
    );
    expect(paths.length).toBeGreaterThan(0);
    const exported = await json({ scope: 'paths', from: 'person:vance', to: 'track:ukraine', maxHops: '3' });
    expect(ids(exported.nodes)).toEqual([...new Set(paths.flatMap((p) => p.nodes.map((n) => n.id)))].sort());
    expect(ids(exported.links)).toEqual([...new Set(paths.flatMap((p) => p.hops.map((h) => h.relation.id)))].sort());
  });

  it('the evidence filter: the same relations as the GraphQL field given the same filter', async () => {
    const filters: { gql: Record<string, unknown>; params: Record<string, string> }[] = [
      { gql: { kinds: ['QUOTE'] }, params: { kinds: 'QUOTE' } },
      { gql: { minIndependent: 2 }, params: { minIndependent: '2' } },
      {
        gql: { excludeSpeakers: ['institution:espreso-global'], undated: 'EXCLUDE' },
        params: { excludeSpeakers: 'institution:espreso-global', undated: 'EXCLUDE' },
      },
      { gql: { knownAt: '2025-03' }, params: { knownAt: '2025-03' } },
    ];
    const all = await json({ scope: 'neighborhood', id: 'person:witkoff', depth: '2' });
    for (const { gql, params } of filters) {
      const { neighborhood } = await graph.data<{ neighborhood: { edges: { id: string }[] } }>(
        'query($e: EvidenceFilter) { neighborhood(id: "person:witkoff", depth: 2, evidence: $e) { edges { id } } }',
        { e: gql },
      );
      const exported = await json({ scope: 'neighborhood', id: 'person:witkoff', depth: '2', ...params });
      expect(ids(exported.links), JSON.stringify(params)).toEqual(ids(neighborhood.edges));
      expect(exported.links.length, JSON.stringify(params)).toBeLessThan(all.links.length);
    }
    const bad = await get(api.base, { scope: 'graph', format: 'json', kinds: 'RUMOUR' });
    expect(bad.status).toBe(400);
  });

  it('the whole graph: every entity, and every relation of every entity, once', async () => {
    const counts = await graph.data<Record<string, { totalCount: number }>>(
      'query { people { totalCount } institutions { totalCount } tracks { totalCount } }',
    );
    const [events] = await graph.db.readPlain('MATCH (e:Event) RETURN count(e) AS n', {});
    const exported = await json({ scope: 'graph' });
    const total = counts.people!.totalCount + counts.institutions!.totalCount + counts.tracks!.totalCount + Number(events!.n);
    expect(exported.nodes).toHaveLength(total);
    expect(new Set(ids(exported.nodes)).size).toBe(total);
    // Each relation is listed under both its ends (relations BOTH); events' relations end at a person,
    // an institution or a track, so those three lists hold every relation. The export holds each once.
    const perEntity = { nodes: [] as { relationCount: number; relations: { id: string }[] }[] };
    for (const root of ['people', 'institutions', 'tracks']) {
      const page = await graph.data<Record<string, { nodes: { relationCount: number; relations: { id: string }[] }[] }>>(
        `query { ${root}(first: 100) { nodes { relationCount relations(first: 150) { id } } } }`,
      );
      perEntity.nodes.push(...page[root]!.nodes);
    }
    expect(perEntity.nodes.every((n) => n.relations.length === n.relationCount)).toBe(true);
    const listed = new Set(perEntity.nodes.flatMap((n) => n.relations.map((r) => r.id)));
    expect(ids(exported.links)).toEqual([...listed].sort());
    const nodeIds = new Set(ids(exported.nodes));
    expect(exported.links.every((e) => nodeIds.has(e.source) && nodeIds.has(e.target))).toBe(true);
  });

  it('a track: relations at the track or evidenced by claims about it, with their ends', async () => {
    const exported = await json({ scope: 'track', id: 'track:ukraine' });
    const nodeIds = new Set(ids(exported.nodes));
    expect(nodeIds.has('track:ukraine')).toBe(true);
    expect(ids(exported.links)).toContain('rel:routed_through:track:ukraine:person:witkoff');
    expect(exported.links.every((e) => nodeIds.has(e.source) && nodeIds.has(e.target))).toBe(true);
    const { claims } = await graph.data<{ claims: { nodes: { id: string }[] } }>(
      'query { claims(filter: {aboutId: "track:ukraine"}, first: 100) { nodes { id } } }',
    );
    const aboutTrack = new Set(claims.nodes.map((c) => c.id));
    for (const edge of exported.links) {
      const atTrack = edge.source === 'track:ukraine' || edge.target === 'track:ukraine';
      expect(atTrack || edge.evidence.some((ev) => aboutTrack.has(ev.claimId)), edge.id).toBe(true);
    }
  });
});

describe('formats', () => {
  it('CSV nodes and edges hold what the JSON holds, evidence columns as JSON arrays', async () => {
    const exported = await json({ scope: 'track', id: 'track:ukraine' });
    const nodes = parseCsv(await (await get(api.base, { scope: 'track', id: 'track:ukraine', format: 'csv', part: 'nodes' })).text());
    const res = await get(api.base, { scope: 'track', id: 'track:ukraine', format: 'csv', part: 'edges' });
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('policy-graph-track-ukraine-edges.csv');
    const edges = parseCsv(await res.text());
    expect(ids(nodes as unknown as { id: string }[])).toEqual(ids(exported.nodes));
    expect(nodes.find((n) => n.id === 'person:witkoff')?.kind).toBe('Person');
    expect(edges).toHaveLength(exported.links.length);
    for (const edge of exported.links) {
      const row = edges.find((r) => r.id === edge.id)!;
      expect(row).toMatchObject({
        type: edge.type,
        source: edge.source,
        target: edge.target,
        evidence_count: String(edge.evidence.length),
      });
      expect(JSON.parse(row.evidence_claim_ids!)).toEqual(edge.evidence.map((e) => e.claimId));
      expect(JSON.parse(row.evidence_texts!)).toEqual(edge.evidence.map((e) => e.text));
      expect(JSON.parse(row.evidence_speakers!)).toEqual(edge.evidence.map((e) => e.speakerId));
      expect(JSON.parse(row.evidence_sources!)).toEqual(edge.evidence.map((e) => e.sourceId));
    }
  });

  it('GraphML declares its keys and holds every node and edge with its evidence', async () => {
    const exported = await json({ scope: 'neighborhood', id: 'person:witkoff' });
    const res = await get(api.base, { scope: 'neighborhood', id: 'person:witkoff', format: 'graphml' });
    expect(res.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml /);
    expect(xml).toContain('<key id="e_evidence_claim_ids" for="edge" attr.name="evidence_claim_ids" attr.type="string"/>');
    expect(xml.match(/<node id=/g)).toHaveLength(exported.nodes.length);
    expect(xml.match(/<edge id=/g)).toHaveLength(exported.links.length);
    expect(xml.trimEnd().endsWith('</graph>\n</graphml>')).toBe(true);
    // Claim text with quotes and apostrophes is escaped, never raw in an attribute or element.
    expect(xml).not.toMatch(/<data key="e_evidence_texts">[^<]*"[^<]*<\/data>/);
  });
});

describe('npm run export', () => {
  async function runCli(...args: string[]) {
    const { uri, password } = inject('neo4j');
    const tsx = join(repoRoot(), 'node_modules', '.bin', 'tsx');
    try {
      const { stdout, stderr } = await promisify(execFile)(tsx, ['src/export/cli.ts', ...args], {
        cwd: repoRoot(),
        env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password, NODE_ENV: 'test' },
        maxBuffer: 64 * 1024 * 1024,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it('writes what GET /export sends: JSON to stdout, both CSV tables into a folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'policy-graph-export-'));
    try {
      const viaHttp = await json({ scope: 'neighborhood', id: 'person:rubio', depth: '2', asOf: '2025-05-01' });
      const scope = ['--scope', 'neighborhood', '--id', 'person:rubio', '--depth', '2', '--asOf', '2025-05-01'];
      const stdout = await runCli(...scope, '--format', 'json');
      expect(stdout.code, stdout.stderr).toBe(0);
      expect(JSON.parse(stdout.stdout)).toEqual(viaHttp);
      const csv = await runCli(...scope, '--format', 'csv', '--out', folder);
      expect(csv.code, csv.stderr).toBe(0);
      expect(csv.stderr).toMatch(/export: \d+ nodes, 0 edges to .*nodes\.csv/);
      const edges = parseCsv(readFileSync(join(folder, 'edges.csv'), 'utf8'));
      expect(edges.map((e) => e.id).sort()).toEqual(ids(viaHttp.links));
      expect(parseCsv(readFileSync(join(folder, 'nodes.csv'), 'utf8'))).toHaveLength(viaHttp.nodes.length);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses bad input with the reason and exit code 2, before connecting', async () => {
    const result = await runCli('--scope', 'track', '--id', 'person:witkoff', '--format', 'json');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('id: expected a track id');
    const noFolder = await runCli('--scope', 'graph', '--format', 'csv');
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toContain('needs --out FOLDER');
  });
});

describe('asOf and retractions', () => {
  it('asOf answers as the graph stood then: the Iran route to Witkoff is in May 2025 and gone by July', async () => {
    await graph.reset();
    const iran = fixtureDocuments().find((f) => f.file.startsWith('01-'))!;
    await graph.data(INGEST, { input: iran.document }, { token: TOKENS.editor });
    const may = await json({ scope: 'track', id: 'track:iran', asOf: '2025-05-15' });
    const july = await json({ scope: 'track', id: 'track:iran', asOf: '2025-07-01' });
    // The seed's undated route is now part of the dated period 2025-04-12 to 2025-06-13 (relation history).
    const route = (e: Edge) => e.type === 'ROUTED_THROUGH' && e.source === 'track:iran' && e.target === 'person:witkoff';
    expect(may.links.filter(route).map((e) => [e.validFrom, e.validTo, e.status])).toEqual([['2025-04-12', '2025-06-13', 'ENDED']]);
    expect(july.links.filter(route)).toEqual([]);
    expect(may.graph.asOf).toBe('2025-05-15');
  });

  it('a relation whose every claim is retracted drops out unless includeRetracted', async () => {
    await graph.reset();
    const before = await json({ scope: 'neighborhood', id: 'person:witkoff' });
    const victim = before.links.find((e) => e.evidence.length === 1)!;
    await graph.data(
      'mutation ($id: ID!) { retractClaim(id: $id, reason: "test") { id } }',
      { id: victim.evidence[0]!.claimId },
      { token: TOKENS.editor },
    );
    const after = await json({ scope: 'neighborhood', id: 'person:witkoff' });
    expect(ids(after.links)).not.toContain(victim.id);
    const all = await json({ scope: 'neighborhood', id: 'person:witkoff', includeRetracted: 'true' });
    expect(ids(all.links)).toContain(victim.id);
    await graph.reset();
  });
});

describe('errors come before the first byte, as JSON with a code and the request id', () => {
  const cases: [string, Record<string, string>, number, string, string][] = [
    ['an unknown scope', { scope: 'world', format: 'json' }, 400, 'BAD_USER_INPUT', 'scope'],
    ['a missing format', { scope: 'graph' }, 400, 'BAD_USER_INPUT', 'format'],
    ['csv without a part', { scope: 'graph', format: 'csv' }, 400, 'BAD_USER_INPUT', 'part'],
    ['an id of the wrong kind', { scope: 'track', id: 'person:witkoff', format: 'json' }, 400, 'BAD_USER_INPUT', 'id'],
    ['an id the scope does not take', { scope: 'graph', id: 'track:ukraine', format: 'json' }, 400, 'BAD_USER_INPUT', 'id'],
    ['a depth past the bound', { scope: 'neighborhood', id: 'person:witkoff', depth: '9', format: 'json' }, 400, 'BAD_USER_INPUT', 'depth'],
    ['a date that is not ISO', { scope: 'graph', asOf: 'yesterday', format: 'json' }, 400, 'BAD_USER_INPUT', 'asOf'],
    ['an unknown parameter', { scope: 'graph', format: 'json', depht: '2' }, 400, 'BAD_USER_INPUT', 'depht'],
    ['an id that names nothing', { scope: 'neighborhood', id: 'person:nobody', format: 'json' }, 404, 'NOT_FOUND', 'person:nobody'],
    [
      'a path to a missing entity',
      { scope: 'paths', from: 'person:vance', to: 'track:nowhere', format: 'graphml' },
      404,
      'NOT_FOUND',
      'track:nowhere',
    ],
  ];
  it.each(cases)('%s', async (_name, params, status, code, mention) => {
    const res = await get(api.base, params, { 'x-request-id': 'export-test-1' });
    expect(res.status).toBe(status);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string; requestId: string } }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code, requestId: 'export-test-1' });
    expect(body.errors[0]!.message).toContain(mention);
  });

  it('the same authentication as reads: a reader token when reads require one', async () => {
    const guarded = await serveApp(graph.db, { readsRequireAuth: true });
    try {
      const anonymous = await get(guarded.base, { scope: 'graph', format: 'json' });
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      const bad = await get(guarded.base, { scope: 'graph', format: 'json' }, { authorization: 'Bearer not-a-key-0123456789' });
      expect(bad.status).toBe(401);
      const reader = await get(guarded.base, { scope: 'graph', format: 'json' }, { authorization: `Bearer ${TOKENS.reader}` });
      expect(reader.status).toBe(200);
      expect(((await reader.json()) as NodeLink).nodes.length).toBeGreaterThan(0);
    } finally {
      await guarded.close();
    }
  });

  it('not ready, or the database down: 503 DATABASE_UNAVAILABLE with Retry-After', async () => {
    const starting = await serveApp(graph.db, { readiness: { state: () => ({ ready: false, reason: 'loading the seed' }) } });
    const stopped = new GraphDatabase(
      createDriver('bolt://127.0.0.1:1', 'neo4j', 'unused', { maxRetryMs: 0, connectTimeoutMs: 500 }),
      loadQueries(CYPHER_DIR),
      { database: 'neo4j', txTimeoutMs: 5_000, commitRetryMs: 0, readRetryMs: 0 },
    );
    const down = await serveApp(stopped);
    try {
      for (const server of [starting, down]) {
        const res = await get(server.base, { scope: 'graph', format: 'graphml' });
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('2');
        expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
          'DATABASE_UNAVAILABLE',
        );
      }
    } finally {
      await starting.close();
      await down.close();
      await stopped.close();
    }
  });
});
