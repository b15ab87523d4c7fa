// A hub's relations a page at a time (Entity.relationsPage): an analyst walks 250 relations of one person
// page by page in the documented order (type, incoming before outgoing, relation id) with no duplicate and no
// gap, sees the totals per type, and the walk stays right after a merge and after a new document adds
// relations. The hub and its 125 peers are inventions of this test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST } from '../support/documents.js';
import { codes, startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
// A 250-relation document and the first plan of a ~20-part page are slow on a busy 2-core machine.
beforeAll(async () => {
  graph = await startTestGraph({ seed: false, txTimeoutMs: 120_000 });
}, 240_000);
afterAll(() => graph.close());

const editor = { token: TOKENS.editor };
const admin = { token: TOKENS.admin };

const PEERS = 125;

/** One desk note making `hub` a hub: it backs 125 peers, 100 of them influence it, it rivals 25. */
function hubDocument(tag: string) {
  const hub = `person:hub-${tag}`;
  const peer = (i: number) => `person:hub-peer-${tag}-${String(i).padStart(3, '0')}`;
  const entities = [
    { id: hub, kind: 'PERSON', name: `Hub ${tag}` },
    { id: `institution:hub-desk-${tag}`, kind: 'INSTITUTION', name: `Hub Desk ${tag}` },
    ...Array.from({ length: PEERS }, (_, i) => ({ id: peer(i), kind: 'PERSON', name: `Peer ${tag} ${i}` })),
  ];
  const rel = (type: string, from: string, to: string) => ({ type, from, to, evidence: ['#0'] });
  const relations = [
    ...Array.from({ length: PEERS }, (_, i) => rel('BACKS', hub, peer(i))),
    ...Array.from({ length: 100 }, (_, i) => rel('INFLUENCES', peer(i), hub)),
    ...Array.from({ length: 25 }, (_, i) => rel('RIVALS', hub, peer(100 + i))),
  ];
  return {
    hub,
    peer,
    input: {
      source: { id: `source:hub-${tag}`, title: `Hub desk note (${tag})`, publisher: 'Hub Desk (test data)', publishedDate: '2025-05-01' },
      entities,
      claims: [
        {
          id: `claim:hub-${tag}`,
          text: `Hub ${tag} is at the centre of everything.`,
          kind: 'FACT',
          speaker: `institution:hub-desk-${tag}`,
          about: [hub],
        },
      ],
      relations,
    },
  };
}

interface Page {
  totalCount: number;
  countsByType: { type: string; count: number }[];
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const PAGE = `query($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on Person {
  relationsPage(first: $first, after: $after) { totalCount countsByType { type count } edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
} } }`;

async function page(id: string, first: number, after: string | null): Promise<Page> {
  const { node } = await graph.data<{ node: { relationsPage: Page } }>(PAGE, { id, first, after });
  return node.relationsPage;
}

/** Every page from the first, following endCursor; the relation ids in the order the pages gave them. */
async function walk(id: string, first: number): Promise<{ ids: string[]; pages: Page[] }> {
  const pages: Page[] = [];
  let after: string | null = null;
  for (;;) {
    const p = await page(id, first, after);
    pages.push(p);
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
    if (pages.length > 100) throw new Error('too many pages');
  }
  return { ids: pages.flatMap((p) => p.edges.map((e) => e.node.id)), pages };
}

/** The documented order, computed from the unpaged `relations` list: type, incoming before outgoing, id. */
async function documentedOrder(id: string): Promise<string[]> {
  const { node } = await graph.data<{ node: { relations: { id: string; type: string; from: { id: string } }[] } }>(
    `query($id: ID!) { node(id: $id) { ... on Person { relations(first: 1000) { id type from { id } } } } }`,
    { id },
  );
  const key = (r: { id: string; type: string; from: { id: string } }) => `${r.type} ${r.from.id === id ? 'out' : 'in'} ${r.id}`;
  return node.relations
    .map((r) => ({ k: key(r), id: r.id }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0))
    .map((r) => r.id);
}

describe("Entity.relationsPage: a hub's relations a page at a time", { timeout: 300_000 }, () => {
  it('walks 250 relations in the documented order, pages of 40, with no duplicate and no gap', async () => {
    const doc = hubDocument('walk');
    await graph.data(INGEST, { input: doc.input }, editor);
    const { ids, pages } = await walk(doc.hub, 40);
    expect(pages.map((p) => p.edges.length)).toEqual([40, 40, 40, 40, 40, 40, 10]);
    expect(new Set(ids).size).toBe(250);
    expect(ids).toEqual(await documentedOrder(doc.hub));
    // Incoming INFLUENCES come between BACKS and RIVALS, by the influencer's id.
    expect(ids[125]).toBe(`rel:influences:${doc.peer(0)}:${doc.hub}`);
    expect(ids[0]).toBe(`rel:backs:${doc.hub}:${doc.peer(0)}`);
  });

  it('answers totalCount and countsByType from the count store', async () => {
    const doc = hubDocument('counts');
    await graph.data(INGEST, { input: doc.input }, editor);
    const p = await page(doc.hub, 5, null);
    expect(p.totalCount).toBe(250);
    expect(p.countsByType).toEqual([
      { type: 'BACKS', count: 125 },
      { type: 'INFLUENCES', count: 100 },
      { type: 'RIVALS', count: 25 },
    ]);
    const { node } = await graph.data<{ node: { out: { totalCount: number }; inf: { totalCount: number; edges: unknown[] } } }>(
      `query($id: ID!) { node(id: $id) { ... on Person {
        out: relationsPage(direction: OUT) { totalCount }
        inf: relationsPage(types: [INFLUENCES], first: 100) { totalCount edges { cursor } }
      } } }`,
      { id: doc.hub },
    );
    expect(node.out.totalCount).toBe(150);
    expect(node.inf).toMatchObject({ totalCount: 100 });
    expect(node.inf.edges).toHaveLength(100);
  });

  it('refuses a cursor it did not give, and a page over 100, as BAD_USER_INPUT', async () => {
    const doc = hubDocument('forged');
    await graph.data(INGEST, { input: doc.input }, editor);
    const forged = Buffer.from(JSON.stringify(['NOT_A_TYPE out x', 'y']), 'utf8').toString('base64url');
    for (const after of ['not-a-cursor', forged]) {
      const result = await graph.run(PAGE, { id: doc.hub, first: 10, after });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.data?.node ?? null).toBeNull();
    }
    expect(codes(await graph.run(PAGE, { id: doc.hub, first: 101, after: null }))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps the order after the hub is merged into another person (the keys name the survivor)', async () => {
    const doc = hubDocument('merge');
    await graph.data(INGEST, { input: doc.input }, editor);
    const survivor = 'person:hub-survivor-merge';
    await graph.data(
      INGEST,
      {
        input: {
          source: {
            id: 'source:hub-survivor-merge',
            title: 'Survivor note',
            publisher: 'Hub Desk (test data)',
            publishedDate: '2025-05-02',
          },
          entities: [
            { id: survivor, kind: 'PERSON', name: 'Hub Survivor' },
            { id: 'institution:hub-desk-merge', kind: 'INSTITUTION', name: 'Hub Desk merge' },
            { id: doc.peer(0), kind: 'PERSON', name: 'Peer merge 0' },
          ],
          claims: [
            {
              id: 'claim:hub-survivor-merge',
              text: 'The survivor depends on peer 0.',
              kind: 'FACT',
              speaker: 'institution:hub-desk-merge',
              about: [survivor],
            },
          ],
          relations: [{ type: 'DEPENDS_ON', from: survivor, to: doc.peer(0), evidence: ['#0'] }],
        },
      },
      editor,
    );
    await graph.data(
      `mutation($s: ID!, $m: ID!) { mergeEntities(survivorId: $s, mergedId: $m) { id } }`,
      { s: survivor, m: doc.hub },
      admin,
    );
    const { ids, pages } = await walk(survivor, 64);
    expect(pages[0]?.totalCount).toBe(251);
    expect(new Set(ids).size).toBe(251);
    expect(ids).toEqual(await documentedOrder(survivor));
    expect(ids.every((id) => id.includes(survivor))).toBe(true);
    // The merged id still answers, through its redirect, with the survivor's pages.
    expect((await page(doc.hub, 3, null)).edges.map((e) => e.node.id)).toEqual(ids.slice(0, 3));
  });

  it('places relations a later document adds in order, and the total grows', async () => {
    const doc = hubDocument('grow');
    await graph.data(INGEST, { input: doc.input }, editor);
    const before = await walk(doc.hub, 100);
    const added = Array.from({ length: 10 }, (_, i) => ({ type: 'DEPENDS_ON', from: doc.peer(i * 7), to: doc.hub, evidence: ['#0'] }));
    await graph.data(
      INGEST,
      {
        input: {
          source: {
            id: 'source:hub-grow-2',
            title: 'Hub desk note 2 (grow)',
            publisher: 'Hub Desk (test data)',
            publishedDate: '2025-06-01',
          },
          entities: doc.input.entities,
          claims: [
            {
              id: 'claim:hub-grow-2',
              text: 'Ten peers depend on the hub.',
              kind: 'FACT',
              speaker: 'institution:hub-desk-grow',
              about: [doc.hub],
            },
          ],
          relations: added,
        },
      },
      editor,
    );
    const after = await walk(doc.hub, 100);
    expect(before.ids).toHaveLength(250);
    expect(after.pages[0]?.totalCount).toBe(260);
    expect(after.ids).toHaveLength(260);
    expect(after.ids).toEqual(await documentedOrder(doc.hub));
    // DEPENDS_ON sorts between BACKS and INFLUENCES.
    expect(after.ids.slice(125, 135)).toEqual(added.map((r) => `rel:depends_on:${r.from}:${doc.hub}`).sort());
  });
});

/** A desk that said 150 short things about one subject. */
function speakerDocument(tag: string) {
  const speaker = `institution:chatty-desk-${tag}`;
  const subject = `person:chatty-subject-${tag}`;
  const claimId = (i: number) => `claim:chatty-${tag}-${String(i).padStart(3, '0')}`;
  return {
    speaker,
    claimId,
    input: {
      source: {
        id: `source:chatty-${tag}`,
        title: `Chatty desk notes (${tag})`,
        publisher: 'Chatty Desk (test data)',
        publishedDate: '2025-05-01',
      },
      entities: [
        { id: speaker, kind: 'INSTITUTION', name: `Chatty Desk ${tag}` },
        { id: subject, kind: 'PERSON', name: `Chatty Subject ${tag}` },
      ],
      // Written in reverse: the pages must come in id order whatever order the claims were written in.
      claims: Array.from({ length: 150 }, (_, i) => ({
        id: claimId(149 - i),
        text: `Note ${149 - i} on the subject.`,
        kind: 'FACT',
        speaker,
        about: [subject],
      })),
      relations: [],
    },
  };
}

const CLAIMS_PAGE = `query($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on Entity {
  claimsMadePage(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
} } }`;

async function walkClaims(id: string, first: number): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let n = 0; n < 100; n++) {
    const answer: { node: { claimsMadePage: Omit<Page, 'countsByType'> } } = await graph.data(CLAIMS_PAGE, { id, first, after });
    const p: Omit<Page, 'countsByType'> = answer.node.claimsMadePage;
    ids.push(...p.edges.map((e) => e.node.id));
    totals.push(p.totalCount);
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
  }
  return { ids, totals };
}

