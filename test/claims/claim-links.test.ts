// Claim links (CONTRADICTS, SUPPORTS) carry who made them, when, and on which source, and a date; over the real
// server, on the seed plus the made-up documents of ./link-fixtures.ts.
import { createClient } from 'graphql-ws';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer } from '../../src/server/start.js';
import { INGEST } from '../support/documents.js';
import { codes, productConfig, startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';
import { JUNE_WIRE, MARCH_BRIEF, TRACK, UNDATED_NOTE } from './link-fixtures.js';

let graph: TestGraph;
const editor = { token: TOKENS.editor };
const admin = { token: TOKENS.admin };
/** The actor names the test API keys get (src/auth/authenticate.ts: api-key-<position>). */
const EDITOR = 'api-key-2';
const ADMIN = 'api-key-3';

const LINKS = /* GraphQL */ `
  query Links($id: ID!, $kinds: [ClaimLinkKind!]) {
    node(id: $id) {
      ... on Claim {
        links(kinds: $kinds) { kind direction claim { id } linkedBy linkedAt source { id publishedDate } date }
      }
    }
  }
`;
interface Link {
  kind: string;
  direction: string;
  claim: { id: string };
  linkedBy: string | null;
  linkedAt: string | null;
  source: { id: string; publishedDate: string | null } | null;
  date: string | null;
}
const links = async (id: string, kinds?: string[]) => (await graph.data<{ node: { links: Link[] } }>(LINKS, { id, kinds })).node.links;

const LINK_CLAIMS = /* GraphQL */ `
  mutation Link($fromId: ID!, $toId: ID!, $kind: ClaimLinkKind!, $sourceId: ID) {
    linkClaims(fromId: $fromId, toId: $toId, kind: $kind, sourceId: $sourceId) { id }
  }
`;

beforeAll(async () => {
  graph = await startTestGraph();
  for (const input of [MARCH_BRIEF, JUNE_WIRE, UNDATED_NOTE]) await graph.data(INGEST, { input }, editor);
});
afterAll(() => graph.close());

describe('claim links with provenance', () => {
  it('records who stated a contradiction in an ingest, when, on which source, and dates it by that source', async () => {
    const [link] = await links('claim:cl-corridor-closed', ['CONTRADICTS']);
    expect(link).toMatchObject({
      kind: 'CONTRADICTS',
      direction: 'OUT',
      claim: { id: 'claim:cl-corridor-open' },
      linkedBy: EDITOR,
      source: { id: 'source:cl-june-wire', publishedDate: '2025-06-02' },
      date: '2025-06-02',
    });
    expect(link!.linkedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // The same link from the other claim's side: IN, same provenance.
    const [back] = await links('claim:cl-corridor-open');
    expect(back).toMatchObject({ kind: 'CONTRADICTS', direction: 'IN', claim: { id: 'claim:cl-corridor-closed' }, linkedBy: EDITOR });
    expect(back!.source?.id).toBe('source:cl-june-wire');
  });

  it('lists both kinds in both directions, by kind, direction and claim', async () => {
    const all = await links('claim:cl-corridor-closed');
    expect(all.map((l) => `${l.kind} ${l.direction} ${l.claim.id}`)).toEqual([
      'CONTRADICTS OUT claim:cl-corridor-open',
      'SUPPORTS IN claim:cl-ports-idle',
    ]);
    expect(all[1]).toMatchObject({ linkedBy: EDITOR, source: { id: 'source:cl-june-wire' }, date: '2025-06-02' });
    expect((await links('claim:cl-corridor-closed', ['SUPPORTS'])).map((l) => l.kind)).toEqual(['SUPPORTS']);
  });

  it('dates a link without a source date by the later of its two claims, and leaves it undated when one is undated', async () => {
    // The undated note: no published date, and the rumour has no date of its own.
    const [rumour] = await links('claim:cl-rumour');
    expect(rumour).toMatchObject({ claim: { id: 'claim:cl-ships-moving' }, source: { id: 'source:cl-undated-note' }, date: null });
    // linkClaims without a source: the later of 2025-03-12 (ships moving, its source's date) and 2025-05-28.
    await graph.data(LINK_CLAIMS, { fromId: 'claim:cl-ships-moving', toId: 'claim:cl-corridor-closed', kind: 'CONTRADICTS' }, admin);
    const [curated] = (await links('claim:cl-ships-moving', ['CONTRADICTS'])).filter((l) => l.claim.id === 'claim:cl-corridor-closed');
    expect(curated).toMatchObject({ direction: 'OUT', linkedBy: ADMIN, source: null, date: '2025-05-28' });
  });

  it('linkClaims records the source it was read in, which dates the link; an unknown source is NOT_FOUND and writes nothing', async () => {
    const args = { fromId: 'claim:cl-corridor-open', toId: 'claim:cl-ships-moving', kind: 'SUPPORTS' };
    expect(codes(await graph.run(LINK_CLAIMS, { ...args, sourceId: 'source:cl-nowhere' }, editor))).toEqual(['NOT_FOUND']);
    expect(codes(await graph.run(LINK_CLAIMS, { ...args, sourceId: 'person:cl-envoy' }, editor))).toEqual(['BAD_USER_INPUT']);
    expect(await links('claim:cl-corridor-open', ['SUPPORTS'])).toEqual([]);
    await graph.data(LINK_CLAIMS, { ...args, sourceId: 'source:cl-march-brief' }, editor);
    expect(await links('claim:cl-corridor-open', ['SUPPORTS'])).toMatchObject([
      {
        direction: 'OUT',
        claim: { id: 'claim:cl-ships-moving' },
        linkedBy: EDITOR,
        source: { id: 'source:cl-march-brief' },
        date: '2025-03-12',
      },
    ]);
  });

  it('gives contradictions the same who, when, source and date', async () => {
    const q = `query($t: ID) { contradictions(trackId: $t) { claim { id } contradictingClaim { id } linkedBy linkedAt source { id } date } }`;
    const { contradictions } = await graph.data<{
      contradictions: {
        claim: { id: string };
        contradictingClaim: { id: string };
        linkedBy: string;
        source: { id: string } | null;
        date: string | null;
      }[];
    }>(q, { t: TRACK });
    const pair = contradictions.find((c) => c.claim.id === 'claim:cl-corridor-closed');
    expect(pair).toMatchObject({
      contradictingClaim: { id: 'claim:cl-corridor-open' },
      linkedBy: EDITOR,
      source: { id: 'source:cl-june-wire' },
      date: '2025-06-02',
    });
  });

  it('gives the seed’s links the seed as their author and the article as their source', async () => {
    const [seeded] = await links('claim:vance-next-100-days', ['CONTRADICTS']);
    expect(seeded).toMatchObject({ linkedBy: 'seed', source: { id: 'source:espreso-parallel-realities' } });
    // Both claims are dated only approximately (April to May 2025): the link opens at the later start.
    const pair = (await links('claim:vance-next-100-days', ['CONTRADICTS'])).find(
      (l) => l.claim.id === 'claim:state-dept-no-longer-mediator',
    );
    expect(pair?.date).toBe('2025-04');
  });
});

describe('claim links in changes, the timeline and subscriptions', () => {
  it('lists a new link in changes(trackId, since) as a LINK change with its two claims and who made it', async () => {
    const q = `query($t: ID!, $since: String!) {
      changes(trackId: $t, since: $since, first: 100) { kind action id by node { id } link { kind claim { id } linkedBy source { id } date } }
    }`;
    const { changes } = await graph.data<{
      changes: {
        kind: string;
        action: string;
        id: string;
        by: string;
        node: { id: string } | null;
        link: Record<string, unknown> | null;
      }[];
    }>(q, { t: TRACK, since: '2000-01-01' });
    const link = changes.find((c) => c.id === 'link:contradicts:claim:cl-corridor-closed:claim:cl-corridor-open');
    expect(link).toEqual({
      kind: 'LINK',
      action: 'CREATED',
      id: 'link:contradicts:claim:cl-corridor-closed:claim:cl-corridor-open',
      by: EDITOR,
      node: { id: 'claim:cl-corridor-closed' },
      link: {
        kind: 'CONTRADICTS',
        claim: { id: 'claim:cl-corridor-open' },
        linkedBy: EDITOR,
        source: { id: 'source:cl-june-wire' },
        date: '2025-06-02',
      },
    });
    expect(changes.some((c) => c.kind === 'LINK' && c.link?.kind === 'SUPPORTS')).toBe(true);
    // Claims and links of the same ingest, all there.
    expect(changes.some((c) => c.kind === 'CLAIM' && c.id === 'claim:cl-corridor-closed')).toBe(true);
  });

  it('places a contradiction on the timeline at its date, with its two claims as evidence', async () => {
    const q = `query($t: ID!, $from: String, $to: String) {
      timeline(trackId: $t, from: $from, to: $to) {
        nodes { kind dated date node { id } link { kind claim { id } linkedBy source { id } } evidence { id } }
      }
    }`;
    type Item = {
      kind: string;
      dated: boolean;
      date: string | null;
      node: { id: string };
      link: Record<string, unknown> | null;
      evidence: { id: string }[];
    };
    const { timeline } = await graph.data<{ timeline: { nodes: Item[] } }>(q, { t: TRACK, from: '2025-06', to: '2025-06' });
    const june = timeline.nodes.filter((i) => i.dated).map((i) => `${i.date} ${i.kind} ${i.node.id}`);
    expect(june).toEqual([
      '2025-06-01 CLAIM claim:cl-ports-idle',
      '2025-06-02 CONTRADICTION claim:cl-corridor-closed',
      '2025-06-02 CONTRADICTION claim:cl-ports-idle',
      '2025-06-02 SUPPORT claim:cl-ports-idle',
    ]);
    const opened = timeline.nodes.find((i) => i.kind === 'CONTRADICTION' && i.node.id === 'claim:cl-corridor-closed')!;
    expect(opened.link).toEqual({
      kind: 'CONTRADICTS',
      claim: { id: 'claim:cl-corridor-open' },
      linkedBy: EDITOR,
      source: { id: 'source:cl-june-wire' },
    });
    expect(opened.evidence.map((e) => e.id)).toEqual(['claim:cl-corridor-closed', 'claim:cl-corridor-open']);
    // The rumour's contradiction has no date: listed undated, not dropped.
    const undated = timeline.nodes.find((i) => i.kind === 'CONTRADICTION' && i.node.id === 'claim:cl-rumour');
    expect(undated).toMatchObject({ dated: false, date: null });
  });

  it('delivers a new link to a claimLinked subscriber, with its provenance on the claim', async () => {
    const server = await startServer(
      productConfig({ SUBSCRIPTION_POLL_MS: '100', MAX_DEPTH: '8' }),
      pino({ level: 'silent' }),
      productConfig().NEO4J_URI!,
    );
    const client = createClient({ url: server.url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      await server.schemaReady;
      const events: Record<string, unknown>[] = [];
      const errors: unknown[] = [];
      const query = `subscription($t: ID) { claimLinked(trackId: $t) {
        kind claimId otherClaimId trackIds claim { links(kinds: [SUPPORTS]) { claim { id } linkedBy source { id } date } }
      } }`;
      client.subscribe(
        { query, variables: { t: TRACK } },
        {
          next: (r) => (r.errors ? errors.push(...r.errors) : events.push(r.data!)),
          error: (e) => errors.push(e),
          complete: () => undefined,
        },
      );
      await new Promise((resolve) => setTimeout(resolve, 800)); // subscribed, and the poller has its cursor
      const args = { fromId: 'claim:cl-ports-idle', toId: 'claim:cl-ships-moving', kind: 'SUPPORTS', sourceId: 'source:cl-june-wire' };
      // A made-up second reading: the idle ports are taken to support the ship report's source date as well.
      await graph.data(LINK_CLAIMS, args, editor);
      for (let waited = 0; events.length === 0 && waited < 10_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).toEqual([]);
      const event = events[0]!.claimLinked as Record<string, unknown>;
      expect(event).toMatchObject({
        kind: 'SUPPORTS',
        claimId: 'claim:cl-ports-idle',
        otherClaimId: 'claim:cl-ships-moving',
        trackIds: [TRACK],
      });
      expect((event.claim as { links: unknown[] }).links).toContainEqual({
        claim: { id: 'claim:cl-ships-moving' },
        linkedBy: EDITOR,
        source: { id: 'source:cl-june-wire' },
        date: '2025-06-02',
      });
    } finally {
      await client.dispose();
      await server.stop();
    }
  });
});
