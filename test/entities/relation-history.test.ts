// Relation history: a person holds two roles at one institution at once, leaves and comes back; documents
// that end a period close it; every `asOf` answer is the same whatever order the documents came in; a
// merge keeps every period. The documents are small inventions of this test (a fictional ministry).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST, type IngestResult } from '../support/documents.js';
import { startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ seed: false });
});
afterAll(() => graph.close());

const editor = { token: TOKENS.editor };
const admin = { token: TOKENS.admin };

/** The history of one fictional official, told by six short desk notes; `tag` keeps each test's entities apart. */
function history(tag: string) {
  const ids = {
    person: `person:mara-lind-${tag}`,
    ministry: `institution:north-trade-ministry-${tag}`,
    track: `track:fisheries-talks-${tag}`,
    desk: `institution:history-desk-${tag}`,
  };
  const entities = [
    { id: ids.person, kind: 'PERSON', name: `Mara Lind ${tag}` },
    { id: ids.ministry, kind: 'INSTITUTION', name: `North Trade Ministry ${tag}` },
    { id: ids.track, kind: 'TRACK', name: `Fisheries talks ${tag}` },
    { id: ids.desk, kind: 'INSTITUTION', name: `History Desk ${tag}` },
  ];
  const note = (n: number, publishedDate: string | undefined, text: string, relations: Record<string, unknown>[]) => ({
    source: {
      id: `source:history-${tag}-${n}`,
      title: `History desk note ${n} (${tag})`,
      publisher: 'History Desk (test data)',
      ...(publishedDate ? { publishedDate } : {}),
    },
    entities,
    claims: [{ id: `claim:history-${tag}-${n}`, text, kind: 'FACT', speaker: ids.desk, about: [ids.person, ids.ministry] }],
    relations: relations.map((r) => ({ from: ids.person, to: ids.ministry, evidence: ['#0'], ...r })),
  });
  const role = (extra: Record<string, unknown>) => ({ type: 'HOLDS_ROLE_IN', ...extra });
  const routed = (extra: Record<string, unknown>) => ({ type: 'ROUTED_THROUGH', from: ids.track, to: ids.person, ...extra });
  const documents = [
    note(1, '2020-01-20', 'Lind became deputy minister in January 2020.', [role({ role: 'Deputy Minister', validFrom: '2020-01' })]),
    note(2, '2021-03-15', 'Lind was also named trade envoy in March 2021 and now handles the fisheries talks.', [
      role({ role: 'Trade Envoy', validFrom: '2021-03' }),
      routed({ validFrom: '2021-03' }),
    ]),
    note(3, '2022-06-30', 'Lind stepped down as deputy minister in June 2022.', [
      role({ role: 'deputy minister', validFrom: '2020-01', validTo: '2022-06' }),
    ]),
    // Only the end: it closes the envoy period that began before it.
    note(4, '2023-01-31', 'Lind is no longer trade envoy since January 2023; the fisheries talks moved on.', [
      role({ role: 'Trade Envoy', validTo: '2023-01' }),
      routed({ validFrom: '2021-03', validTo: '2023-01' }),
    ]),
    note(5, '2024-02-10', 'Lind returned as deputy minister in February 2024 and took the fisheries talks back.', [
      role({ role: 'Deputy Minister', validFrom: '2024-02' }),
      routed({ validFrom: '2024-02' }),
    ]),
    // Undated: it describes the deputy minister, not when; it joins the latest period of that role.
    note(6, undefined, 'Lind is the ministry’s deputy minister.', [role({ role: 'Deputy Minister' })]),
  ];
  return { ids, documents };
}

type Doc = ReturnType<typeof history>['documents'][number];
/** A fresh graph for the next ingestion order: everything deleted, the schema kept. */
const emptyGraph = () => graph.db.write('MATCH (n) DETACH DELETE n', {});
const ingest = async (documents: Doc[]) => {
  for (const input of documents) await graph.data<IngestResult>(INGEST, { input }, editor);
};

