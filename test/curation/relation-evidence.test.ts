// The evidence invariant held by the database: no write leaves a relation without a claim that asserts it,
// and a relation whose every claim was retracted drops out of answers as those claims do (back on request).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/base/errors.js';
import { INGEST, type IngestResult } from '../support/documents.js';
import { codes, startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ seed: false });
});
afterAll(() => graph.close());

const editor = { token: TOKENS.editor };

/** A fictional envoy tied to a fictional council and track by relations each resting on one claim; `tag` keeps tests apart. */
function note(tag: string) {
  const ids = {
    envoy: `person:envoy-${tag}`,
    council: `institution:coast-council-${tag}`,
    track: `track:harbour-talks-${tag}`,
    desk: `institution:evidence-desk-${tag}`,
    claim: `claim:evidence-${tag}-1`,
    other: `claim:evidence-${tag}-2`,
  };
  const document = {
    source: { id: `source:evidence-${tag}`, title: `Evidence desk note (${tag})`, publisher: 'Evidence Desk (test data)' },
    entities: [
      { id: ids.envoy, kind: 'PERSON', name: `Envoy ${tag}` },
      { id: ids.council, kind: 'INSTITUTION', name: `Coast Council ${tag}` },
      { id: ids.track, kind: 'TRACK', name: `Harbour talks ${tag}` },
      { id: ids.desk, kind: 'INSTITUTION', name: `Evidence Desk ${tag}` },
    ],
    claims: [
      {
        id: ids.claim,
        text: 'The envoy sits on the coast council and runs the harbour talks.',
        kind: 'REPORT',
        speaker: ids.desk,
        about: [ids.envoy, ids.council, ids.track],
      },
      { id: ids.other, text: 'The council backs the harbour talks.', kind: 'FACT', speaker: ids.desk, about: [ids.council, ids.track] },
    ],
    relations: [
      { type: 'HOLDS_ROLE_IN', from: ids.envoy, to: ids.council, role: 'Member', evidence: ['#0'] },
      { type: 'ROUTED_THROUGH', from: ids.track, to: ids.envoy, evidence: ['#0'] },
      { type: 'INVOLVED_IN', from: ids.council, to: ids.track, evidence: ['#1'] },
    ],
  };
  return { ids, document };
}

const relationsBetween = (a: string, b: string) =>
  graph.db.readPlain(`MATCH (:Entity {id: $a})-[r]-(:Entity {id: $b}) RETURN r.id AS id, r.evidence AS evidence`, { a, b });

