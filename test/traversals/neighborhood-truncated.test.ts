// The neighbourhood says when its 500-entity cap cut the answer: on a made-up hub with 510 neighbours, and not on
// Witkoff's (the seed's) neighbourhood, which is whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/graph.js';

let graph: TestGraph;

const NEIGHBOURS = 510;

// A hub of 510 relations is too many to ingest document by document in a test: written in one statement, the
// way the graph generator writes (scripts/graph-gen/cypher), with one live evidence claim for every relation.
const HUB = `
CREATE (hub:Entity:Person {id: 'person:nh-hub', name: 'Test hub (made up)'})
CREATE (src:Source {id: 'source:nh-wire', title: 'Hub wire (test data)', publishedDate: '2025-02-01'})
CREATE (ev:Claim {id: 'claim:nh-ties', text: 'The hub has ties to everyone.', kind: 'REPORT', statedDate: '2025-02-01'})
CREATE (ev)-[:SAID_BY]->(hub), (ev)-[:APPEARS_IN]->(src), (ev)-[:ABOUT]->(hub)
WITH hub
UNWIND range(1, $n) AS i
CREATE (p:Entity:Person {id: 'person:nh-' + right('000' + toString(i), 3), name: 'Neighbour ' + toString(i)})
CREATE (hub)-[:HAS_TIES_TO {id: 'rel:nh-' + toString(i), evidence: ['claim:nh-ties'], validFrom: '2025-01-01'}]->(p)
`;

const HOOD = /* GraphQL */ `
  query Hood($id: ID!, $depth: Int) {
    neighborhood(id: $id, depth: $depth) { nodes { id } truncated truncatedReason }
  }
`;
interface Hood {
  neighborhood: { nodes: { id: string }[]; truncated: boolean; truncatedReason: string | null };
}

beforeAll(async () => {
  graph = await startTestGraph();
  await graph.db.write(HUB, { n: NEIGHBOURS });
});
afterAll(() => graph.close());

describe('neighbourhood cut by the 500-entity cap', () => {
  it('says it was cut, and why, around a hub with 510 neighbours', async () => {
    const { neighborhood } = await graph.data<Hood>(HOOD, { id: 'person:nh-hub', depth: 1 });
    expect(neighborhood.truncated).toBe(true);
    expect(neighborhood.truncatedReason).toBe('NODE_CAP');
    // The centre and the first 500 by id.
    const ids = neighborhood.nodes.map((n) => n.id);
    expect(ids).toHaveLength(501);
    expect(ids[0]).toBe('person:nh-hub');
    expect(ids.slice(1)).toEqual(Array.from({ length: 500 }, (_, i) => `person:nh-${String(i + 1).padStart(3, '0')}`));
  });

  it('says nothing was cut for a neighbour of the hub at depth 1 (the hub and itself)', async () => {
    const { neighborhood } = await graph.data<Hood>(HOOD, { id: 'person:nh-001', depth: 1 });
    expect(neighborhood.nodes.map((n) => n.id)).toEqual(['person:nh-001', 'person:nh-hub']);
    expect(neighborhood).toMatchObject({ truncated: false, truncatedReason: null });
  });

  it('says the cap cut a neighbour’s depth-2 neighbourhood, which reaches the hub’s 510', async () => {
    const { neighborhood } = await graph.data<Hood>(HOOD, { id: 'person:nh-001', depth: 2 });
    expect(neighborhood).toMatchObject({ truncated: true, truncatedReason: 'NODE_CAP' });
    expect(neighborhood.nodes).toHaveLength(501);
  });

  it('says Witkoff’s depth-2 neighbourhood on the seed is whole', async () => {
    const { neighborhood } = await graph.data<Hood>(HOOD, { id: 'person:witkoff', depth: 2 });
    expect(neighborhood.nodes.length).toBeLessThan(501);
    expect(neighborhood).toMatchObject({ truncated: false, truncatedReason: null });
  });
});
