// What an analyst is told about a document with problems: every problem at once (shape and graph alike),
// a missing key like a wrong value, `#N` counted from 0 with a clear refusal otherwise, and claims of one
// document referred to from the next by a stable id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/base/paths.js';
import { INGEST, type IngestResult } from '../support/documents.js';
import { codes, startTestGraph, TOKENS, type GqlResult, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.close());

const editor = { token: TOKENS.editor };
type Problem = { path: string; message: string };

/** A valid document of our own on the Ukraine track (a dry run writes nothing). */
function note(tag: string) {
  return {
    source: { title: `Validation note ${tag}`, url: `https://example.org/validation/${tag}` },
    claims: [
      { text: `Validation note ${tag}: the envoy flew to Moscow.`, kind: 'FACT', speaker: 'Steve Witkoff', about: ['track:ukraine'] },
      {
        text: `Validation note ${tag}: the channel still runs through him.`,
        kind: 'ANALYSIS',
        speaker: 'Steve Witkoff',
        about: ['Witkoff'],
        supports: ['#0'],
      },
    ],
    relations: [{ type: 'HAS_TIES_TO', from: 'Witkoff', to: 'Kremlin', evidence: ['#0', '#1'] }],
  };
}

async function problemsOf(input: unknown): Promise<{ result: GqlResult<IngestResult>; problems: Problem[] }> {
  const result = await graph.run<IngestResult>(INGEST, { input, dryRun: true }, editor);
  const problems = (result.errors?.[0]?.extensions?.problems ?? []) as Problem[];
  return { result, problems };
}

describe('a document with problems', () => {
  it('lists a relation without evidence and a claim with an unknown speaker in one answer', async () => {
    const doc = note('both');
    doc.claims[0]!.speaker = 'Nobody McUnknown';
    (doc.relations[0] as { evidence: string[] }).evidence = [];
    const { result, problems } = await problemsOf(doc);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['relations[0].evidence', 'claims[0].speaker']));
    expect(problems.find((p) => p.path === 'claims[0].speaker')?.message).toBe('unknown entity "Nobody McUnknown"');
  });

  it('reports graph problems with the paths of the document as sent when earlier items have shape problems', async () => {
    const doc = note('paths') as ReturnType<typeof note> & { entities: unknown[] };
    doc.entities = [
      { kind: 'PERSON', name: 'x'.repeat(300) },
      { kind: 'PERSON', name: 'Validation Desk Person' },
    ];
    doc.claims.unshift({ text: '', kind: 'FACT', speaker: 'Witkoff', about: ['Witkoff'] });
    doc.claims.push({ text: 'Said by nobody we know.', kind: 'REPORT', speaker: 'Nobody McUnknown', about: ['Validation Desk Person'] });
    // The claims moved one down: #0 is now the empty claim.
    doc.relations = [{ type: 'HAS_TIES_TO', from: 'Witkoff', to: 'Atlantis Accord', evidence: ['#1'] }];
    const { problems } = await problemsOf(doc);
    expect(problems.map((p) => p.path).sort()).toEqual(['claims[0].text', 'claims[3].speaker', 'entities[0].name', 'relations[0].to']);
  });

  it('reports a missing key as a problem with its path, like a wrong value, not as a variable error', async () => {
    const doc = note('missing') as { source: Record<string, unknown>; claims: Record<string, unknown>[] };
    delete doc.source.title;
    delete doc.claims[1]!.text;
    doc.claims[0]!.statedDate = '2025-13-45';
    const { result, problems } = await problemsOf(doc);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors).toHaveLength(1);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'source.title', message: expect.stringMatching(/missing/) },
        { path: 'claims[1].text', message: expect.stringMatching(/missing/) },
        { path: 'claims[0].statedDate', message: expect.stringMatching(/ISO 8601/) },
      ]),
    );
  });

  it('reports an unknown key at its own path', async () => {
    const doc = { ...note('unknown-key'), claims: [{ ...note('unknown-key').claims[0], confidence: 'high' }] };
    const { problems } = await problemsOf(doc);
    expect(problems).toContainEqual({ path: 'claims[0].confidence', message: 'unknown key (not in the document format)' });
  });
});

