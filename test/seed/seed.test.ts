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
    const before = await graph.db.readPlain(SNAPSHOT, {});
    await loadSeed(graph.db, CYPHER_DIR);
    const after = await graph.db.readPlain(SNAPSHOT, {});
    expect(after).toEqual(before);
  });

  it('gives every relation between entities evidence that resolves to claims', async () => {
    const rows = await graph.db.readPlain(
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
    const rows = await graph.db.readPlain(
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

  // The review rules of cypher/seed/README.md ("Voices", "Review"): evidence and claim links only as the article has them.
  it('cites as evidence only claims that name an end of their relation, as speaker or subject', async () => {
    const rows = await graph.db.readPlain(
      `MATCH (a:Entity)-[r]->(b:Entity)
       UNWIND r.evidence AS e
       MATCH (c:Claim {id: e})
       WHERE NOT EXISTS { (c)-[:ABOUT|SAID_BY]->(end) WHERE end = a OR end = b }
       RETURN r.id AS relation, c.id AS claim`,
      {},
    );
    expect(rows).toEqual([]);
  });

  it('links Bessent’s quote and “Trump enjoys creating uncertainty” as support for the same point, not as a contradiction', async () => {
    const rows = await graph.db.readPlain(
      `MATCH (a:Claim {id: 'claim:bessent-strategic-uncertainty'}), (b:Claim {id: 'claim:trump-enjoys-uncertainty'}),
             (point:Claim {id: 'claim:trump-master-of-unpredictability'})
       RETURN EXISTS { (a)-[:CONTRADICTS]-(b) } AS contradicts,
              EXISTS { (a)-[:SUPPORTS]->(point) } AS bessentSupports, EXISTS { (b)-[:SUPPORTS]->(point) } AS enjoysSupports`,
      {},
    );
    expect(rows).toEqual([{ contradicts: false, bessentSupports: true, enjoysSupports: true }]);
  });

  it('tells the outlet’s own voice from the analyst’s the same way for every claim', async () => {
    const rows = await graph.db.readPlain(
      `MATCH (c:Claim)-[:SAID_BY]->(s)
       RETURN c.id AS id, c.kind AS kind, s.id AS speaker, [(c)-[:ATTRIBUTED_BY]->(x) | x.id] AS attributedBy`,
      {},
    );
    const espreso = 'institution:espreso-global';
    for (const row of rows) {
      const label = JSON.stringify(row);
      if (row.speaker === espreso) {
        expect(row.attributedBy, label).toEqual([]);
        expect(['FACT', 'ANALYSIS'], label).toContain(row.kind);
      }
      if (row.speaker === 'person:resurgam-founder') {
        expect(row.attributedBy, label).toEqual([espreso]);
        expect(['ANALYSIS', 'QUOTE'], label).toContain(row.kind);
      }
      if (row.kind === 'FACT') expect(row.speaker, label).toBe(espreso);
    }
    // Sentences the article attributes to no one are the outlet's; those it attributes to Resurgam are its founder's.
    const speakerOf = new Map(rows.map((r) => [r.id as string, r.speaker as string]));
    for (const id of [
      'all-roads-through-witkoff',
      'witkoff-tied-everything-to-moscow-deal',
      'vance-plan-buying-time',
      'rome-talks-success-vance-absent',
      'ukraine-avoid-us-internal-struggles',
      'sanctions-remain-weapons-flow',
    ]) {
      expect(speakerOf.get(`claim:${id}`), id).toBe(espreso);
    }
    for (const id of [
      'trump-master-of-unpredictability',
      'trump-chaos-extends-to-team',
      'moscow-sold-illusion',
      'state-dept-exit-weakens-witkoff-leverage',
      'witkoff-avoids-withdrawal-topic',
      'putin-wont-budge-without-pressure',
      'trump-enjoys-uncertainty',
      'thiel-behind-vance',
    ]) {
      expect(speakerOf.get(`claim:${id}`), id).toBe('person:resurgam-founder');
    }
  });
  it('keeps the article’s text, and every claim’s passage in it: quotes word for word, the rest sharing its words', async () => {
    const { node } = await graph.data<{
      node: {
        text: string;
        claims: { id: string; kind: string; text: string; span: { start: number; end: number } | null; sentence: string | null }[];
      };
    }>('{ node(id: "source:espreso-parallel-realities") { ... on Source { text claims { id kind text span { start end } sentence } } } }');
    expect(node.text).toContain('all roads now lead through Trump’s point man, Witkoff');
    expect(node.claims).toHaveLength(26);
    const words = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    for (const claim of node.claims) {
      expect(claim.span, claim.id).not.toBeNull();
      expect(claim.sentence, claim.id).toBe(node.text.slice(claim.span!.start, claim.span!.end));
      if (claim.kind === 'QUOTE') expect(claim.sentence, claim.id).toBe(claim.text);
      // A paraphrase ("It weakens ..." -> "The State Department's move weakens ...") keeps most of its passage's words.
      const passage = words(claim.sentence!);
      const shared = [...words(claim.text)].filter((w) => passage.has(w)).length;
      expect(shared / passage.size, `${claim.id}: "${claim.sentence}"`).toBeGreaterThan(0.6);
    }
  });
});
