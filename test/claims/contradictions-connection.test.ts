// contradictionsConnection pages the pairs of `contradictions` in their order (claim id, then contradicting claim
// id) with a total: walked a page at a time over a made-up track with 120 claims, the seed's tracks and every pair.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/graph.js';

let graph: TestGraph;

const TRACK = 'track:cc-corridor';

// 120 claims about one made-up track are too many to ingest document by document in a test: written in one
// statement the way the graph generator writes (scripts/graph-gen/cypher). Pairs: each claim whose number is not a
// multiple of 3 contradicts the one before; claim 060 contradicts 051 to 058 (one claim, several pairs); two pairs
// reach a seed claim about another track; claim 100 is retracted.
const FIXTURE = `
CREATE (t:Entity:PolicyTrack {id: $track, name: 'Test corridor (made up)'})
CREATE (sp:Entity:Person {id: 'person:cc-speaker', name: 'Test speaker (made up)'})
CREATE (src:Source {id: 'source:cc-wire', title: 'Corridor wire (test data)', publishedDate: '2025-02-01'})
WITH t, sp, src
UNWIND range(1, 120) AS i
CREATE (c:Claim {id: 'claim:cc-' + right('00' + toString(i), 3), text: 'Test claim ' + toString(i), kind: 'REPORT',
                 retractedAt: CASE WHEN i = 100 THEN datetime() END})
CREATE (c)-[:SAID_BY]->(sp), (c)-[:APPEARS_IN]->(src), (c)-[:ABOUT]->(t)
WITH collect(c) AS cs
CALL (cs) {
  UNWIND range(1, size(cs) - 1) AS i
  WITH cs, i WHERE (i + 1) % 3 <> 0
  WITH cs[i] AS a, cs[i - 1] AS b
  CREATE (a)-[:CONTRADICTS {createdAt: datetime()}]->(b)
}
CALL (cs) {
  UNWIND range(50, 57) AS i
  WITH cs[59] AS a, cs[i] AS b WHERE NOT EXISTS { (a)-[:CONTRADICTS]-(b) }
  CREATE (a)-[:CONTRADICTS {createdAt: datetime()}]->(b)
}
WITH cs
MATCH (seed:Claim {id: 'claim:vance-next-100-days'})
WITH seed, cs[3] AS c4, cs[7] AS c8
CREATE (c4)-[:CONTRADICTS {createdAt: datetime()}]->(seed)
CREATE (seed)-[:CONTRADICTS {createdAt: datetime()}]->(c8)
`;

const LIST = /* GraphQL */ `
  query List($trackId: ID, $includeRetracted: Boolean) {
    contradictions(trackId: $trackId, includeRetracted: $includeRetracted) { claim { id } contradictingClaim { id } }
  }
`;
const PAGE = /* GraphQL */ `
  query Page($trackId: ID, $includeRetracted: Boolean, $first: Int, $after: String) {
    contradictionsConnection(trackId: $trackId, includeRetracted: $includeRetracted, first: $first, after: $after) {
      totalCount
      edges { cursor node { claim { id } contradictingClaim { id } sharedTracks { id } } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
`;

interface Pair {
  claim: { id: string };
  contradictingClaim: { id: string };
}
interface Page {
  contradictionsConnection: {
    totalCount: number;
    edges: { cursor: string; node: Pair & { sharedTracks: { id: string }[] } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

const key = (p: Pair) => `${p.claim.id} > ${p.contradictingClaim.id}`;

async function list(vars: Record<string, unknown>): Promise<string[]> {
  return (await graph.data<{ contradictions: Pair[] }>(LIST, vars)).contradictions.map(key);
}

/** Every page from the first, `first` at a time: the pairs in order, each page's total, and how many pages. */
async function walk(vars: Record<string, unknown>, first: number) {
  const pairs: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const { contradictionsConnection: page }: Page = await graph.data<Page>(PAGE, { ...vars, first, after });
    pages += 1;
    totals.add(page.totalCount);
    expect(page.edges.length).toBeLessThanOrEqual(first);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    pairs.push(...page.edges.map((e) => key(e.node)));
    if (!page.pageInfo.hasNextPage) break;
    expect(page.edges).toHaveLength(first);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
    after = page.pageInfo.endCursor;
  }
  return { pairs, totals: [...totals], pages };
}

beforeAll(async () => {
  graph = await startTestGraph();
  await graph.db.write(FIXTURE, { track: TRACK });
});
afterAll(() => graph.close());

describe('contradictions a page at a time', () => {
  it('walks every pair on a track of 120 claims, in the order of contradictions, with the right total', async () => {
    const all = await list({ trackId: TRACK });
    // 79 neighbour pairs, 8 from claim 060, 2 with the seed claim; claim 100’s two pairs are retracted.
    expect(all).toHaveLength(87);
    expect(all).toContain('claim:cc-004 > claim:vance-next-100-days');
    expect(all).toContain('claim:vance-next-100-days > claim:cc-008');
    // Pages of 2 walk the index of claim ids, pages of 7 and 50 read the track's claims and sort them: the
    // plan cypher/claims/contradiction-page.cypher takes for 120 of 146 claims (WALK_FACTOR in src/claims/contradiction-page.ts).
    for (const first of [2, 7, 50]) {
      const { pairs, totals, pages } = await walk({ trackId: TRACK }, first);
      expect(pairs).toEqual(all);
      expect(new Set(pairs).size).toBe(pairs.length);
      expect(totals).toEqual([87]);
      expect(pages).toBe(Math.ceil(87 / first) + (87 % first === 0 ? 1 : 0));
    }
    // About 60 pages in all: more than the default 30 s on a busy machine.
  }, 120_000);

  it('includes retracted claims’ pairs only when asked', async () => {
    const all = await list({ trackId: TRACK, includeRetracted: true });
    expect(all).toHaveLength(89);
    expect(all).toContain('claim:cc-100 > claim:cc-099');
    const { pairs, totals } = await walk({ trackId: TRACK, includeRetracted: true }, 9);
    expect(pairs).toEqual(all);
    expect(totals).toEqual([89]);
  });

  it('pages every pair of the graph, and the seed’s Ukraine pairs, as contradictions lists them', async () => {
    const every = await list({});
    expect(every.length).toBeGreaterThan(87);
    const { pairs, totals } = await walk({}, 25);
    expect(pairs).toEqual(every);
    expect(totals).toEqual([every.length]);

    const ukraine = await list({ trackId: 'track:ukraine' });
    expect(ukraine).toContain('claim:vance-next-100-days > claim:state-dept-no-longer-mediator');
    expect((await walk({ trackId: 'track:ukraine' }, 1)).pairs).toEqual(ukraine);
  });

  it('gives a pair’s shared tracks on the page', async () => {
    const { contradictionsConnection: page } = await graph.data<Page>(PAGE, { trackId: TRACK, first: 1 });
    expect(page.edges[0]!.node).toMatchObject({ claim: { id: 'claim:cc-002' }, contradictingClaim: { id: 'claim:cc-001' } });
    expect(page.edges[0]!.node.sharedTracks).toEqual([{ id: TRACK }]);
  });

  it('refuses a made-up cursor and a page over 100, and gives NOT_FOUND for an unknown track', async () => {
    expect(codes(await graph.run(PAGE, { trackId: TRACK, after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await graph.run(PAGE, { trackId: TRACK, first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await graph.run(PAGE, { trackId: 'track:atlantis' }))).toEqual(['NOT_FOUND']);
  });
});
