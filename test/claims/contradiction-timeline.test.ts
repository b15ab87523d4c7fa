// contradictionTimeline(trackId, from, to, bucket): claims made and contradictions opened on a track per month,
// quarter or year, with the speakers on each side; over the real server, on the documents of ./link-fixtures.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST } from '../support/documents.js';
import { codes, startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';
import { JUNE_WIRE, MARCH_BRIEF, TRACK, UNDATED_NOTE } from './link-fixtures.js';

let graph: TestGraph;
const editor = { token: TOKENS.editor };

/** A claim dated only by its year: it fits a YEAR bucket, not a MONTH one. */
const YEAR_REVIEW = {
  source: { id: 'source:cl-year-review', title: 'Corridor year in review (test data)', publisher: 'Link Test Desk' },
  claims: [
    {
      id: 'claim:cl-year-summary',
      text: 'It was a hard year for the corridor.',
      kind: 'ANALYSIS',
      speaker: 'person:cl-analyst',
      about: [TRACK],
      statedDate: '2025',
    },
  ],
};

const CONTRADICTION_TIMELINE = /* GraphQL */ `
  query ContradictionTimeline($trackId: ID!, $from: String, $to: String, $bucket: TimeBucket) {
    contradictionTimeline(trackId: $trackId, from: $from, to: $to, bucket: $bucket) {
      bucket
      buckets { ...Bucket }
      undated { ...Bucket }
    }
  }
  fragment Bucket on ContradictionBucket {
    dated start end claimsMade contradictionsOpened
    contradictions { claim { id } contradictingClaim { id } date source { id } }
    claimSpeakers { speaker { id } count }
    contradictingClaimSpeakers { speaker { id } count }
  }
`;

interface Speakers {
  speaker: { id: string };
  count: number;
}
interface Bucket {
  dated: boolean;
  start: string | null;
  end: string | null;
  claimsMade: number;
  contradictionsOpened: number;
  contradictions: { claim: { id: string }; contradictingClaim: { id: string }; date: string | null; source: { id: string } | null }[];
  claimSpeakers: Speakers[];
  contradictingClaimSpeakers: Speakers[];
}
interface Answer {
  contradictionTimeline: { bucket: string; buckets: Bucket[]; undated: Bucket };
}

const ask = async (variables: Record<string, unknown>) =>
  (await graph.data<Answer>(CONTRADICTION_TIMELINE, { trackId: TRACK, ...variables })).contradictionTimeline;
/** A bucket as `start..end claims/opened`. */
const counts = (b: Bucket) => `${b.start}..${b.end} ${b.claimsMade}/${b.contradictionsOpened}`;
const pairs = (b: Bucket) => b.contradictions.map((c) => `${c.claim.id} x ${c.contradictingClaim.id}`);
const speakers = (list: Speakers[]) => list.map((s) => `${s.speaker.id}:${s.count}`);

beforeAll(async () => {
  graph = await startTestGraph();
  for (const input of [MARCH_BRIEF, JUNE_WIRE, UNDATED_NOTE, YEAR_REVIEW]) await graph.data(INGEST, { input }, editor);
  // A curated contradiction with no source: it opens at the later of its claims' dates, 2025-05-28.
  await graph.data(
    `mutation { linkClaims(fromId: "claim:cl-ships-moving", toId: "claim:cl-corridor-closed", kind: CONTRADICTS) { id } }`,
    {},
    editor,
  );
});
afterAll(() => graph.close());

describe('contradictionTimeline(trackId, from, to, bucket)', () => {
  it('counts claims made and contradictions opened per month, in one query, with the pairs and the speakers on each side', async () => {
    const result = await graph.run<Answer>(CONTRADICTION_TIMELINE, { trackId: TRACK, from: '2025-03', to: '2025-06' });
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(1);
    const { bucket, buckets } = result.data!.contradictionTimeline;
    expect(bucket).toBe('MONTH');
    expect(buckets.map(counts)).toEqual([
      '2025-03-01..2025-03-31 2/0',
      '2025-04-01..2025-04-30 0/0',
      '2025-05-01..2025-05-31 1/1',
      '2025-06-01..2025-06-30 1/2',
    ]);
    const [, , may, june] = buckets;
    expect(pairs(may!)).toEqual(['claim:cl-ships-moving x claim:cl-corridor-closed']);
    expect(may!.contradictions[0]).toMatchObject({ date: '2025-05-28', source: null });
    // June: both contradictions the wire stated, dated by its publication (2025-06-02).
    expect(pairs(june!)).toEqual(['claim:cl-corridor-closed x claim:cl-corridor-open', 'claim:cl-ports-idle x claim:cl-ships-moving']);
    expect(june!.contradictions.every((c) => c.date === '2025-06-02' && c.source?.id === 'source:cl-june-wire')).toBe(true);
    expect(speakers(june!.claimSpeakers)).toEqual(['institution:cl-ministry:1', 'person:cl-analyst:1']);
    expect(speakers(june!.contradictingClaimSpeakers)).toEqual(['institution:cl-ministry:1', 'person:cl-envoy:1']);
  });

  it('keeps what no month can hold in the undated bucket: no date at all, or only a year', async () => {
    const { undated } = await ask({ from: '2025-03', to: '2025-06' });
    expect(undated).toMatchObject({ dated: false, start: null, end: null, claimsMade: 2, contradictionsOpened: 1 });
    expect(pairs(undated)).toEqual(['claim:cl-rumour x claim:cl-ships-moving']);
    expect(speakers(undated.claimSpeakers)).toEqual(['person:cl-envoy:1']);
    expect(speakers(undated.contradictingClaimSpeakers)).toEqual(['institution:cl-ministry:1']);
  });

  it('spans the first to the last dated item when from and to are left open, and places a year in a YEAR bucket', async () => {
    const open = await ask({});
    expect(open.buckets.map((b) => b.start)).toEqual(['2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01']);
    const years = await ask({ bucket: 'YEAR' });
    expect(years.buckets.map(counts)).toEqual(['2025-01-01..2025-12-31 5/3']);
    expect(years.undated).toMatchObject({ claimsMade: 1, contradictionsOpened: 1 });
    const quarters = await ask({ from: '2025', to: '2025', bucket: 'QUARTER' });
    expect(quarters.buckets.map(counts)).toEqual([
      '2025-01-01..2025-03-31 2/0',
      '2025-04-01..2025-06-30 2/3',
      '2025-07-01..2025-09-30 0/0',
      '2025-10-01..2025-12-31 0/0',
    ]);
  });

  it('leaves out what lies outside the window', async () => {
    const june = await ask({ from: '2025-06-01', to: '2025-06-30' });
    expect(june.buckets.map(counts)).toEqual(['2025-06-01..2025-06-30 1/2']);
    expect(june.undated).toMatchObject({ claimsMade: 2, contradictionsOpened: 1 });
    const before = await ask({ from: '2024-01', to: '2024-02' });
    expect(before.buckets.map(counts)).toEqual(['2024-01-01..2024-01-31 0/0', '2024-02-01..2024-02-29 0/0']);
  });

  it('refuses bad arguments all at once, more than 240 buckets, and an unknown track with NOT_FOUND', async () => {
    const bad = await graph.run(CONTRADICTION_TIMELINE, { trackId: 'person:cl-envoy', from: '2025-13', to: 'soon' });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect((bad.errors![0]!.extensions!.problems as { path: string }[]).map((p) => p.path)).toEqual(['trackId', 'from', 'to']);
    expect(codes(await graph.run(CONTRADICTION_TIMELINE, { trackId: TRACK, from: '2025-06', to: '2025-05' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await graph.run(CONTRADICTION_TIMELINE, { trackId: TRACK, from: '2000', to: '2025' }))).toEqual(['BAD_USER_INPUT']);
    expect(
      (await graph.run(CONTRADICTION_TIMELINE, { trackId: TRACK, from: '2000', to: '2025', bucket: 'QUARTER' })).errors,
    ).toBeUndefined();
    expect(codes(await graph.run(CONTRADICTION_TIMELINE, { trackId: TRACK, bucket: 'WEEK' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await graph.run(CONTRADICTION_TIMELINE, { trackId: 'track:atlantis' }))).toEqual(['NOT_FOUND']);
  });
});
