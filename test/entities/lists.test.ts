import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.close());

const PEOPLE = /* GraphQL */ `
  query People($first: Int, $after: String, $orderBy: EntityOrder, $filter: EntityFilter) {
    people(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id name } }
    }
  }
`;

interface People {
  people: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; name: string } }[];
  };
}

async function walk(variables: Record<string, unknown>, pageSize: number) {
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const { people }: People = await graph.data<People>(PEOPLE, { ...variables, first: pageSize, after });
    seen.push(...people.edges.map((e) => e.node.id));
    if (!people.pageInfo.hasNextPage) return { seen, total: people.totalCount };
    after = people.pageInfo.endCursor;
  }
  throw new Error('pagination did not end');
}

describe('people, institutions, tracks', () => {
  it('pages through every person exactly once, in name order, at any page size', async () => {
    const everyone = await graph.data<People>(PEOPLE, { first: 100 });
    const expected = everyone.people.edges.map((e) => e.node.id);
    expect(expected).toContain('person:witkoff');
    const names = everyone.people.edges.map((e) => e.node.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const size of [1, 2, 3]) {
      const { seen, total } = await walk({}, size);
      expect(seen).toEqual(expected);
      expect(new Set(seen).size).toBe(total);
    }
  });

  it('pages in descending id order too', async () => {
    const { seen, total } = await walk({ orderBy: { field: 'ID', direction: 'DESC' } }, 4);
    expect(seen).toEqual([...seen].sort().reverse());
    expect(seen.length).toBe(total);
  });

  it('filters by name or alias, case-insensitively, and counts the filtered set', async () => {
    const { people } = await graph.data<People>(PEOPLE, { filter: { text: 'steve' } });
    expect(people.edges.map((e) => e.node.id)).toEqual(['person:witkoff']);
    expect(people.totalCount).toBe(1);
  });

  it('lists the three policy tracks and the institutions', async () => {
    const data = await graph.data<{ tracks: { nodes: { id: string }[] }; institutions: { totalCount: number } }>(
      `{ tracks { nodes { id } } institutions(first: 1) { totalCount } }`,
    );
    expect(data.tracks.nodes.map((t) => t.id).sort()).toEqual(['track:iran', 'track:israel-hamas', 'track:ukraine']);
    expect(data.institutions.totalCount).toBeGreaterThanOrEqual(5);
  });

  it('rejects a huge or negative first and a forged cursor with BAD_USER_INPUT', async () => {
    expect(codes(await graph.run(PEOPLE, { first: 100000 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await graph.run(PEOPLE, { first: -1 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await graph.run(PEOPLE, { first: 2, after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('claims', () => {
  const CLAIMS = /* GraphQL */ `
    query Claims($filter: ClaimFilter, $first: Int, $after: String) {
      claims(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id kind speaker { id } }
      }
    }
  `;
  interface Claims {
    claims: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      nodes: { id: string; kind: string; speaker: { id: string } }[];
    };
  }

  it('filters claims by kind and speaker', async () => {
    const { claims } = await graph.data<Claims>(CLAIMS, { filter: { kinds: ['QUOTE'], speakerId: 'person:vance' } });
    expect(claims.nodes.map((c) => c.id)).toContain('claim:vance-next-100-days');
    expect(claims.nodes.every((c) => c.kind === 'QUOTE' && c.speaker.id === 'person:vance')).toBe(true);
    expect(claims.totalCount).toBe(claims.nodes.length);
  });

  it('pages through every claim exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 100; i++) {
      const { claims }: Claims = await graph.data<Claims>(CLAIMS, { first: 4, after });
      seen.push(...claims.nodes.map((c) => c.id));
      total = claims.totalCount;
      if (!claims.pageInfo.hasNextPage) break;
      after = claims.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(total).toBeGreaterThan(10);
  });

  it('pages by stated date in both directions, undated claims first when ascending, every claim once', async () => {
    // Some seed claims get dates (two share one, so the id breaks the tie); the others stay undated.
    await graph.db.write(
      `MATCH (c:Claim) WITH c ORDER BY c.id LIMIT 5
       WITH collect(c) AS cs
       FOREACH (i IN range(0, size(cs) - 1) | SET (cs[i]).statedDate = ['2025-05-02', '2025-04-30', '2025-05-02', '2025-03', '2025'][i])`,
      {},
    );
    const BY_DATE = `query ByDate($first: Int, $after: String, $direction: SortDirection!) {
      claims(first: $first, after: $after, orderBy: { field: STATED_DATE, direction: $direction }) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id statedDate } } }`;
    type ByDate = {
      claims: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { id: string; statedDate: string | null }[];
      };
    };
    for (const direction of ['ASC', 'DESC']) {
      const all = (await graph.data<ByDate>(BY_DATE, { first: 100, direction })).claims;
      const key = (c: { id: string; statedDate: string | null }) => [c.statedDate ?? '', c.id] as const;
      const sorted = [...all.nodes].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        const cmp = x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0;
        return direction === 'ASC' ? cmp : -cmp;
      });
      expect(all.nodes.map((c) => c.id)).toEqual(sorted.map((c) => c.id));
      expect(all.nodes.filter((c) => c.statedDate !== null)).toHaveLength(5);
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 100; i++) {
        const { claims }: ByDate = await graph.data<ByDate>(BY_DATE, { first: 3, after, direction });
        seen.push(...claims.nodes.map((c) => c.id));
        if (!claims.pageInfo.hasNextPage) break;
        after = claims.pageInfo.endCursor;
      }
      expect(seen).toEqual(sorted.map((c) => c.id));
      expect(seen).toHaveLength(all.totalCount);
    }
  });
});