describe('evidence held by the database', () => {
  it('refuses a relation written with no evidence, even past the validator, and writes nothing', async () => {
    const { ids, document } = note('empty');
    await graph.data<IngestResult>(INGEST, { input: { ...document, relations: [] } }, editor);
    const relation = {
      id: `rel:has_ties_to:${ids.envoy}:${ids.council}`,
      type: 'HAS_TIES_TO',
      fromId: ids.envoy,
      toId: ids.council,
      role: null,
      validFrom: null,
      validTo: null,
      status: 'ACTIVE',
      absorbedInto: null,
      evidence: [],
      statedEvidence: [],
      statedTo: null,
      statedEnded: false,
    };
    // The ingest's relation write, run directly as a buggy or future write path might; `relations` is how the
    // statement took its rows before the database held the invariant, `records` how it takes them now.
    const error = await graph.db
      .write(graph.db.cypher('ingest/write-relations'), { actor: 'test', records: [relation], relations: [relation] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', relation: relation.id });
    expect(await relationsBetween(ids.envoy, ids.council)).toEqual([]);

    // Evidence that names no claim is no evidence either.
    const ghost = { ...relation, evidence: ['claim:never-written'], statedEvidence: ['claim:never-written'] };
    const second = await graph.db
      .write(graph.db.cypher('ingest/write-relations'), { actor: 'test', records: [ghost], relations: [ghost] })
      .catch((e: unknown) => e);
    expect((second as AppError).extensions?.code).toBe('BAD_USER_INPUT');
    expect(await relationsBetween(ids.envoy, ids.council)).toEqual([]);
  });

  it('answers a document whose relation has no evidence with BAD_USER_INPUT and writes none of it', async () => {
    const { ids, document } = note('validator');
    const input = { ...document, relations: [{ ...document.relations[0], evidence: [] }] };
    const result = await graph.run(INGEST, { input }, editor);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(await graph.db.readPlain('MATCH (n:Entity {id: $id}) RETURN n.id AS id', { id: ids.envoy })).toEqual([]);
  });
});

describe('relations whose every claim was retracted', () => {
  const ANSWERS = /* GraphQL */ `
    query($envoy: ID!, $council: ID!, $track: ID!, $all: Boolean) {
      envoy: node(id: $envoy) {
        ... on Person {
          relations(includeRetracted: $all) { id evidence(includeRetracted: $all) { id } }
          relationCount(includeRetracted: $all)
          institutions(includeRetracted: $all) { id }
          affiliations(includeRetracted: $all) { id role }
        }
      }
      track: node(id: $track) { ... on PolicyTrack { routedThrough(includeRetracted: $all) { id } } }
      tracksRoutedThrough(personId: $envoy, includeRetracted: $all) { track { id } evidence(includeRetracted: $all) { id } }
      paths(from: $envoy, to: $council, includeRetracted: $all) { hops { relation { id } } }
      neighborhood(id: $envoy, includeRetracted: $all) { nodes { id } edges { id } }
    }
  `;
  interface Answers {
    envoy: {
      relations: { id: string; evidence: { id: string }[] }[];
      relationCount: number;
      institutions: { id: string }[];
      affiliations: { id: string }[];
    };
    track: { routedThrough: { id: string }[] };
    tracksRoutedThrough: { track: { id: string }; evidence: { id: string }[] }[];
    paths: { hops: { relation: { id: string } }[] }[];
    neighborhood: { nodes: { id: string }[]; edges: { id: string }[] };
  }

  it('drop out of relations, traversals, paths and neighbourhoods, and come back with includeRetracted', async () => {
    const { ids, document } = note('retract');
    await graph.data<IngestResult>(INGEST, { input: document }, editor);
    const variables = { envoy: ids.envoy, council: ids.council, track: ids.track };
    const before = await graph.data<Answers>(ANSWERS, { ...variables, all: false });
    expect(before.envoy.relationCount).toBe(2);
    expect(before.paths).toEqual([{ hops: [{ relation: { id: `rel:holds_role_in:${ids.envoy}:${ids.council}:as-member` } }] }]);
    expect(before.neighborhood.edges).toHaveLength(3);

    await graph.data(
      `mutation($id: ID!) { retractClaim(id: $id, reason: "The desk withdrew the report.") { id } }`,
      { id: ids.claim },
      editor,
    );
    const after = await graph.data<Answers>(ANSWERS, { ...variables, all: false });
    expect(after.envoy).toEqual({ relations: [], relationCount: 0, institutions: [], affiliations: [] });
    expect(after.track.routedThrough).toEqual([]);
    expect(after.tracksRoutedThrough).toEqual([]);
    expect(after.paths).toEqual([]);
    expect(after.neighborhood).toEqual({ nodes: [{ id: ids.envoy }], edges: [] });
    // The council's own relation rests on the other claim: it stays.
    const council = await graph.data<{ node: { relations: { id: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Institution { relations { id } } } }`,
      { id: ids.council },
    );
    expect(council.node.relations).toEqual([{ id: `rel:involved_in:${ids.council}:${ids.track}` }]);

    const all = await graph.data<Answers>(ANSWERS, { ...variables, all: true });
    expect(all.envoy.relationCount).toBe(2);
    expect(all.envoy.relations.map((r) => r.evidence)).toEqual([[{ id: ids.claim }], [{ id: ids.claim }]]);
    expect(all.envoy.affiliations).toEqual([{ id: `rel:holds_role_in:${ids.envoy}:${ids.council}:as-member`, role: 'Member' }]);
    expect(all.envoy.institutions).toEqual([{ id: ids.council }]);
    expect(all.tracksRoutedThrough).toEqual([{ track: { id: ids.track }, evidence: [{ id: ids.claim }] }]);
    expect(all.paths).toEqual(before.paths);
    expect(all.neighborhood).toEqual(before.neighborhood);
  });

  it('stay listed while one of their claims still stands', async () => {
    const { ids, document } = note('partial');
    await graph.data<IngestResult>(
      INGEST,
      { input: { ...document, relations: [{ ...document.relations[0], evidence: ['#0', '#1'] }] } },
      editor,
    );
    await graph.data(`mutation($id: ID!) { retractClaim(id: $id, reason: "Withdrawn.") { id } }`, { id: ids.claim }, editor);
    const { node } = await graph.data<{ node: { relations: { evidence: { id: string }[] }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Person { relations { evidence { id } } } } }`,
      { id: ids.envoy },
    );
    expect(node.relations).toEqual([{ evidence: [{ id: ids.other }] }]);
  });
});
