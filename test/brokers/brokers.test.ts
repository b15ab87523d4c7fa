// brokers(trackIds, from, to, bucket): who the tracks are routed through, month by month, with graphology's
// betweenness and Gould-Fernandez roles on each month's graph, over the real server, on the seed (whose
// routings are undated) plus a small dated desk note.
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST } from '../support/documents.js';
import { codes, startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
const editor = { token: TOKENS.editor };

type Betweenness = typeof betweennessModule.default;
const betweenness: Betweenness =
  (betweennessModule as unknown as { default?: Betweenness }).default ?? (betweennessModule as unknown as Betweenness);

/** A made-up desk note: an envoy who routes Ukraine and Iran in March 2025 and only Ukraine in April. Test data. */
const NOTE = {
  source: {
    id: 'source:bk-desk-note',
    title: 'Brokers desk note (test data)',
    publisher: 'Brokers Test Desk',
    publishedDate: '2025-05-02',
  },
  entities: [
    { id: 'institution:bk-desk', kind: 'INSTITUTION', name: 'Brokers Test Desk', description: 'A made-up desk that writes test notes.' },
    { id: 'person:bk-envoy', kind: 'PERSON', name: 'Ines Harrow', description: 'A fictional envoy in test data.' },
    { id: 'person:bk-aide', kind: 'PERSON', name: 'Tomas Reed', description: 'A fictional aide in test data.' },
  ],
  claims: [
    {
      id: 'claim:bk-envoy-both-files',
      text: 'The desk reports that in March both the Ukraine and the Iran files went through Harrow.',
      kind: 'REPORT',
      speaker: 'institution:bk-desk',
      about: ['person:bk-envoy', 'track:ukraine', 'track:iran'],
      statedDate: '2025-04-01',
    },
    {
      id: 'claim:bk-envoy-ukraine-april',
      text: 'The desk notes that Harrow kept the Ukraine file through April.',
      kind: 'FACT',
      speaker: 'institution:bk-desk',
      about: ['person:bk-envoy', 'track:ukraine'],
      statedDate: '2025-05-01',
    },
    {
      id: 'claim:bk-aide-works-ukraine',
      text: 'The desk notes that Reed, Harrow’s aide, works the Ukraine file.',
      kind: 'FACT',
      speaker: 'institution:bk-desk',
      about: ['person:bk-aide', 'person:bk-envoy', 'track:ukraine'],
      statedDate: '2025-03-10',
    },
    {
      id: 'claim:bk-gaza-rumour',
      text: 'The desk once reported that Harrow also carried the Gaza file in March.',
      kind: 'REPORT',
      speaker: 'institution:bk-desk',
      about: ['person:bk-envoy', 'track:israel-hamas'],
      statedDate: '2025-03-20',
    },
  ],
  relations: [
    {
      type: 'ROUTED_THROUGH',
      from: 'track:ukraine',
      to: 'person:bk-envoy',
      validFrom: '2025-03',
      validTo: '2025-04',
      evidence: ['claim:bk-envoy-both-files', 'claim:bk-envoy-ukraine-april'],
    },
    {
      type: 'ROUTED_THROUGH',
      from: 'track:iran',
      to: 'person:bk-envoy',
      validFrom: '2025-03-01',
      validTo: '2025-03-31',
      evidence: ['claim:bk-envoy-both-files'],
    },
    // Its only claim is retracted below: it is left out of every bucket.
    {
      type: 'ROUTED_THROUGH',
      from: 'track:israel-hamas',
      to: 'person:bk-envoy',
      validFrom: '2025-03',
      validTo: '2025-03',
      evidence: ['claim:bk-gaza-rumour'],
    },
    { type: 'HAS_TIES_TO', from: 'person:bk-aide', to: 'person:bk-envoy', validFrom: '2025-03', evidence: ['claim:bk-aide-works-ukraine'] },
    { type: 'INVOLVED_IN', from: 'person:bk-aide', to: 'track:ukraine', validFrom: '2025-03', evidence: ['claim:bk-aide-works-ukraine'] },
  ],
};

const BROKERS = /* GraphQL */ `
  query Brokers($trackIds: [ID!]!, $from: String!, $to: String!, $bucket: TimeBucket) {
    brokers(trackIds: $trackIds, from: $from, to: $to, bucket: $bucket) {
      bucket
      engine
      limits { maxNodes maxBuckets sampled pivots }
      buckets { ...Bucket }
      undated { ...Bucket }
    }
  }
  fragment Bucket on BrokerBucket {
    label dated start end nodeCount edgeCount truncated
    brokers {
      person { id name }
      tracks { id }
      betweenness
      evidenceCount
      roles { coordinator gatekeeper representative consultant liaison }
    }
  }
`;

interface Broker {
  person: { id: string; name: string };
  tracks: { id: string }[];
  betweenness: number;
  evidenceCount: number;
  roles: Record<string, number>;
}
interface Bucket {
  label: string;
  dated: boolean;
  start: string | null;
  end: string | null;
  nodeCount: number;
  edgeCount: number;
  truncated: boolean;
  brokers: Broker[];
}
interface Brokers {
  brokers: { bucket: string; engine: string; limits: Record<string, unknown>; buckets: Bucket[]; undated: Bucket };
}

const TRACKS = ['track:ukraine', 'track:iran', 'track:israel-hamas'];
const brokers = (variables: Record<string, unknown>) =>
  graph.data<Brokers>(BROKERS, { trackIds: TRACKS, ...variables }).then((d) => d.brokers);
const tracksOf = (b: Broker | undefined) => b?.tracks.map((t) => t.id);
const envoyIn = (bucket: Bucket | undefined) => bucket?.brokers.find((b) => b.person.id === 'person:bk-envoy');

beforeAll(async () => {
  graph = await startTestGraph();
  await graph.data(INGEST, { input: NOTE }, editor);
  await graph.data(`mutation { retractClaim(id: "claim:bk-gaza-rumour", reason: "The desk withdrew the rumour.") { id } }`, {}, editor);
});
afterAll(() => graph.close());

describe('brokers(trackIds, from, to, bucket)', () => {
  it('shows an envoy routing Ukraine and Iran in March, only Ukraine in April, and nothing in February or May, in one query', async () => {
    const result = await graph.run<Brokers>(BROKERS, { trackIds: TRACKS, from: '2025-02', to: '2025-05', bucket: 'MONTH' });
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(1);
    const answer = result.data!.brokers;
    expect(answer.buckets.map((b) => [b.label, b.start, b.end])).toEqual([
      ['2025-02', '2025-02-01', '2025-02-28'],
      ['2025-03', '2025-03-01', '2025-03-31'],
      ['2025-04', '2025-04-01', '2025-04-30'],
      ['2025-05', '2025-05-01', '2025-05-31'],
    ]);
    const [february, march, april, may] = answer.buckets;
    expect(february!.brokers).toEqual([]);
    expect(may!.brokers).toEqual([]);
    // The Gaza routing's only claim is retracted: it counts nowhere.
    expect(tracksOf(envoyIn(march))).toEqual(['track:iran', 'track:ukraine']);
    expect(tracksOf(envoyIn(april))).toEqual(['track:ukraine']);
    // March: Iran - envoy - Ukraine, and the aide (on Ukraine) tied to the envoy: the envoy links two tracks.
    expect(march).toMatchObject({ nodeCount: 4, edgeCount: 4, truncated: false });
    expect(envoyIn(march)).toMatchObject({
      betweenness: 2 / 3,
      evidenceCount: 3,
      roles: { coordinator: 0, gatekeeper: 0, representative: 0, consultant: 0, liaison: 4 },
    });
    // April: envoy, aide and Ukraine form a triangle: no one is between anyone.
    expect(envoyIn(april)).toMatchObject({ betweenness: 0, roles: { liaison: 0, coordinator: 0 } });
    expect(answer).toMatchObject({
      bucket: 'MONTH',
      limits: { maxNodes: 500, maxBuckets: 120, sampled: false, pivots: null },
    });
    expect(answer.engine).toMatch(/graphology-metrics/);
  });

  it('reports undated routings (the seed’s Witkoff) apart, in no dated bucket', async () => {
    const answer = await brokers({ from: '2025-01', to: '2025-12', bucket: 'QUARTER' });
    expect(answer.buckets.map((b) => b.label)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    for (const bucket of answer.buckets) expect(bucket.brokers.map((b) => b.person.id)).not.toContain('person:witkoff');
    expect(answer.buckets[0]!.brokers.map((b) => b.person.id)).toEqual(['person:bk-envoy']);
    const undated = answer.undated;
    expect(undated).toMatchObject({ label: 'UNDATED', dated: false, start: null, end: null });
    expect(undated.brokers.map((b) => b.person.id)).toEqual(['person:witkoff']);
    const witkoff = undated.brokers[0]!;
    expect(tracksOf(witkoff)).toEqual(['track:iran', 'track:israel-hamas', 'track:ukraine']);
    expect(witkoff.betweenness).toBeGreaterThan(0);
    expect(witkoff.roles.liaison).toBeGreaterThan(0);
    expect(witkoff.evidenceCount).toBeGreaterThan(2);
  });

  it('gives graphology’s betweenness for the bucket graph, recomputed here from the relations in the database', async () => {
    const answer = await brokers({ from: '2025', to: '2025', bucket: 'YEAR' });
    const year = answer.undated;
    // The undated graph: the undated relations touching Witkoff (the one routed person) or a requested track,
    // with a live claim, read here independently of the server's query.
    const rows = await graph.db.readPlain(
      `MATCH (a:Entity)-[r]->(b:Entity)
       WHERE (a.id IN $anchors OR b.id IN $anchors) AND r.validFrom IS NULL AND r.validTo IS NULL AND r.absorbedInto IS NULL
         AND any(x IN r.evidence WHERE EXISTS { MATCH (c:Claim {id: x}) WHERE c.retractedAt IS NULL })
       RETURN a.id AS a, b.id AS b`,
      { anchors: ['person:witkoff', ...TRACKS] },
    );
    const g = new UndirectedGraph();
    for (const { a, b } of rows as { a: string; b: string }[]) {
      if (a === b) continue;
      g.mergeNode(a);
      g.mergeNode(b);
      g.mergeEdge(a, b);
    }
    const expected = betweenness(g, { normalized: true, getEdgeWeight: null });
    expect(year.nodeCount).toBe(g.order);
    expect(year.edgeCount).toBe(g.size);
    expect(year.brokers[0]!.betweenness).toBeCloseTo(expected['person:witkoff']!, 12);
  });

  it('answers NOT_FOUND for a track id that names nothing', async () => {
    const unknown = await graph.run<Brokers>(BROKERS, { trackIds: ['track:no-such-track'], from: '2025-03', to: '2025-03' });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
  });

  it('refuses bad arguments with BAD_USER_INPUT naming each problem, before any query', async () => {
    const bad = async (variables: Record<string, unknown>) => {
      const result = await graph.run<Brokers>(BROKERS, { trackIds: TRACKS, from: '2025-01', to: '2025-02', ...variables });
      expect(result.queries).toBe(0);
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      return result.errors![0]!.message;
    };
    expect(await bad({ from: 'March 2025' })).toMatch(/from: .*not an ISO date/);
    expect(await bad({ from: '2025-06', to: '2025-05' })).toMatch(/to: 2025-05 is before from: 2025-06/);
    expect(await bad({ from: '2000-01', to: '2025-12', bucket: 'MONTH' })).toMatch(/312 MONTH buckets; at most 120/);
    expect(await bad({ trackIds: ['person:witkoff'] })).toMatch(/trackIds: expected a track id/);
    expect(await bad({ trackIds: [] })).toMatch(/trackIds: give from 1 to 20/);
    const both = await graph.run<Brokers>(BROKERS, { trackIds: ['nope'], from: '2025-13', to: '2025-01' });
    expect(both.errors![0]!.extensions!.problems).toHaveLength(2);
  });
});
