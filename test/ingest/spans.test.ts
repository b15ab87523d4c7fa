// Provenance down to the passage: a source keeps its text, each claim its span in it, and Claim.sentence reads
// the passage back. Spans outside the text are refused at ingestion, with the path; extraction metadata is
// accepted for review and never stored.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INGEST, type IngestResult } from '../support/documents.js';
import { startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
beforeEach(() => graph.reset());
afterAll(() => graph.close());

const editor = { token: TOKENS.editor };
type Problem = { path: string; message: string };

// Our own short note; “curly quotes” and an em dash — so offsets are checked past non-ASCII characters.
const TEXT = 'Spans note. The envoy flew to Moscow on Monday — again. “The channel is open,” a fictional aide said.';
const at = (passage: string) => ({ start: TEXT.indexOf(passage), end: TEXT.indexOf(passage) + passage.length });

function note(overrides: { text?: string | null; span?: unknown } = {}) {
  const text = overrides.text === undefined ? TEXT : overrides.text;
  return {
    source: { title: 'Spans note', url: 'https://example.org/spans/note', ...(text === null ? {} : { text }) },
    entities: [
      {
        kind: 'PERSON',
        name: 'Steve Witkoff',
        extracted: { confidence: 0.97, reason: 'in the graph', resolved: true, mentions: [at('The envoy')] },
      },
    ],
    claims: [
      {
        id: 'claim:spans-flew',
        text: 'The envoy flew to Moscow on Monday.',
        kind: 'FACT',
        speaker: 'Steve Witkoff',
        about: ['track:ukraine'],
        span: overrides.span === undefined ? at('The envoy flew to Moscow on Monday — again.') : overrides.span,
        extracted: { confidence: 0.8, reason: 'a plain statement of what happened' },
      },
    ],
    relations: [
      {
        type: 'HAS_TIES_TO',
        from: 'Witkoff',
        to: 'Kremlin',
        evidence: ['#0'],
        extracted: { confidence: 0.5, cue: 'flew to Moscow', span: at('The envoy flew to Moscow on Monday — again.') },
      },
    ],
  };
}

const CLAIM = `query { node(id: "claim:spans-flew") { ... on Claim { span { start end } sentence source { text } } } }`;
type ClaimAnswer = { node: { span: { start: number; end: number } | null; sentence: string | null; source: { text: string | null } } };

async function problems(input: unknown): Promise<Problem[]> {
  const result = await graph.run<IngestResult>(INGEST, { input, dryRun: true }, editor);
  return (result.errors?.[0]?.extensions?.problems ?? []) as Problem[];
}

describe('source text and claim spans', () => {
  it('Claim.sentence returns the exact passage its span names, past curly quotes and dashes', async () => {
    await graph.data(INGEST, { input: note() }, editor);
    const { node } = await graph.data<ClaimAnswer>(CLAIM);
    expect(node.sentence).toBe('The envoy flew to Moscow on Monday — again.');
    expect(node.span).toEqual(at('The envoy flew to Moscow on Monday — again.'));
    expect(node.source.text).toBe(TEXT);
  });

  it('a later document without the text keeps it; without a span, the claim keeps its span', async () => {
    await graph.data(INGEST, { input: note() }, editor);
    // A plain later document: no text, no spans, no extraction metadata.
    const again = note({ text: null });
    delete (again.claims[0] as { span?: unknown }).span;
    delete (again.entities[0] as { extracted?: unknown }).extracted;
    delete (again.relations[0] as { extracted?: unknown }).extracted;
    const result = await graph.data<IngestResult>(INGEST, { input: again }, editor);
    expect(result.ingestDocument.changes.filter((c) => c.kind === 'CLAIM' || c.kind === 'SOURCE').map((c) => c.action)).toEqual([
      'UNCHANGED',
      'UNCHANGED',
    ]);
    const { node } = await graph.data<ClaimAnswer>(CLAIM);
    expect(node.sentence).toBe('The envoy flew to Moscow on Monday — again.');
  });

  it('a claim without a span has none, and no sentence', async () => {
    const plain = note();
    delete (plain.claims[0] as { span?: unknown }).span;
    await graph.data(INGEST, { input: plain }, editor);
    const { node } = await graph.data<ClaimAnswer>(CLAIM);
    expect(node).toMatchObject({ span: null, sentence: null });
  });

  it('extraction metadata is checked and accepted, and not stored', async () => {
    await graph.data(INGEST, { input: note() }, editor);
    const [row] = await graph.db.readPlain(
      "MATCH (c:Claim {id: 'claim:spans-flew'}) MATCH (e:Entity {id: 'person:witkoff'}) RETURN keys(c) + keys(e) AS keys",
      {},
    );
    expect((row!.keys as string[]).filter((k) => /extract|confidence|reason|mention/i.test(k))).toEqual([]);
    const bad = note();
    (bad.claims[0]!.extracted as { confidence: number }).confidence = 1.5;
    expect(await problems(bad)).toEqual([expect.objectContaining({ path: 'claims[0].extracted.confidence' })]);
  });
});

describe('spans that point nowhere are refused, each at its path', () => {
  it('past the end of the text, in a claim, a mention and a relation sentence', async () => {
    const doc = note({ span: { start: 10, end: TEXT.length + 1 } });
    doc.entities[0]!.extracted.mentions = [{ start: 0, end: TEXT.length + 5 }];
    doc.relations[0]!.extracted.span = { start: 3, end: 9999 };
    const found = await problems(doc);
    expect(found.map((p) => p.path).sort()).toEqual(['claims[0].span', 'entities[0].extracted.mentions[0]', 'relations[0].extracted.span']);
    expect(found.find((p) => p.path === 'claims[0].span')?.message).toContain(`${TEXT.length} characters`);
  });

  it('a span without a text to point into, an empty span, a negative offset', async () => {
    expect(await problems(note({ text: null }))).toEqual([
      expect.objectContaining({ path: 'claims[0].span', message: expect.stringContaining('needs source.text') }),
      expect.objectContaining({ path: 'entities[0].extracted.mentions[0]' }),
      expect.objectContaining({ path: 'relations[0].extracted.span' }),
    ]);
    expect((await problems(note({ span: { start: 5, end: 5 } }))).map((p) => p.path)).toEqual(['claims[0].span.end']);
    expect((await problems(note({ span: { start: -1, end: 5 } }))).map((p) => p.path)).toEqual(['claims[0].span.start']);
  });
});
