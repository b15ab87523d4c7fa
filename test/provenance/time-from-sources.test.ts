// Time taken from sources: a claim is dated by its source when it gives no date of its own; a relation
// statement without dates is known as of its claims' dates, so the newest evidence opens a new period instead of
// joining an ended one; an undated relation is "validity unknown", not "always"; knownAt answers with what the
// sources had said by a date. On the seed plus the notebook's fixture documents, and one new article of this
// test's own (dated 2026-11-24), ingested in several orders.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureDocuments, INGEST } from '../support/documents.js';
import { startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
beforeEach(() => graph.reset());
afterAll(() => graph.close());

const editor = { token: TOKENS.editor };

/** A short desk note of this test, dated 2026-11-24: the Iran channel still goes through Witkoff (no dates given). */
const LATE_NOTE = {
  source: {
    id: 'source:test-late-iran-note',
    title: 'Desk note: the Iran channel (test data)',
    publisher: 'Test Desk',
    publishedDate: '2026-11-24',
  },
  entities: [{ id: 'institution:test-desk', kind: 'INSTITUTION', name: 'Test Desk' }],
  claims: [
    {
      id: 'claim:test-late-iran-channel',
      text: 'Officials describe the Iran channel as still running through Witkoff.',
      kind: 'REPORT',
      speaker: 'institution:test-desk',
      about: ['track:iran', 'person:witkoff'],
    },
    {
      id: 'claim:test-late-stated',
      text: 'The envoy met Iranian officials on 2 November 2026.',
      kind: 'FACT',
      speaker: 'institution:test-desk',
      about: ['track:iran'],
      statedDate: '2026-11-02',
    },
  ],
  relations: [{ type: 'ROUTED_THROUGH', from: 'track:iran', to: 'person:witkoff', evidence: ['#0'] }],
};

const ingestAll = async (documents: Record<string, unknown>[]) => {
  for (const input of documents) await graph.data(INGEST, { input }, editor);
};

interface Routed {
  track: { id: string };
  relation: {
    id: string;
    dated: boolean;
    knownFrom: string | null;
    validFrom: string | null;
    validTo: string | null;
    evidence: { id: string }[];
  };
}
const ROUTED = /* GraphQL */ `
  query($asOf: String, $evidence: EvidenceFilter) {
    tracksRoutedThrough(personId: "person:witkoff", asOf: $asOf, evidence: $evidence) {
      track { id } relation { id dated knownFrom validFrom validTo evidence { id } }
    }
  }
`;
const routed = async (asOf: string | null, evidence?: Record<string, unknown>) =>
  (await graph.data<{ tracksRoutedThrough: Routed[] }>(ROUTED, { asOf, evidence })).tracksRoutedThrough;
const tracks = (rows: Routed[]) => rows.map((r) => r.track.id).sort();

describe('time from sources', () => {
  it('dates a claim by its source when it gives none, says which date it is, and places it on the timeline', async () => {
    await ingestAll([LATE_NOTE]);
    const { a, b, seed } = await graph.data<Record<string, { date: string | null; dateBasis: string }>>(
      `{ a: node(id: "claim:test-late-iran-channel") { ... on Claim { date dateBasis } }
         b: node(id: "claim:test-late-stated") { ... on Claim { date dateBasis } }
         seed: node(id: "claim:all-roads-through-witkoff") { ... on Claim { date dateBasis } } }`,
    );
    expect(a).toEqual({ date: '2026-11-24', dateBasis: 'SOURCE' });
    expect(b).toEqual({ date: '2026-11-02', dateBasis: 'STATED' });
    // The seed article gives only an approximate period (2025-04/2025-05) for itself.
    expect(seed).toEqual({ date: '2025-04', dateBasis: 'APPROXIMATE' });

    const { timeline } = await graph.data<{ timeline: { nodes: { kind: string; date: string; node: { id: string } }[] } }>(
      `{ timeline(trackId: "track:iran", from: "2026-11", to: "2026-12", includeUndated: false) { nodes { kind date node { ... on Claim { id } } } } }`,
    );
    expect(timeline.nodes.filter((n) => n.kind === 'CLAIM').map((n) => [n.node.id, n.date])).toEqual([
      ['claim:test-late-stated', '2026-11-02'],
      ['claim:test-late-iran-channel', '2026-11-24'],
    ]);
  });

  it('files the newest evidence under a new period, not the ended one, wherever it comes in the ingestion order', async () => {
    const fixtures = fixtureDocuments().map((f) => f.document);
    // The fixtures build on one another (later ones cite earlier claims): the note goes first, in between, last.
    const orders = [
      [...fixtures, LATE_NOTE],
      [LATE_NOTE, ...fixtures],
      [fixtures[0]!, fixtures[1]!, LATE_NOTE, fixtures[2]!, fixtures[3]!],
    ];
    const seen: unknown[] = [];
    for (const order of orders) {
      await graph.reset();
      await ingestAll(order);
      const answers = {} as Record<string, Routed[]>;
      for (const asOf of [null, '2025-01', '2025-05', '2025-09', '2026-12']) answers[asOf ?? 'now'] = await routed(asOf);
      seen.push(
        JSON.parse(
          JSON.stringify(answers, (k, v) =>
            k === 'evidence' ? [...v].sort((x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id)) : v,
          ),
        ),
      );
      // Today Iran is routed through Witkoff again: known from the note's date, with no dates of its own.
      const iranNow = answers.now!.find((r) => r.track.id === 'track:iran');
      expect(iranNow?.relation).toMatchObject({ dated: false, knownFrom: '2026-11-24', validFrom: null, validTo: null });
      expect(iranNow?.relation.evidence.map((e) => e.id)).toEqual(['claim:test-late-iran-channel']);
      // The ended period keeps its own evidence, and the note is not part of it.
      const iranMay = answers['2025-05']!.find((r) => r.track.id === 'track:iran');
      expect(iranMay?.relation).toMatchObject({ dated: true, validFrom: '2025-04-12', validTo: '2025-06-13' });
      expect(iranMay?.relation.evidence.map((e) => e.id)).not.toContain('claim:test-late-iran-channel');
      // Between the end of that period and the note, nothing says Iran went through Witkoff.
      expect(tracks(answers['2025-09']!)).not.toContain('track:iran');
      expect(tracks(answers['2026-12']!)).toContain('track:iran');
      // Before any source said anything, no track is routed through him.
      expect(answers['2025-01']).toEqual([]);
    }
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
  });

  it('counts an undated relation from the date it was first said, and lets the caller choose', async () => {
    // The seed's routes have no dates; its claims are dated 2025-04 (the article's approximate period).
    expect(await routed('2025-01')).toEqual([]);
    const may = await routed('2025-05');
    expect(tracks(may)).toEqual(['track:iran', 'track:israel-hamas', 'track:ukraine']);
    expect(may.every((r) => r.relation.dated === false && r.relation.knownFrom === '2025-04')).toBe(true);
    expect(tracks(await routed('2025-01', { undated: 'ALWAYS' }))).toEqual(tracks(may));
    expect(await routed(null, { undated: 'EXCLUDE' })).toEqual([]);
    expect(await routed('2025-05', { undated: 'EXCLUDE' })).toEqual([]);
  });

  it('answers with what the sources had said by a date (knownAt)', async () => {
    await ingestAll([...fixtureDocuments().map((f) => f.document), LATE_NOTE]);
    // By 1 May 2025 only the seed article (dated 2025-04) had spoken: no fixture, no note.
    const early = await routed(null, { knownAt: '2025-05-01' });
    expect(tracks(early)).toEqual(['track:israel-hamas', 'track:ukraine']);
    expect(await routed(null, { knownAt: '2024' })).toEqual([]);
    // What we knew by then about the Ukraine route, and what we know now: the evidence grew.
    const path = /* GraphQL */ `
      query($evidence: EvidenceFilter) {
        paths(from: "track:iran", to: "person:witkoff", maxHops: 1, asOf: "2025-05", evidence: $evidence) { length }
      }
    `;
    expect((await graph.data<{ paths: unknown[] }>(path, {})).paths).toHaveLength(1);
    expect((await graph.data<{ paths: unknown[] }>(path, { evidence: { knownAt: '2025-03' } })).paths).toHaveLength(0);
  });

  it('refuses a knownAt that is not a date, naming the field', async () => {
    const result = await graph.run(ROUTED, { asOf: null, evidence: { knownAt: 'last May' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/evidence\.knownAt/);
  });
});
