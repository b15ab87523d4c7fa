// Ingesting a document: resolution by name, one transaction, idempotence, dry runs, roles.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INGEST, type IngestResult } from '../support/documents.js';
import { codes, startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.close());
// Each test starts from the seeded graph and ingests what it needs itself.
beforeEach(() => graph.reset());

const editor = { token: TOKENS.editor };

/** A small document of our own: a desk note on the Ukraine track. */
const NOTE = {
  source: { title: 'Desk note: envoy travel', publisher: 'Test Desk', url: 'https://example.org/desk-note-1', publishedDate: '2025-08-07' },
  entities: [
    { kind: 'PERSON', name: 'Stève WITKOFF', aliases: ['Envoy S. Witkoff'] },
    { kind: 'INSTITUTION', name: 'Test Desk', description: 'A made-up analysis desk used in tests.' },
  ],
  claims: [
    {
      text: 'The envoy flew to Moscow for talks.',
      kind: 'FACT',
      speaker: 'Test Desk',
      about: ['steven witkoff', 'Ukraine'],
      statedDate: '2025-08-06',
    },
    {
      text: 'The trip suggests the Moscow channel still runs through the envoy.',
      kind: 'ANALYSIS',
      speaker: 'Test Desk',
      about: ['Witkoff', 'track:ukraine'],
      supports: ['#0'],
    },
  ],
  relations: [{ type: 'HAS_TIES_TO', from: 'Witkoff', to: 'Kremlin', evidence: ['#1'] }],
};

describe('ingestDocument', () => {
  it('resolves names case- and accent-insensitively, creates what is new, and reports it', async () => {
    const { ingestDocument } = await graph.data<IngestResult>(INGEST, { input: NOTE }, editor);
    const witkoff = ingestDocument.changes.find((c) => c.kind === 'ENTITY' && c.id === 'person:witkoff');
    expect(witkoff).toMatchObject({ action: 'UPDATE', detail: 'matched by name' });
    expect(ingestDocument.changes).toContainEqual(
      expect.objectContaining({ action: 'CREATE', kind: 'ENTITY', id: 'institution:test-desk' }),
    );
    expect(ingestDocument.changes.filter((c) => c.kind === 'CLAIM' && c.action === 'CREATE')).toHaveLength(2);
    expect(ingestDocument.changes).toContainEqual(
      expect.objectContaining({ kind: 'RELATION', id: 'rel:has_ties_to:person:witkoff:institution:kremlin', action: 'UPDATE' }),
    );
    const { node } = await graph.data<{ node: { aliases: string[]; relations: { evidence: { id: string }[] }[] } }>(
      `{ node(id: "person:witkoff") { ... on Person { aliases relations(types: [HAS_TIES_TO], direction: OUT) { evidence { id } } } } }`,
    );
    expect(node.aliases).toContain('Envoy S. Witkoff');
    expect(node.relations[0]!.evidence.length).toBeGreaterThanOrEqual(2);
  });

  it('changes nothing the second time and says so', async () => {
    await graph.data<IngestResult>(INGEST, { input: NOTE }, editor);
    const before = await graph.db.readPlain('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS rels', {});
    const { ingestDocument } = await graph.data<IngestResult>(INGEST, { input: NOTE }, editor);
    expect(ingestDocument.created).toBe(0);
    expect(ingestDocument.updated).toBe(0);
    expect(ingestDocument.unchanged).toBe(ingestDocument.changes.length);
    const after = await graph.db.readPlain('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS rels', {});
    expect(after).toEqual(before);
  });

  it('returns the summary of a dry run without writing anything', async () => {
    const input = { ...NOTE, source: { ...NOTE.source, url: 'https://example.org/desk-note-2' } };
    const before = await graph.db.readPlain('MATCH (n) RETURN count(n) AS nodes', {});
    const { ingestDocument } = await graph.data<IngestResult>(INGEST, { input, dryRun: true }, editor);
    expect(ingestDocument.dryRun).toBe(true);
    expect(ingestDocument.created).toBeGreaterThan(0);
    expect(await graph.db.readPlain('MATCH (n) RETURN count(n) AS nodes', {})).toEqual(before);
  });

  it('reports every problem with its path and writes nothing', async () => {
    const bad = {
      ...NOTE,
      source: { ...NOTE.source, url: 'https://example.org/desk-note-3' },
      claims: [
        { ...NOTE.claims[0], speaker: 'Nobody McUnknown' },
        { ...NOTE.claims[1], statedDate: '2025-13-45' },
      ],
      relations: [{ type: 'ROUTED_THROUGH', from: 'Witkoff', to: 'track:ukraine', evidence: ['#7'] }],
    };
    const before = await graph.db.readPlain('MATCH (n) RETURN count(n) AS nodes', {});
    const shape = await graph.run(INGEST, { input: bad }, editor);
    expect(codes(shape)).toEqual(['BAD_USER_INPUT']);
    expect(shape.errors![0]!.message).toContain('claims[1].statedDate');
    const fixedDate = { ...bad, claims: [bad.claims[0], { ...NOTE.claims[1] }] };
    const result = await graph.run(INGEST, { input: fixedDate }, editor);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    const paths = (result.errors![0]!.extensions!.problems as { path: string }[]).map((p) => p.path).sort();
    expect(paths).toEqual(['claims[0].speaker', 'relations[0].evidence[0]', 'relations[0].from', 'relations[0].to'].sort());
    expect(result.errors![0]!.message).toContain('claims[0].speaker: unknown entity "Nobody McUnknown"');
    expect(await graph.db.readPlain('MATCH (n) RETURN count(n) AS nodes', {})).toEqual(before);
  });

  it('needs an editor: no token is UNAUTHENTICATED, a reader is FORBIDDEN, nothing is written', async () => {
    const input = { ...NOTE, source: { ...NOTE.source, url: 'https://example.org/desk-note-4' } };
    const before = await graph.db.readPlain('MATCH (n) RETURN count(n) AS nodes', {});
    expect(codes(await graph.run(INGEST, { input }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await graph.run(INGEST, { input }, { token: TOKENS.reader }))).toEqual(['FORBIDDEN']);
    expect(codes(await graph.run(INGEST, { input }, { token: 'not-a-real-key-at-all' }))).toEqual(['UNAUTHENTICATED']);
    expect(await graph.db.readPlain('MATCH (n) RETURN count(n) AS nodes', {})).toEqual(before);
  });

  it('records who created and last changed what, and when', async () => {
    await graph.data<IngestResult>(INGEST, { input: NOTE }, editor);
    const rows = await graph.db.readPlain(
      `MATCH (d:Institution {id: 'institution:test-desk'}) MATCH (w:Person {id: 'person:witkoff'})
       RETURN d.createdBy AS createdBy, d.createdAt IS NOT NULL AS hasCreatedAt, w.updatedBy AS updatedBy`,
      {},
    );
    expect(rows[0]).toEqual({ createdBy: 'api-key-2', hasCreatedAt: true, updatedBy: 'api-key-2' });
  });
});