describe('Entity.claimsMadePage: what an entity said, a page at a time', { timeout: 300_000 }, () => {
  it('walks 150 claims by id, pages of 40, with no duplicate and no gap, and counts them', async () => {
    const doc = speakerDocument('walk');
    await graph.data(INGEST, { input: doc.input }, editor);
    const { ids, totals } = await walkClaims(doc.speaker, 40);
    expect(ids).toEqual(Array.from({ length: 150 }, (_, i) => doc.claimId(i)));
    expect(totals).toEqual([150, 150, 150, 150]);
    expect(codes(await graph.run(CLAIMS_PAGE, { id: doc.speaker, first: 10, after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps the order after the speaker is merged into another entity', async () => {
    const doc = speakerDocument('merge');
    await graph.data(INGEST, { input: doc.input }, editor);
    const survivor = 'institution:chatty-survivor-merge';
    await graph.data(
      INGEST,
      {
        input: {
          source: {
            id: 'source:chatty-survivor',
            title: 'Survivor note',
            publisher: 'Chatty Desk (test data)',
            publishedDate: '2025-05-02',
          },
          entities: [{ id: survivor, kind: 'INSTITUTION', name: 'Chatty Survivor' }],
          claims: [{ id: 'claim:chatty-merge-075a', text: 'The survivor speaks too.', kind: 'FACT', speaker: survivor, about: [survivor] }],
          relations: [],
        },
      },
      editor,
    );
    await graph.data(
      `mutation($s: ID!, $m: ID!) { mergeEntities(survivorId: $s, mergedId: $m) { id } }`,
      { s: survivor, m: doc.speaker },
      admin,
    );
    const { ids, totals } = await walkClaims(survivor, 64);
    const expected = [...Array.from({ length: 150 }, (_, i) => doc.claimId(i)), 'claim:chatty-merge-075a'].sort();
    expect(ids).toEqual(expected);
    expect(totals[0]).toBe(151);
  });
});
