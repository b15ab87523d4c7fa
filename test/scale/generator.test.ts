// The scale generator: the same size and seed give the same graph, and the generated graph keeps the
// corpus's model (sourced claims, evidenced relations within the vocabulary, hubs) around the seed.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema, loadSeed } from '../../src/setup/schema-setup.js';
import type { GraphDatabase } from '../../src/db/database.js';
import { RELATION_RULES, isRelationType } from '../../src/domain/vocabulary.js';
import { nameKeys } from '../../src/domain/names.js';
import { benchmarkIds, generateBatches, loadGeneratedGraph, type LoadStats } from '../../scripts/graph-gen/index.js';
import { CYPHER_DIR, startTestGraph, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
const runs: { stats: LoadStats; nodes: number; relationships: number; checksum: string }[] = [];

/** SHA-256 over every node id and every relationship (from, type, to, relation id), in a stable order. */
async function idChecksum(db: GraphDatabase): Promise<string> {
  const [row] = await db.readPlain(
    `CALL () { MATCH (n) WITH n.id AS id ORDER BY id RETURN collect(id) AS nodes }
     CALL () { MATCH (a)-[r]->(b) WITH a.id + '|' + type(r) + '|' + b.id + '|' + coalesce(r.id, '') AS key ORDER BY key
               RETURN collect(key) AS rels }
     RETURN nodes, rels`,
    {},
  );
  return createHash('sha256').update(JSON.stringify(row)).digest('hex');
}

async function loadFresh(db: GraphDatabase): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n', {});
  await applySchema(db, CYPHER_DIR);
  await loadSeed(db, CYPHER_DIR);
  const stats = await loadGeneratedGraph(db, { size: 'XS', seed: 42 });
  const [size] = await db.readPlain('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS relationships', {});
  runs.push({ stats, nodes: Number(size?.nodes), relationships: Number(size?.relationships), checksum: await idChecksum(db) });
}

beforeAll(async () => {
  graph = await startTestGraph();
  const [seed] = await graph.db.readPlain('MATCH (n) RETURN count(n) AS nodes', {});
  await loadFresh(graph.db);
  await loadFresh(graph.db);
  expect(runs[0]!.nodes - Number(seed?.nodes)).toBe(runs[0]!.stats.nodes);
});
afterAll(() => graph.close());

