import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.close());

const SEARCH = /* GraphQL */ `
  query Search($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      score
      node {
        __typename
        id
        ... on Claim { text speaker { id } }
        ... on Entity { name }
      }
    }
  }
`;

interface Search {
  search: { score: number; node: { __typename: string; id: string; text?: string; name?: string; speaker?: { id: string } } }[];
}

describe('search', () => {
  it('finds Bessent’s “strategic uncertainty” quote for “uncertainty”', async () => {
    const { search } = await graph.data<Search>(SEARCH, { query: 'uncertainty' });
    const hit = search.find((h) => h.node.id === 'claim:bessent-strategic-uncertainty');
    expect(hit).toBeDefined();
    expect(hit!.node.speaker!.id).toBe('person:bessent');
    expect(hit!.score).toBeGreaterThan(0);
  });

  it('ranks hits by descending score and honours first', async () => {
    const { search } = await graph.data<Search>(SEARCH, { query: 'Witkoff', first: 5 });
    expect(search.length).toBe(5);
    const scores = search.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('finds a person by alias', async () => {
    const { search } = await graph.data<Search>(SEARCH, { query: 'Steve Witkoff', first: 3 });
    expect(search[0]!.node.id).toBe('person:witkoff');
  });

  it('treats Lucene and Cypher syntax as plain text', async () => {
    const result = await graph.run<Search>(SEARCH, { query: '") OR 1=1 // CALL db.labels() ~*' });
    expect(result.errors).toBeUndefined();
  });

  it('rejects an empty query and an out-of-range first', async () => {
    expect(codes(await graph.run(SEARCH, { query: '   ' }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await graph.run(SEARCH, { query: 'Vance', first: -1 }))).toEqual(['BAD_USER_INPUT']);
  });
});
