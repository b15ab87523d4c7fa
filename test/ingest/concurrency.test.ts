// Twenty overlapping documents ingested at the same time give exactly the graph that ingesting them
// one by one gives: no duplicate node, no lost relation, claim, alias or evidence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_KEYS, GRAPH_SNAPSHOT, INGEST, type IngestResult } from '../support/documents.js';
import { startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.close());

/** Note i shares a new desk with every note, an analyst with every 4th note, and Witkoff with all. */
function overlappingNote(i: number) {
  return {
    source: {
      title: `Concurrency note ${i}`,
      publisher: 'Concurrency Desk',
      url: `https://example.org/concurrency/${i}`,
      publishedDate: '2025-09-01',
    },
    entities: [
      { kind: 'INSTITUTION', name: 'Concurrency Desk', aliases: [`Desk edition ${i % 3}`] },
      { kind: 'PERSON', name: `Analyst ${i % 4}` },
      { kind: 'PERSON', name: 'steven witkoff', aliases: [`Witkoff variant ${i % 5}`] },
    ],
    claims: [
      {
        text: `Note ${i}: the envoy met officials on the Ukraine track.`,
        kind: 'FACT',
        speaker: 'Concurrency Desk',
        about: ['Witkoff', 'track:ukraine'],
      },
      {
        text: `Note ${i}: analyst ${i % 4} reads this as backing for the envoy.`,
        kind: 'ANALYSIS',
        speaker: `Analyst ${i % 4}`,
        about: ['Witkoff'],
        supports: ['#0'],
      },
    ],
    relations: [
      { type: 'BACKS', from: `Analyst ${i % 4}`, to: 'Witkoff', evidence: ['#1'] },
      { type: 'INVOLVED_IN', from: 'Concurrency Desk', to: 'track:ukraine', evidence: ['#0'] },
      { type: 'HAS_TIES_TO', from: 'Witkoff', to: 'Concurrency Desk', evidence: ['#0', '#1'] },
    ],
  };
}

const NOTES = Array.from({ length: 20 }, (_, i) => overlappingNote(i));

/** Lists of strings compare as sets: their order depends on which ingest came first. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(normalise);
    return items.every((v) => typeof v === 'string') ? [...(items as string[])].sort() : items;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

async function snapshot() {
  const [row] = await graph.db.readPlain(GRAPH_SNAPSHOT, { ignore: AUDIT_KEYS });
  return normalise(row);
}

async function resetWithSeed() {
  await graph.close();
  graph = await startTestGraph();
}

describe('concurrent ingestion', () => {
  it('gives the same graph for 20 overlapping documents at once as one by one', async () => {
    for (const note of NOTES) await graph.data<IngestResult>(INGEST, { input: note }, { token: TOKENS.editor });
    const sequential = await snapshot();

    await resetWithSeed();
    const results = await Promise.all(NOTES.map((note) => graph.run<IngestResult>(INGEST, { input: note }, { token: TOKENS.editor })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const concurrent = await snapshot();

    expect(concurrent).toEqual(sequential);
    const counts = await graph.db.readPlain(
      `MATCH (d:Entity {id: 'institution:concurrency-desk'})
       RETURN COUNT { MATCH (:Entity {name: 'Concurrency Desk'}) } AS desks,
              COUNT { MATCH (:Claim)-[:APPEARS_IN]->(:Source {publisher: 'Concurrency Desk'}) } AS claims,
              [(d)-[r:INVOLVED_IN]->(:PolicyTrack {id: 'track:ukraine'}) | size(r.evidence)] AS evidence,
              COUNT { MATCH (:Person {id: 'person:witkoff'})-[r:HAS_TIES_TO]->(d) } AS ties,
              COUNT { MATCH (p:Person) WHERE p.name STARTS WITH 'Analyst' } AS analysts`,
      {},
    );
    expect(counts[0]).toEqual({ desks: 1, claims: 40, evidence: [20], ties: 1, analysts: 4 });
  });
});

/** A document no other test writes: a new source, two new entities, two claims and a relation. */
function freshNote(i: number) {
  return {
    source: { title: `Twin note ${i}`, publisher: `Twin Desk ${i}`, url: `https://example.org/twins/${i}`, publishedDate: '2025-10-01' },
    entities: [
      { kind: 'INSTITUTION', name: `Twin Desk ${i}` },
      { kind: 'PERSON', name: `Twin Analyst ${i}` },
    ],
    claims: [
      { text: `Twin note ${i}: the desk reports talks.`, kind: 'REPORT', speaker: `Twin Desk ${i}`, about: ['track:ukraine'] },
      { text: `Twin note ${i}: the analyst backs the desk.`, kind: 'ANALYSIS', speaker: `Twin Analyst ${i}`, about: [`Twin Desk ${i}`] },
    ],
    relations: [{ type: 'HAS_TIES_TO', from: `Twin Analyst ${i}`, to: `Twin Desk ${i}`, evidence: ['#1'] }],
  };
}

describe('counts of concurrent copies of one document', () => {
  it('reports what was created once: one copy says created, the others that it was already there', async () => {
    await resetWithSeed();
    // Four copies of each of three new documents at once; any two copies that overlap raced for the same MERGEs.
    const copies = 4;
    const docs = [0, 1, 2].map(freshNote);
    const results = await Promise.all(
      docs.flatMap((doc) =>
        Array.from({ length: copies }, () => graph.run<IngestResult>(INGEST, { input: doc }, { token: TOKENS.editor })),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    // 1 source + 2 entities + 2 claims + 1 relation.
    const items = 6;
    docs.forEach((_, d) => {
      const summaries = results.slice(d * copies, (d + 1) * copies).map((r) => r.data!.ingestDocument);
      const created = summaries.map((s) => s.created).sort((a, b) => b - a);
      expect(created, `created counts of document ${d}'s copies`).toEqual([items, 0, 0, 0]);
      for (const s of summaries.filter((x) => x.created === 0)) {
        expect({ updated: s.updated, unchanged: s.unchanged }).toEqual({ updated: 0, unchanged: items });
        expect(s.changes.every((c) => c.action === 'UNCHANGED')).toBe(true);
      }
    });
  });
});
