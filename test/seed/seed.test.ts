// The seed encodes the article: every relation evidenced, every claim sourced, loading twice changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/setup/schema-setup.js';
import { CYPHER_DIR, startTestGraph, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.close());

const SNAPSHOT = `
MATCH (n)
WITH n ORDER BY n.id
WITH collect([labels(n), properties(n)]) AS nodes
MATCH (a)-[r]->(b)
WITH nodes, r, a, b ORDER BY a.id, type(r), b.id
RETURN nodes, collect([a.id, type(r), b.id, properties(r)]) AS rels
`;

describe('seed graph', () => {
  it('changes nothing when loaded a second time', async () => {
    const before = await graph.db.read(SNAPSHOT, {});
    await loadSeed(graph.db, CYPHER_DIR);
    const after = await graph.db.read(SNAPSHOT, {});
    expect(after).toEqual(before);
  });

  it('gives every relation between entities evidence that resolves to claims', async () => {
    const rows = await graph.db.read(
      `MATCH (a:Entity)-[r]->(b:Entity)
       RETURN r.id AS id, r.evidence AS evidence,
              size([e IN coalesce(r.evidence, []) WHERE EXISTS { MATCH (:Claim {id: e}) }]) AS resolved`,
      {},
    );
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(row.id, JSON.stringify(row)).toMatch(/^rel:/);
      expect((row.evidence as string[]).length, String(row.id)).toBeGreaterThan(0);
      expect(row.resolved, String(row.id)).toBe((row.evidence as string[]).length);
    }
  });

  it('gives every claim one speaker, one source and at least one subject', async () => {
    const rows = await graph.db.read(
      `MATCH (c:Claim)
       RETURN c.id AS id, COUNT { (c)-[:SAID_BY]->() } AS speakers, COUNT { (c)-[:APPEARS_IN]->(:Source) } AS sources,
              COUNT { (c)-[:ABOUT]->() } AS subjects, c.kind AS kind`,
      {},
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row, String(row.id)).toMatchObject({ speakers: 1, sources: 1 });
      expect(row.subjects as number, String(row.id)).toBeGreaterThan(0);
      expect(['QUOTE', 'REPORT', 'ANALYSIS', 'FACT']).toContain(row.kind);
    }
  });

  it('keeps the White House “same order twice” rule as a media report, not a quote', async () => {
    const { node } = await graph.data<{ node: { kind: string; speaker: { id: string } } }>(
      `{ node(id: "claim:white-house-same-order-twice") { ... on Claim { kind speaker { id } } } }`,
    );
    expect(node).toEqual({ kind: 'REPORT', speaker: { id: 'institution:us-media' } });
  });
});