const RELATION = 'id type role validFrom validTo status from { id } to { id } evidence { id }';
const ANSWERS = /* GraphQL */ `
  query($person: ID!, $ministry: ID!, $track: ID!, $asOf: String) {
    person: node(id: $person) {
      ... on Person {
        relations(asOf: $asOf) { ${RELATION} }
        relationCount(asOf: $asOf)
        institutions(asOf: $asOf) { id }
        affiliations(asOf: $asOf) { ${RELATION} }
      }
    }
    ministry: node(id: $ministry) { ... on Institution { relations(asOf: $asOf) { ${RELATION} } } }
    track: node(id: $track) { ... on PolicyTrack { routedThrough(asOf: $asOf) { ${RELATION} } } }
    tracksRoutedThrough(personId: $person, asOf: $asOf) { track { id } relation { id } evidence { id } }
    paths(from: $track, to: $ministry, asOf: $asOf) { hops { relation { id } } }
    neighborhood(id: $person, asOf: $asOf) { nodes { id } edges { id } }
  }
`;
const DATES = ['2019-06', '2020-06', '2021-06', '2022-09', '2023-06', '2024-06', null];

/** Evidence ids are in citation order, which is the order documents came in: compare them as sets. Paths too. */
function normalise(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => normalise(v));
    return key === 'evidence' || key === 'paths' ? items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : items;
  }
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, k)]));
  return value;
}

async function answers(ids: ReturnType<typeof history>['ids']) {
  const out: Record<string, unknown> = {};
  for (const asOf of DATES) out[asOf ?? 'now'] = normalise(await graph.data(ANSWERS, { ...ids, asOf }));
  return out;
}

interface Affiliation {
  role: string;
  validFrom: string | null;
  validTo: string | null;
  status: string;
  evidence: { id: string }[];
}
const rolesAt = async (person: string, asOf: string | null) => {
  const { node } = await graph.data<{ node: { affiliations: Affiliation[]; institutions: { id: string }[] } }>(
    'query($id: ID!, $asOf: String) { node(id: $id) { ... on Person { ' +
      'affiliations(asOf: $asOf) { role validFrom validTo status evidence { id } } institutions(asOf: $asOf) { id } } } }',
    { id: person, asOf },
  );
  return node;
};

