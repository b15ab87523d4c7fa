// A read that fails never answers an empty list: the database going away between root fields, or a
// query running past its timeout, reaches the client as that field's coded error with the request id.
import type { ApolloServer } from '@apollo/server';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, GraphDatabase } from '../../src/db/database.js';
import { loadQueries } from '../../src/db/cypher-files.js';
import { createApollo } from '../../src/server/apollo.js';
import { createContext, type Context } from '../../src/core/context.js';
import { CYPHER_DIR, startTestGraph, testGraphQLOptions, type GqlError, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
let stopped: GraphDatabase;
let apollo: ApolloServer<Context>;

beforeAll(async () => {
  graph = await startTestGraph();
  apollo = createApollo(testGraphQLOptions(graph.db, { logger: pino({ level: 'silent' }), introspection: false }));
  await apollo.start();
  // A real driver whose database is gone: nothing listens on the port, so every query fails as it
  // would after Neo4j stopped (ServiceUnavailable from the driver, not a stand-in).
  stopped = new GraphDatabase(
    createDriver('bolt://127.0.0.1:1', 'neo4j', 'unused', { maxRetryMs: 0, connectTimeoutMs: 500 }),
    loadQueries(CYPHER_DIR),
    { database: 'neo4j', txTimeoutMs: 5_000, commitRetryMs: 0, readRetryMs: 0 },
  );
});
afterAll(async () => {
  await apollo.stop();
  await stopped.close();
  await graph.close();
});

/** The request's database answers its first `healthy` statements, then stops answering. */
function stopsAfter(healthy: number): GraphDatabase {
  let calls = 0;
  return new Proxy(graph.db, {
    get(target, property) {
      if (property !== 'readProjected') return Reflect.get(target, property, target) as unknown;
      return (...args: Parameters<GraphDatabase['readProjected']>) => (calls++ < healthy ? target : stopped).readProjected(...args);
    },
  });
}

async function execute(db: GraphDatabase, query: string) {
  const contextValue = createContext(db, { requestId: 'read-errors-test' });
  const response = await apollo.executeOperation<Record<string, unknown>>({ query }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('Expected a single result');
  const { data, errors } = response.body.singleResult;
  return { data, errors: (errors ?? []) as GqlError[] };
}

/** Nested lists of the kinds that used to swallow errors: evidence, about, institutions, routed tracks. */
const NESTED = /* GraphQL */ `
  {
    first: node(id: "person:witkoff") { ... on Person { id relations { type evidence { id about { id } } } } }
    second: node(id: "person:vance") { ... on Person { id institutions { id } relations { type evidence { id } } } }
    third: node(id: "person:rubio") { ... on Person { id claimsMade { id about { id } } } }
    fourth: node(id: "track:ukraine") { id ... on PolicyTrack { routedThrough { type to { id } evidence { id } } } }
  }
`;
/** Non-null roots: an error there nulls the whole answer, still with the code, never an empty list. */
const NON_NULL_ROOTS = [
  '{ paths(from: "person:vance", to: "person:witkoff", maxHops: 3) { nodes { id } hops { relation { evidence { id } } } } }',
  '{ neighborhood(id: "person:witkoff", depth: 1) { nodes { id } edges { evidence { id } } } }',
  '{ tracksRoutedThrough(personId: "person:witkoff") { track { id } evidence { id } } }',
];

describe('read errors are never empty answers', () => {
  it('answers the fields read before the database stopped and a DATABASE_UNAVAILABLE error, not [], for each one after', async () => {
    const healthy = await execute(graph.db, NESTED);
    expect(healthy.errors).toEqual([]);
    const first = healthy.data?.first as { relations: { evidence: unknown[] }[] };
    expect(first.relations.length).toBeGreaterThan(0);
    expect(first.relations.every((r) => r.evidence.length > 0)).toBe(true);

    const { data, errors } = await execute(stopsAfter(1), NESTED);
    expect(data?.first).toEqual(healthy.data?.first);
    for (const field of ['second', 'third', 'fourth']) {
      expect(data?.[field], field).toBeNull();
      const error = errors.find((e) => e.path?.[0] === field);
      expect(error?.extensions, field).toMatchObject({ code: 'DATABASE_UNAVAILABLE', requestId: 'read-errors-test' });
    }
    expect(JSON.stringify(errors)).not.toMatch(/ServiceUnavailable|bolt:|stack/i);
  });

  it('answers DATABASE_UNAVAILABLE, not an empty list, for paths, neighbourhoods and routed tracks', async () => {
    for (const query of NON_NULL_ROOTS) {
      const healthy = await execute(graph.db, query);
      expect(healthy.errors, query).toEqual([]);
      const { data, errors } = await execute(stopsAfter(0), query);
      expect(data, query).toBeNull();
      expect(
        errors.map((e) => e.extensions),
        query,
      ).toEqual([expect.objectContaining({ code: 'DATABASE_UNAVAILABLE', requestId: 'read-errors-test' })]);
    }
  });

  it('answers TIMEOUT with the request id when the read outlives its transaction timeout', async () => {
    // A hub of its own with 50,000 relations: counting and listing them takes far longer than a 1 ms timeout.
    await graph.db.write(
      `CREATE (w:Entity:Person {id: 'person:timeout-hub', name: 'Timeout Hub'})
       WITH w UNWIND range(1, 50000) AS i
       CREATE (w)-[:BACKS {evidence: ['claim:mixed-signals']}]->(:Entity:Person {id: 'person:hub-' + i, name: 'Hub ' + i})`,
      {},
    );
    const query = '{ node(id: "person:timeout-hub") { ... on Person { relationCount relations(first: 1000) { evidence { id } } } } }';
    const { data, errors } = await execute(graph.db.with({ txTimeoutMs: 1, readRetryMs: 0 }), query);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error.extensions).toMatchObject({ code: 'TIMEOUT', requestId: 'read-errors-test' });
    for (const error of errors) expect(data?.[String(error.path?.[0])]).toBeNull();
  });
});
