// Questions that span documents: the seed plus four later fixture documents on all three tracks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingest.js';
import { AppError } from '../../src/base/errors.js';
import { codes, startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';
import { fixtureDocuments, GRAPH_SNAPSHOT, INGEST, invalidDocument, type IngestResult } from '../support/documents.js';

let graph: TestGraph;
let beforeIngest: string;
const editor = { token: TOKENS.editor };

beforeAll(async () => {
  graph = await startTestGraph();
  beforeIngest = new Date().toISOString();
  for (const { document } of fixtureDocuments()) await graph.data<IngestResult>(INGEST, { input: document }, editor);
});
afterAll(() => graph.close());

const ROUTED = `query($id: ID!, $asOf: String) { tracksRoutedThrough(personId: $id, asOf: $asOf) { track { id } evidence { id } } }`;
const routed = async (id: string, asOf?: string) =>
  (await graph.data<{ tracksRoutedThrough: { track: { id: string } }[] }>(ROUTED, { id, asOf })).tracksRoutedThrough
    .map((t) => t.track.id)
    .sort();

describe('documents over time', () => {
  it('routes Iran through Witkoff in May 2025 but not after the talks collapsed in June', async () => {
    expect(await routed('person:witkoff', '2025-05-15')).toEqual(['track:iran', 'track:israel-hamas', 'track:ukraine']);
    expect(await routed('person:witkoff', '2025-07-01')).toEqual(['track:israel-hamas', 'track:ukraine']);
    expect(await routed('person:witkoff')).toEqual(['track:israel-hamas', 'track:ukraine']);
  });

  it('shows a new person joining a track only from when they joined', async () => {
    expect(await routed('person:kushner', '2025-09-15')).toEqual([]);
    expect(await routed('person:kushner', '2025-10-15')).toEqual(['track:israel-hamas']);
    const q = `query($asOf: String) { node(id: "person:driscoll") { ... on Person { name relations(types: [INVOLVED_IN], asOf: $asOf) { to { id } } } } }`;
    const june = await graph.data<{ node: { relations: unknown[] } }>(q, { asOf: '2025-06-01' });
    const late = await graph.data<{ node: { name: string; relations: { to: { id: string } }[] } }>(q, { asOf: '2025-11-25' });
    expect(june.node.relations).toEqual([]);
    expect(late.node).toMatchObject({ name: 'Dan Driscoll', relations: [{ to: { id: 'track:ukraine' } }] });
  });

  it('finds a contradiction between claims from two different sources on the Ukraine track', async () => {
    const { contradictions } = await graph.data<{
      contradictions: { claim: { id: string; source: { id: string } }; contradictingClaim: { id: string; source: { id: string } } }[];
    }>(`{ contradictions(trackId: "track:ukraine") { claim { id source { id } } contradictingClaim { id source { id } } } }`);
    const pair = contradictions.find(
      (c) => c.claim.id === 'claim:us-brokers-alaska-summit' && c.contradictingClaim.id === 'claim:state-dept-no-longer-mediator',
    );
    expect(pair).toBeDefined();
    expect(pair!.claim.source.id).not.toBe(pair!.contradictingClaim.source.id);
  });

  it('keeps later statements by the same people next to their earlier ones', async () => {
    const { node } = await graph.data<{ node: { claimsMade: { id: string; source: { id: string } }[] } }>(
      `{ node(id: "person:vance") { ... on Person { claimsMade { id source { id } } } } }`,
    );
    const sources = new Set(node.claimsMade.map((c) => c.source.id));
    expect(node.claimsMade.map((c) => c.id)).toContain('claim:vance-next-100-days');
    expect(sources.size).toBeGreaterThan(1);
  });

  it('lists what changed on the Iran track since before the ingests, with who did it', async () => {
    const { changes } = await graph.data<{ changes: { action: string; kind: string; id: string; by: string | null; at: string }[] }>(
      `query($since: String!) { changes(trackId: "track:iran", since: $since, first: 200) { action kind id by at } }`,
      { since: beforeIngest },
    );
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: 'RELATION', id: 'rel:routed_through:track:iran:person:witkoff', action: 'UPDATED', by: 'api-key-2' }),
    );
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'CLAIM', id: 'claim:f01-witkoff-channel-dormant', action: 'CREATED' }));
    expect(changes.every((c) => c.at >= beforeIngest.slice(0, 19))).toBe(true);
    const later = await graph.data<{ changes: unknown[] }>(`{ changes(trackId: "track:iran", since: "2999-01-01") { id } }`);
    expect(later.changes).toEqual([]);
  });

  it('changes nothing when the same documents come again', async () => {
    const before = await graph.db.readPlain(GRAPH_SNAPSHOT, { ignore: [] });
    for (const { file, document } of fixtureDocuments()) {
      const { ingestDocument } = await graph.data<IngestResult>(INGEST, { input: document }, editor);
      expect([ingestDocument.created, ingestDocument.updated], file).toEqual([0, 0]);
    }
    expect(await graph.db.readPlain(GRAPH_SNAPSHOT, { ignore: [] })).toEqual(before);
  });

  it('reports every problem of an invalid document at once, each with its path', async () => {
    const result = await graph.run(INGEST, { input: invalidDocument('semantic-problems.json') }, editor);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    const paths = (result.errors![0]!.extensions!.problems as { path: string }[]).map((p) => p.path);
    expect(paths.length).toBeGreaterThanOrEqual(5);
    expect(paths).toEqual(
      expect.arrayContaining([
        'claims[0].about[0]',
        'claims[1].about[0]',
        'claims[2].speaker',
        'relations[1].evidence[0]',
        'relations[0].from',
      ]),
    );
  });

  it('reports the shape problems and the graph problems of a document file in one answer (as the CLI reads it), and GraphQL refuses it too', async () => {
    const document = invalidDocument('many-problems.json');
    const error = await ingestDocument(graph.db, document, { dryRun: false, actor: 'test' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    const problems = (error as AppError).extensions.problems as { path: string }[];
    expect(problems.map((p) => p.path).sort()).toEqual(
      [
        ...[
          'claims[0].statedDate',
          'claims[1].kind',
          'claims[2].confidence',
          'claims[3].text',
          'relations[1].evidence',
          'relations[3].validTo',
        ],
        ...['relations[2].evidence[0]', 'relations[0].from', 'relations[0].to', 'claims[0].speaker', 'claims[2].about[0]'],
      ].sort(),
    );
    const viaGraphql = await graph.run(INGEST, { input: document }, editor);
    expect(new Set(codes(viaGraphql))).toEqual(new Set(['BAD_USER_INPUT']));
  });
});