describe('generated graph (XS)', () => {
  it('is the same graph when generated twice with the same size and seed', () => {
    const [first, second] = runs;
    expect(first!.nodes).toBeGreaterThan(1_400);
    expect(second!.nodes).toBe(first!.nodes);
    expect(second!.relationships).toBe(first!.relationships);
    expect(second!.checksum).toBe(first!.checksum);
    expect({ ...second!.stats, seconds: 0, claimsPerSecond: 0 }).toEqual({ ...first!.stats, seconds: 0, claimsPerSecond: 0 });
  });

  it('differs with another seed, not with another batch size', () => {
    const relations = (seed: number, batchSize?: number) =>
      [...generateBatches({ size: 'XS', seed, batchSize })]
        .flatMap((b) => (b.kind === 'relations' ? b.rows.map((r) => `${r.id} ${r.evidence}`) : []))
        .join();
    expect(relations(7)).not.toBe(relations(42));
    expect(relations(42, 333)).toBe(relations(42));
  });

  it('gives every relation non-empty evidence that names existing claims', async () => {
    const [row] = await graph.db.readPlain(
      `MATCH (:Entity)-[r]->(:Entity)
       RETURN count(r) AS relations,
              count(CASE WHEN size(coalesce(r.evidence, [])) = 0 THEN 1 END) AS unevidenced,
              sum(size([e IN coalesce(r.evidence, []) WHERE NOT EXISTS { MATCH (:Claim {id: e}) }])) AS dangling`,
      {},
    );
    expect(row).toMatchObject({ unevidenced: 0, dangling: 0 });
    expect(Number(row?.relations)).toBeGreaterThan(1_000);
  });

  it('gives every claim exactly one speaker, one source and one to three subjects', async () => {
    const [row] = await graph.db.readPlain(
      `MATCH (c:Claim)
       WITH c, COUNT { (c)-[:SAID_BY]->(:Entity) } AS speakers, COUNT { (c)-[:APPEARS_IN]->(:Source) } AS sources,
            COUNT { (c)-[:ABOUT]->(:Entity) } AS subjects
       RETURN count(c) AS claims, count(CASE WHEN speakers <> 1 OR sources <> 1 THEN 1 END) AS bad,
              count(CASE WHEN c.createdBy = 'generator' AND NOT subjects IN [1, 2, 3] THEN 1 END) AS badSubjects,
              count(c.retractedAt) AS retracted`,
      {},
    );
    expect(row).toMatchObject({ bad: 0, badSubjects: 0 });
    expect(Number(row?.claims)).toBeGreaterThan(1_000);
  });

  it('keeps relation types, endpoint kinds and relation ids within the vocabulary', async () => {
    const rows = await graph.db.readPlain(
      `MATCH (a:Entity)-[r]->(b:Entity)
       WITH type(r) AS type, a, b, r
       RETURN type, [l IN labels(a) WHERE l <> 'Entity'][0] AS from, [l IN labels(b) WHERE l <> 'Entity'][0] AS to, count(*) AS n,
              count(CASE WHEN r.id <> 'rel:' + toLower(type) + ':' + a.id + ':' + b.id THEN 1 END) AS badIds,
              count(DISTINCT [a.id, b.id]) AS pairs`,
      {},
    );
    expect(new Set(rows.map((r) => r.type)).size).toBe(15);
    for (const row of rows) {
      const type = String(row.type);
      if (!isRelationType(type)) throw new Error(`${type} is not in the vocabulary`);
      expect(RELATION_RULES[type].from as readonly string[], `${type} from ${row.from}`).toContain(row.from);
      expect(RELATION_RULES[type].to as readonly string[], `${type} to ${row.to}`).toContain(row.to);
      expect(row.badIds, type).toBe(0);
      expect(row.pairs, `${type}: two relations of one type between one pair`).toBe(row.n);
    }
  });

  it('writes entities as the ingest does: name keys, audit fields', async () => {
    const rows = await graph.db.readPlain(
      `MATCH (n:Entity {createdBy: 'generator'})
       RETURN n.name AS name, n.aliases AS aliases, n.nameKeys AS keys, n.updatedBy AS updatedBy, n.createdAt IS NOT NULL AS dated`,
      {},
    );
    expect(rows.length).toBeGreaterThan(300);
    for (const row of rows) {
      expect(row.keys).toEqual(nameKeys(String(row.name), row.aliases as string[]));
      expect(row).toMatchObject({ updatedBy: 'generator', dated: true });
    }
  });

  it('has hubs: the benchmark hub has many more relations than a typical person', async () => {
    const ids = benchmarkIds('XS');
    const degree = async (id: string) => {
      const [row] = await graph.db.readPlain('MATCH (p:Person {id: $id}) RETURN COUNT { (p)-[]-(:Entity) } AS degree', { id });
      return Number(row?.degree);
    };
    const [hub, typical, witkoff] = [await degree(ids.hubPerson), await degree(ids.typicalPerson), await degree('person:witkoff')];
    expect(typical).toBeGreaterThan(0);
    expect(hub).toBeGreaterThan(20 * typical);
    expect(witkoff).toBeGreaterThan(10 * typical);
    const [top] = await graph.db.readPlain(
      `MATCH (p:Person)<-[:SAID_BY]-(c:Claim) RETURN p.id AS id, count(c) AS claims ORDER BY claims DESC, id LIMIT 1`,
      {},
    );
    expect(top?.id).toBe(ids.prolificSpeaker);
  });

  it('still answers the seed article’s questions around the seed entities', async () => {
    const data = await graph.data<{
      tracksRoutedThrough: { track: { id: string } }[];
      paths: { hops: unknown[] }[];
      contradictions: unknown[];
      search: { node: { id: string } }[];
    }>(`{
      tracksRoutedThrough(personId: "person:witkoff") { track { id } }
      paths(from: "person:thiel", to: "person:witkoff", maxHops: 4) { hops { from { id } } }
      contradictions(trackId: "track:ukraine") { claim { id } }
      search(query: "ceasefire", first: 5) { node { id } }
    }`);
    expect(data.tracksRoutedThrough.map((t) => t.track.id)).toEqual(
      expect.arrayContaining(['track:ukraine', 'track:iran', 'track:israel-hamas']),
    );
    expect(data.paths.length).toBeGreaterThan(0);
    expect(data.contradictions.length).toBeGreaterThan(3);
    expect(data.search.length).toBe(5);
  });
});
