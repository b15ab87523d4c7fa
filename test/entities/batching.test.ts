// The read path compiles each root field into one Cypher query: the count stays at one per root
// field however deep the selection and however long the lists.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/base/paths.js';
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

const examples = join(repoRoot(), 'docs', 'examples');

beforeAll(async () => {
  graph = await startTestGraph({ seed: false });
});
// The examples test below replaces the fixture with the seed: every test starts from the fixture.
beforeEach(async () => {
  await graph.db.write('MATCH (n) DETACH DELETE n', {});
  await graph.db.write(FIXTURE, {});
});
afterAll(() => graph.close());

describe('one Cypher query per root field', () => {
  it('lists 50 people with institutions, relations (with evidence, speakers, sources) and claims in one query', async () => {
    const fifty = await graph.run<Result>(PEOPLE, { first: 50 });
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data!.people.nodes).toHaveLength(50);
    for (const person of fifty.data!.people.nodes) {
      expect(person.institutions).toHaveLength(1);
      expect(person.relations).toHaveLength(3);
      expect(person.claimsMade).toHaveLength(1);
      expect(person.claimsAbout).toHaveLength(1);
    }
    expect(fifty.queries).toBe(1);
  });

  it('runs each README example with one query per root field', async () => {
    await graph.db.write('MATCH (n) DETACH DELETE n', {});
    const seeded = await startTestGraph();
    try {
      for (const file of readdirSync(examples).filter((f) => f.endsWith('.graphql'))) {
        const text = readFileSync(join(examples, file), 'utf8');
        const roots = parse(text).definitions.flatMap((d) => (d.kind === 'OperationDefinition' ? d.selectionSet.selections : []));
        const result = await seeded.run(text);
        expect(result.errors, file).toBeUndefined();
        expect(result.queries, file).toBe(roots.length);
      }
    } finally {
      await seeded.close();
    }
  });

  it('answers two root fields with two queries, aliases and fragments included', async () => {
    const result = await graph.run(`
      query Two { a: people(first: 2) { nodes { ...P } } b: people(first: 1, orderBy: { field: ID, direction: DESC }) { nodes { ...P } } }
      fragment P on Person { id name }
    `);
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(2);
  });
});
