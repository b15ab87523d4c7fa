import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.close());

const NODE = /* GraphQL */ `
  query Node($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Entity { name aliases relations { type from { id } to { id } evidence { id } } claimsMade { id } claimsAbout { id } }
      ... on Claim { kind speaker { id } attributedTo { id } about { id } source { id } }
      ... on Source { title publisher url publishedDate claims { id } }
    }
  }
`;

describe('node', () => {
  it('returns a person with evidenced relations and the claims they made', async () => {
    const { node } = await graph.data<{ node: Record<string, never> }>(NODE, { id: 'person:vance' });
    expect(node).toMatchObject({ __typename: 'Person', id: 'person:vance' });
    const n = node as unknown as { relations: { type: string; evidence: unknown[] }[]; claimsMade: { id: string }[] };
    expect(n.claimsMade.map((c) => c.id)).toContain('claim:vance-next-100-days');
    expect(n.relations.map((r) => r.type)).toEqual(expect.arrayContaining(['BACKS', 'INFLUENCES', 'ABSENT_FROM']));
    expect(n.relations.every((r) => r.evidence.length > 0)).toBe(true);
  });

  it('returns a claim with speaker, attribution, subjects and source', async () => {
    const { node } = await graph.data<{ node: Record<string, unknown> }>(NODE, { id: 'claim:bessent-strategic-uncertainty' });
    expect(node).toMatchObject({
      __typename: 'Claim',
      kind: 'QUOTE',
      speaker: { id: 'person:bessent' },
      source: { id: 'source:espreso-parallel-realities' },
    });
    expect((node.attributedTo as { id: string }[]).map((e) => e.id)).toContain('person:resurgam-founder');
  });

  it('returns the source with its publisher and no invented date', async () => {
    const { node } = await graph.data<{ node: Record<string, unknown> }>(NODE, { id: 'source:espreso-parallel-realities' });
    expect(node).toMatchObject({ __typename: 'Source', publisher: 'Espreso Global', publishedDate: null });
    expect((node.claims as unknown[]).length).toBeGreaterThan(10);
  });

  it('gives NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const missing = await graph.run(NODE, { id: 'person:ghost' });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    expect(missing.data?.node ?? null).toBeNull();
    expect(codes(await graph.run(NODE, { id: 'MATCH (n) DETACH DELETE n' }))).toEqual(['BAD_USER_INPUT']);
  });
});