describe('#N claim references count from 0', () => {
  it('takes #0 as the first claim', async () => {
    const { result } = await problemsOf(note('zero'));
    expect(result.errors).toBeUndefined();
  });

  it.each([
    ['#2 in a document of two claims', '#2', /no claim #2: this document has 2 claim\(s\), #0 to #1 \(#N counts from 0/],
    ['#99', '#99', /no claim #99/],
    ['a leading zero (#01)', '#01', /counting from 0/],
    ['a fraction (#1.5)', '#1.5', /counting from 0/],
    ['a negative number (#-1)', '#-1', /counting from 0/],
    ['a bare #', '#', /counting from 0/],
  ])('refuses %s with a problem that states the rule', async (_name, ref, message) => {
    const doc = note(`ref-${ref.replace(/\W/g, '')}`);
    doc.relations[0]!.evidence = [ref];
    const { result, problems } = await problemsOf(doc);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(problems).toContainEqual({ path: 'relations[0].evidence[0]', message: expect.stringMatching(message) });
  });

  it('refuses a claim that refers to itself', async () => {
    const doc = note('self');
    doc.claims[1]!.supports = ['#1'];
    const { problems } = await problemsOf(doc);
    expect(problems).toContainEqual({ path: 'claims[1].supports[0]', message: expect.stringMatching(/#1 is this claim itself/) });
  });
});

describe('claims referred to across documents', () => {
  it('by an id the author chose, and by the id an ingest returned', async () => {
    const a = note('across-a');
    (a.claims[0] as { id?: string }).id = 'claim:validation-across-a';
    const first = await graph.data<IngestResult>(INGEST, { input: a }, editor);
    const returned = first.ingestDocument.changes.find((c) => c.kind === 'CLAIM' && c.id !== 'claim:validation-across-a')!.id;

    const b = note('across-b');
    (b.claims[0] as { contradicts?: string[] }).contradicts = ['claim:validation-across-a'];
    b.claims[1]!.supports = ['#0', returned];
    await graph.data<IngestResult>(INGEST, { input: b }, editor);

    const { node } = await graph.data<{ node: { contradicts: { id: string }[]; supportedBy: { text: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Claim { contradicts { id } supportedBy { text } } } }`,
      { id: 'claim:validation-across-a' },
    );
    expect(node.contradicts).toHaveLength(1);
    const back = await graph.data<{ node: { supportedBy: { text: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Claim { supportedBy { text } } } }`,
      { id: returned },
    );
    expect(back.node.supportedBy.map((c) => c.text)).toEqual(['Validation note across-b: the channel still runs through him.']);
  });

  it('as the README shows: its two documents ingest in order, and the second contradicts the first', async () => {
    const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Ingesting documents'), readme.indexOf('### Curation'));
    const documents = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    expect(documents).toHaveLength(2);
    for (const input of documents) await graph.data<IngestResult>(INGEST, { input }, editor);
    const { node } = await graph.data<{ node: { contradicts: { text: string }[] } }>(
      `{ node(id: "claim:monday-channel-open") { ... on Claim { contradicts { text } } } }`,
    );
    expect(node.contradicts.map((c) => c.text)).toEqual(['The Moscow channel has gone quiet.']);
  });

  it('leaves every node with an id whose prefix names its label (what id-kind checks rely on)', async () => {
    const wrong = await graph.db.readPlain(
      `MATCH (n) WHERE n.id IS NOT NULL AND NOT n:MergedId
       WITH n, split(n.id, ':')[0] AS prefix
       WHERE NOT ((prefix = 'person' AND n:Person) OR (prefix = 'institution' AND n:Institution) OR (prefix = 'track' AND n:PolicyTrack)
         OR (prefix = 'event' AND n:Event) OR (prefix = 'claim' AND n:Claim) OR (prefix = 'source' AND n:Source))
       RETURN n.id AS id, labels(n) AS labels`,
      {},
    );
    expect(wrong).toEqual([]);
  });
});
