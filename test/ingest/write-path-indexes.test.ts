// Resolution and the change feed go through indexes (entity_name_keys, per-type updatedAt/createdAt range
// indexes): they must follow every write (curation, merges) and give what a scan of the whole graph gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/domain/vocabulary.js';
import { INGEST, type IngestResult } from '../support/documents.js';
import { codes, CYPHER_DIR, startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.close());

const editor = { token: TOKENS.editor };
const admin = { token: TOKENS.admin };

/** A dry-run document that lists one person by `name` and has a claim spoken by `speaker`; nothing is created. */
function probe(name: string, speaker = name) {
  return {
    source: { title: 'Probe note', url: 'https://example.org/probe-note' },
    entities: [{ kind: 'PERSON', name }],
    claims: [{ text: 'A probe claim.', kind: 'FACT', speaker, about: ['track:ukraine'] }],
    options: { unresolvedEntities: 'REPORT' },
  };
}

async function resolvedPerson(name: string): Promise<string | undefined> {
  const result = await graph.run<IngestResult>(INGEST, { input: probe(name), dryRun: true }, editor);
  if (result.errors) return undefined;
  return result.data!.ingestDocument.changes.find((c) => c.kind === 'ENTITY')?.id;
}

describe('name resolution follows curation', () => {
  it('resolves an alias added by updateEntity, and stops resolving it once it is removed', async () => {
    expect(await resolvedPerson('The Peace Envoy')).toBeUndefined();
    await graph.data(`mutation { updateEntity(id: "person:witkoff", patch: { addAliases: ["The Peace Envoy"] }) { id } }`, {}, editor);
    expect(await resolvedPerson('the peace envoy')).toBe('person:witkoff');
    expect(await resolvedPerson('THE PEACE ENVOY!')).toBe('person:witkoff');

    const { node } = await graph.data<{ node: { aliases: string[] } }>(`{ node(id: "person:witkoff") { ... on Person { aliases } } }`);
    const aliases = node.aliases.filter((a) => a !== 'The Peace Envoy');
    await graph.data(
      `mutation($aliases: [String!]) { updateEntity(id: "person:witkoff", patch: { aliases: $aliases }) { id } }`,
      { aliases },
      editor,
    );
    const gone = await graph.run<IngestResult>(INGEST, { input: probe('The Peace Envoy'), dryRun: true }, editor);
    expect(codes(gone)).toEqual(['BAD_USER_INPUT']);
    expect(await resolvedPerson('Steve Witkoff')).toBe('person:witkoff');
  });

  it('resolves a renamed entity by its new name', async () => {
    await graph.data(`mutation { createEntity(input: { kind: PERSON, name: "Probe Analyst One" }) { id } }`, {}, editor);
    await graph.data(
      `mutation { updateEntity(id: "person:probe-analyst-one", patch: { name: "Probe Analyst Renamed" }) { id } }`,
      {},
      editor,
    );
    expect(await resolvedPerson('probe analyst renamed')).toBe('person:probe-analyst-one');
  });

  it('resolves the names of a merged-away entity, and its id, to the survivor', async () => {
    const input = { kind: 'PERSON', name: 'Probe Duplicate', aliases: ['Dup Vance Alias'] };
    await graph.data(`mutation($input: EntityInput!) { createEntity(input: $input) { id } }`, { input }, editor);
    expect(await resolvedPerson('Dup Vance Alias')).toBe('person:probe-duplicate');
    await graph.data(`mutation { mergeEntities(survivorId: "person:vance", mergedId: "person:probe-duplicate") { id } }`, {}, admin);
    expect(await resolvedPerson('dup vance alias')).toBe('person:vance');
    expect(await resolvedPerson('Probe Duplicate')).toBe('person:vance');
    const byOldId = await graph.data<IngestResult>(INGEST, { input: probe('J.D. Vance', 'person:probe-duplicate'), dryRun: true }, editor);
    expect(byOldId.ingestDocument.changes).toContainEqual(expect.objectContaining({ kind: 'ENTITY', id: 'person:vance' }));
  });

  it('resolves, in a later ingest, an entity an earlier ingest created', async () => {
    const first = { ...probe('Probe Newcomer'), options: { unresolvedEntities: 'CREATE' } };
    await graph.data<IngestResult>(INGEST, { input: first }, editor);
    expect(await resolvedPerson('probe newcomer')).toBe('person:probe-newcomer');
  });
});

