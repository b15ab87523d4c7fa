// Nested fields go through per-request DataLoaders: the Cypher count must not grow with the list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/graph.js';

let graph: TestGraph;

/** Fifty made-up analysts, each in an institution, backing the next, and making one claim about the next. */
const FIXTURE = `
UNWIND range(1, 50) AS i
MERGE (p:Person:Entity {id: 'person:analyst-' + i}) SET p.name = 'Analyst ' + i, p.aliases = []
MERGE (inst:Institution:Entity {id: 'institution:desk-' + (i % 5)}) SET inst.name = 'Desk ' + (i % 5), inst.aliases = []
MERGE (s:Source {id: 'source:batching-fixture'}) SET s.title = 'Batching fixture'
MERGE (c:Claim {id: 'claim:analyst-note-' + i}) SET c.text = 'Note ' + i, c.kind = 'ANALYSIS'
MERGE (c)-[:SAID_BY]->(p)
MERGE (c)-[:APPEARS_IN]->(s)
MERGE (p)-[r:HOLDS_ROLE_IN]->(inst) SET r.id = 'rel:holds_role_in:' + p.id + ':' + inst.id, r.role = 'analyst', r.evidence = [c.id]
WITH i, p, c
MATCH (next:Person {id: 'person:analyst-' + (i % 50 + 1)})
MERGE (c)-[:ABOUT]->(next)
MERGE (p)-[b:BACKS]->(next) SET b.id = 'rel:backs:' + p.id + ':' + next.id, b.evidence = [c.id]
`;

const PEOPLE = /* GraphQL */ `
  query PeopleWithEverything($first: Int!) {
    people(first: $first, filter: { text: "analyst" }) {
      nodes {
        id
        institutions { id name }
        relations { type from { id name } to { id name } evidence { id kind speaker { id } source { id } } }
        claimsMade { id text about { id } }
        claimsAbout { id speaker { id name } }
      }
    }
  }
`;

interface Result {
  people: { nodes: { id: string; institutions: unknown[]; relations: unknown[]; claimsMade: unknown[]; claimsAbout: unknown[] }[] };
}

beforeAll(async () => {
  graph = await startTestGraph({ seed: false });
  await graph.db.write(FIXTURE, {});
});
afterAll(() => graph.close());

describe('batching', () => {
  it('lists 50 people with institutions, relations and claims in as many Cypher queries as 5 people', async () => {
    const fifty = await graph.run<Result>(PEOPLE, { first: 50 });
    const five = await graph.run<Result>(PEOPLE, { first: 5 });
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data!.people.nodes).toHaveLength(50);
    for (const person of fifty.data!.people.nodes) {
      expect(person.institutions).toHaveLength(1);
      expect(person.relations).toHaveLength(3);
      expect(person.claimsMade).toHaveLength(1);
      expect(person.claimsAbout).toHaveLength(1);
    }
    console.log(`[batching] Cypher queries: 50 people -> ${fifty.queries}, 5 people -> ${five.queries}`);
    expect(fifty.queries).toBeLessThanOrEqual(five.queries);
    expect(fifty.queries).toBeLessThanOrEqual(10);
  });
});