describe('relation history', () => {
  it('answers every asOf question the same whatever order the documents were ingested in', async () => {
    const { ids, documents } = history('order');
    await ingest(documents);
    const inOrder = await answers(ids);
    await emptyGraph();
    await ingest([...documents].reverse());
    const reversed = await answers(ids);
    await emptyGraph();
    await ingest([4, 0, 5, 2, 1, 3].map((i) => documents[i]!));
    const shuffled = await answers(ids);

    expect(reversed).toEqual(inOrder);
    expect(shuffled).toEqual(inOrder);
    // And the answers are the history the notes tell, not merely equal.
    expect((inOrder['2023-06'] as { tracksRoutedThrough: unknown[] }).tracksRoutedThrough).toEqual([]);
    expect((inOrder['2021-06'] as { person: { relationCount: number } }).person.relationCount).toBe(3);
  }, 240_000);

  it('holds two roles at one institution at once, leaves one, and comes back to it', async () => {
    const { ids, documents } = history('roles');
    await ingest(documents);
    const roles = async (asOf: string | null) =>
      (await rolesAt(ids.person, asOf)).affiliations.map((a) => [a.role, a.validFrom, a.validTo]);
    expect(await roles('2019-06')).toEqual([]);
    expect(await roles('2021-06')).toEqual([
      ['Deputy Minister', '2020-01', '2022-06'],
      ['Trade Envoy', '2021-03', '2023-01'],
    ]);
    expect(await roles('2022-09')).toEqual([['Trade Envoy', '2021-03', '2023-01']]);
    expect(await roles('2023-06')).toEqual([]);
    expect((await rolesAt(ids.person, '2023-06')).institutions).toEqual([]);
    expect(await roles('2024-06')).toEqual([['Deputy Minister', '2024-02', null]]);
    const now = await rolesAt(ids.person, null);
    expect(now.institutions).toEqual([{ id: ids.ministry }]);
    // The undated note is evidence for the current period; the period that ended says so.
    expect(now.affiliations).toEqual([
      {
        role: 'Deputy Minister',
        validFrom: '2024-02',
        validTo: null,
        status: 'ACTIVE',
        evidence: [{ id: `claim:history-roles-5` }, { id: `claim:history-roles-6` }],
      },
    ]);
    const { node } = await graph.data<{ node: { relations: { id: string; status: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Person { relations(asOf: "2021-06", types: [HOLDS_ROLE_IN]) { id status } } } }`,
      { id: ids.person },
    );
    expect(node.relations).toEqual([
      { id: `rel:holds_role_in:${ids.person}:${ids.ministry}:as-deputy-minister:from-2020-01`, status: 'ENDED' },
      { id: `rel:holds_role_in:${ids.person}:${ids.ministry}:as-trade-envoy:from-2021-03`, status: 'ENDED' },
    ]);
  });

  it('merges a duplicate person without collapsing the periods of either', async () => {
    const { ids, documents } = history('merge');
    await ingest(documents.slice(0, 3));
    const dupe = {
      source: { id: 'source:history-merge-dupe', title: 'A profile of M. Lind (merge test)' },
      entities: [
        { id: 'person:m-lind-merge', kind: 'PERSON', name: 'M. Lind (merge)' },
        { id: ids.ministry, kind: 'INSTITUTION', name: 'North Trade Ministry merge' },
        { id: ids.desk, kind: 'INSTITUTION', name: 'History Desk merge' },
      ],
      claims: [
        {
          id: 'claim:history-merge-dupe-1',
          text: 'M. Lind chaired the ministry’s fisheries board from 2019 to 2020.',
          kind: 'FACT',
          speaker: ids.desk,
          about: ['person:m-lind-merge'],
        },
        {
          id: 'claim:history-merge-dupe-2',
          text: 'M. Lind was deputy minister from January 2020.',
          kind: 'FACT',
          speaker: ids.desk,
          about: ['person:m-lind-merge'],
        },
      ],
      relations: [
        {
          type: 'HOLDS_ROLE_IN',
          from: 'person:m-lind-merge',
          to: ids.ministry,
          role: 'Board Chair',
          validFrom: '2019-02',
          validTo: '2020-12',
          evidence: ['#0'],
        },
        {
          type: 'HOLDS_ROLE_IN',
          from: 'person:m-lind-merge',
          to: ids.ministry,
          role: 'Deputy Minister',
          validFrom: '2020-01',
          evidence: ['#1'],
        },
      ],
    };
    await graph.data<IngestResult>(INGEST, { input: dupe }, editor);
    await graph.data(
      `mutation($s: ID!, $m: ID!) { mergeEntities(survivorId: $s, mergedId: $m) { id } }`,
      { s: ids.person, m: 'person:m-lind-merge' },
      admin,
    );

    const { node } = await graph.data<{
      node: { relations: { id: string; role: string; validFrom: string; validTo: string | null; evidence: { id: string }[] }[] };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Person { ' +
        'relations(types: [HOLDS_ROLE_IN], asOf: "2020-06") { id role validFrom validTo evidence { id } } } } }',
      { id: ids.person },
    );
    expect(node.relations.map((r) => [r.id, r.role, r.validFrom, r.validTo])).toEqual([
      [`rel:holds_role_in:${ids.person}:${ids.ministry}:as-board-chair:from-2019-02`, 'Board Chair', '2019-02', '2020-12'],
      [`rel:holds_role_in:${ids.person}:${ids.ministry}:as-deputy-minister:from-2020-01`, 'Deputy Minister', '2020-01', '2022-06'],
    ]);
    // The two records of the same period became one, with the evidence of both.
    expect(node.relations[1]!.evidence.map((e) => e.id).sort()).toEqual([
      'claim:history-merge-1',
      'claim:history-merge-3',
      'claim:history-merge-dupe-2',
    ]);
    const [row] = await graph.db.readPlain(
      `MATCH (:Person {id: $id})-[r:HOLDS_ROLE_IN]->() RETURN count(r) AS records, count(DISTINCT r.id) AS ids`,
      { id: ids.person },
    );
    expect(row).toEqual({ records: 3, ids: 3 });
  });
});