/** The change feed as it was written before the indexes: a scan of every claim about the track and every relation. */
const FULL_SCAN = `
MATCH (t:PolicyTrack {id: $trackId})
WITH t, datetime($since) AS since
CALL (t, since) {
  MATCH (c:Claim)-[:ABOUT]->(t)
  WHERE c.createdAt >= since OR c.updatedAt >= since OR c.retractedAt >= since
  RETURN 'CLAIM' AS kind, c.id AS id, null AS fromId, null AS toId,
         CASE WHEN c.retractedAt >= since THEN 'RETRACTED' WHEN c.createdAt >= since THEN 'CREATED' ELSE 'UPDATED' END AS action,
         coalesce(c.retractedAt, c.updatedAt, c.createdAt) AS at, coalesce(c.retractedBy, c.updatedBy, c.createdBy) AS by
  UNION
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE (r.createdAt >= since OR r.updatedAt >= since)
    AND (a = t OR b = t OR any(e IN r.evidence WHERE EXISTS { (:Claim {id: e})-[:ABOUT]->(t) }))
  RETURN 'RELATION' AS kind, r.id AS id, a.id AS fromId, b.id AS toId,
         CASE WHEN r.createdAt >= since THEN 'CREATED' ELSE 'UPDATED' END AS action,
         coalesce(r.updatedAt, r.createdAt) AS at, coalesce(r.updatedBy, r.createdBy) AS by
  UNION
  MATCH (e:Entity)-[]-(t)
  WHERE e.createdAt >= since
  RETURN 'ENTITY' AS kind, e.id AS id, null AS fromId, null AS toId, 'CREATED' AS action, e.createdAt AS at, e.createdBy AS by
}
RETURN kind, id, fromId, toId, action, toString(at) AS at, by
ORDER BY at DESC, id
`;

describe('changes(trackId, since) through the time indexes', () => {
  it('gives what a full scan gives, seed relations (createdAt only) and curated changes included', async () => {
    await graph.data(`mutation { retractClaim(id: "claim:vance-next-100-days", reason: "Probe retraction.") { id } }`, {}, editor);
    // The named query starts from the track its caller binds (src/changes/roots.ts): bound here the same way.
    const feed = [
      'MATCH (t:PolicyTrack {id: $trackId})',
      `CALL (t) {\n${graph.db.cypher('changes/on-track')}\n}`,
      'RETURN kind, id, fromId, toId, action, at, by ORDER BY at DESC, id',
    ].join('\n');
    const project = (rows: Record<string, unknown>[]) =>
      rows.map(({ kind, id, fromId, toId, action, at, by }) => ({ kind, id, fromId, toId, action, at, by }));
    for (const trackId of ['track:ukraine', 'track:iran', 'track:israel-hamas']) {
      for (const since of ['2000-01-01', new Date(Date.now() - 60_000).toISOString()]) {
        const indexed = project(await graph.db.readPlain(feed, { trackId, since, limit: 500 }));
        const scanned = project(await graph.db.readPlain(FULL_SCAN, { trackId, since }));
        expect(indexed, `${trackId} since ${since}`).toEqual(scanned.slice(0, 500));
      }
    }
    const all = await graph.db.readPlain(feed, { trackId: 'track:ukraine', since: '2000-01-01', limit: 500 });
    const ids = all.map((r) => r.id);
    expect(ids).toContain('rel:mediates:institution:state-department:track:ukraine');
    expect(ids).toContain('rel:rivals:person:rubio:person:witkoff');
    expect(all).toContainEqual(expect.objectContaining({ kind: 'CLAIM', id: 'claim:vance-next-100-days', action: 'RETRACTED' }));
  });

  it('has a time-index seek, and both timestamp indexes, for every relation type of the vocabulary', async () => {
    const feed = readFileSync(join(CYPHER_DIR, 'changes', 'on-track.cypher'), 'utf8');
    const indexes = await graph.db.readPlain(`SHOW RANGE INDEXES YIELD name, state, entityType, labelsOrTypes, properties RETURN *`, {});
    for (const type of RELATION_TYPES) {
      expect(feed, type).toMatch(new RegExp(`-\\[r:${type}\\]->.*WHERE r\\.updatedAt >= since OR r\\.createdAt >= since`));
      for (const property of ['createdAt', 'updatedAt']) {
        const index = indexes.find(
          (i) =>
            i.entityType === 'RELATIONSHIP' &&
            JSON.stringify(i.labelsOrTypes) === JSON.stringify([type]) &&
            JSON.stringify(i.properties) === JSON.stringify([property]),
        );
        expect(index?.state, `${type}.${property}`).toBe('ONLINE');
      }
    }
  });
});
