// Operation limits: what an analyst's heavy or hostile operation gets back (QUERY_TOO_COMPLEX, before
// any Cypher runs), the cost estimate behind it, and the HTTP body limits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { repoRoot } from '../../src/base/paths.js';
import { createApollo } from '../../src/server/apollo.js';
import { createContext } from '../../src/core/context.js';
import { DEFAULT_LIMITS, introspectionFromConfig, limitsFromConfig } from '../../src/server/limits.js';
import { operationCost } from '../../src/server/operation-cost.js';
import { loadTypeDefs } from '../../src/server/schema.js';
import { codes, SCHEMA_DIR, startTestGraph, testGraphQLOptions, type GqlResult, type TestGraph } from '../support/graph.js';
import { serveApp, type ServedApp } from '../support/http.js';

const EXAMPLES = join(repoRoot(), 'docs', 'examples');
const MAX_BODY_BYTES = 20_000;

let graph: TestGraph;
let served: ServedApp;
let base: string;

beforeAll(async () => {
  graph = await startTestGraph();
  served = await serveApp(graph.db, { examplesDir: EXAMPLES, maxBodyBytes: MAX_BODY_BYTES, metricsEnabled: false });
  base = served.base;
});
afterAll(async () => {
  await served.close();
  await graph.close();
});

/** Asserts the operation was refused as too complex, for the given limit, without running Cypher. */
function expectTooComplex(result: GqlResult<unknown>, limit: string) {
  expect(result.data ?? undefined).toBeUndefined();
  expect(codes(result).length).toBeGreaterThan(0);
  expect(new Set(codes(result))).toEqual(new Set(['QUERY_TOO_COMPLEX']));
  expect(result.errors!.map((e) => e.extensions?.limit)).toContain(limit);
  expect(result.queries).toBe(0);
}

const EVIDENCE_ABOUT = (first: string) => `
  query EvidenceAbout${first.startsWith('$') ? '($first: Int)' : ''} {
    people(first: ${first}) { nodes { id relations { type evidence { id about { id name } } } } }
  }
`;

describe('operation limits over the real server', () => {
  it('refuses an operation nested deeper than MAX_DEPTH', async () => {
    const hops = 6;
    const query = `{ node(id: "person:vance") { ... on Entity { ${'relations { to { '.repeat(hops)} id ${'} } '.repeat(hops)} } } }`;
    expectTooComplex(await graph.run(query), 'depth');
  });

  it('refuses 50 aliases of the same lookup', async () => {
    const fields = Array.from({ length: 50 }, (_, i) => `a${i}: node(id: "person:vance") { id }`).join('\n');
    expectTooComplex(await graph.run(`{ ${fields} }`), 'aliases');
  });

  it('refuses more directives than MAX_DIRECTIVES', async () => {
    const fields = '__typename @skip(if: false) '.repeat(DEFAULT_LIMITS.maxDirectives + 1);
    expectTooComplex(await graph.run(`{ node(id: "person:vance") { id ${fields} } }`), 'directives');
  });

  it('refuses a document with a huge token count before parsing it all', async () => {
    const query = `{ node(id: "person:vance") { id ${'__typename '.repeat(DEFAULT_LIMITS.maxTokens)} } }`;
    expectTooComplex(await graph.run(query), 'tokens');
  });

  it('refuses 100 people with every relation’s evidence and its subjects, but serves 5', async () => {
    expectTooComplex(await graph.run(EVIDENCE_ABOUT('100')), 'cost');
    const five = await graph.run<{ people: { nodes: unknown[] } }>(EVIDENCE_ABOUT('5'));
    expect(five.errors).toBeUndefined();
    expect(five.data!.people.nodes).toHaveLength(5);
    expect(five.queries).toBeGreaterThan(0);
  });

  it('counts a $first variable the same as a literal', async () => {
    expectTooComplex(await graph.run(EVIDENCE_ABOUT('$first'), { first: 100 }), 'cost');
    const five = await graph.run(EVIDENCE_ABOUT('$first'), { first: 5 });
    expect(five.errors).toBeUndefined();
  });

  it('serves changes(first: 500) with every field of a change, as its argument check allows, and refuses 501 there', async () => {
    const changes = (first: number) => `{ changes(trackId: "track:iran", since: "2000-01-01", first: ${first}) {
      action kind id at by
      node { id ... on Entity { name aliases description } ... on Claim { text kind statedDate approximateDate } }
      relation { id type role status validFrom validTo from { id name } to { id name } evidence { id text } }
    } }`;
    const most = await graph.run<{ changes: unknown[] }>(changes(500));
    expect(most.errors).toBeUndefined();
    expect(most.data!.changes.length).toBeGreaterThan(0);
    const over = await graph.run(changes(501));
    expect(codes(over)).toEqual(['BAD_USER_INPUT']);
    expect(over.errors![0]!.extensions!.argument).toBe('first');
  });

  it('serves 100 people when @include or @skip leaves their evidence out, and refuses them when it is kept', async () => {
    const ifAsked = `query EvidenceIfAsked($withEvidence: Boolean!) {
      people(first: 100) { nodes { id relations @include(if: $withEvidence) { type evidence { id about { id name } } } } }
    }`;
    const without = await graph.run<{ people: { nodes: { relations?: unknown }[] } }>(ifAsked, { withEvidence: false });
    expect(without.errors).toBeUndefined();
    expect(without.data!.people.nodes.length).toBeGreaterThan(0);
    expect(without.data!.people.nodes.every((n) => n.relations === undefined)).toBe(true);
    expectTooComplex(await graph.run(ifAsked, { withEvidence: true }), 'cost');

    const skipped = `{ people(first: 100) { nodes { id ...Evidence @skip(if: true) } } }
      fragment Evidence on Person { relations { type evidence { id about { id name } } } }`;
    expect((await graph.run(skipped)).errors).toBeUndefined();
    expectTooComplex(await graph.run(skipped.replace('@skip(if: true)', '')), 'cost');
  });

  it('answers a missing directive variable with BAD_USER_INPUT, not a server error', async () => {
    const ifAsked =
      'query($withEvidence: Boolean!) { people(first: 100) { nodes { relations @include(if: $withEvidence) { evidence { id } } } } }';
    const result = await graph.run(ifAsked, {});
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.queries).toBe(0);
  });

  it('says how expensive the operation was and what the limit is', async () => {
    const result = await graph.run(EVIDENCE_ABOUT('100'));
    expect(result.errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'cost',
      cost: 111101,
      maxCost: DEFAULT_LIMITS.maxCost,
    });
    expect(result.errors![0]!.message).toMatch(/cost 111101 exceeds the limit of/);
  });

  it('still runs every example operation under the default limits', async () => {
    for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.graphql'))) {
      const result = await graph.run(readFileSync(join(EXAMPLES, file), 'utf8'));
      expect(result.errors, file).toBeUndefined();
    }
  });

  it('hides field suggestions unless asked to show them', async () => {
    const query = '{ node(id: "person:vance") { ... on Person { nme } } }';
    const hidden = await graph.run(query);
    expect(codes(hidden)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(hidden.errors![0]!.message).toBe('Cannot query field "nme" on type "Person".');

    const apollo = createApollo(
      testGraphQLOptions(graph.db, {
        logger: pino({ level: 'silent' }),
        introspection: false,
        limits: { ...DEFAULT_LIMITS, blockFieldSuggestions: false },
      }),
    );
    await apollo.start();
    try {
      const contextValue = createContext(graph.db);
      const shown = await apollo.executeOperation({ query }, { contextValue });
      const introspect = await apollo.executeOperation({ query: '{ __schema { types { name } } }' }, { contextValue });
      if (shown.body.kind !== 'single' || introspect.body.kind !== 'single') throw new Error('Expected single results');
      expect(shown.body.singleResult.errors![0]!.message).toMatch(/Did you mean "name"/);
      expect(introspect.body.singleResult.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      // The operator's switch, not Apollo's constructor option (docker-compose turns it on for the playground).
      expect(introspect.body.singleResult.errors![0]!.message).toMatch(/Set INTROSPECTION=true to turn it on/);
      expect(introspect.body.singleResult.errors![0]!.extensions?.validationErrorCode).toBe('INTROSPECTION_DISABLED');
    } finally {
      await apollo.stop();
    }
  });
});

describe('operation cost', () => {
  const schema = buildSchema(loadTypeDefs(SCHEMA_DIR));
  const cost = (query: string, variables?: Record<string, unknown>) => operationCost(schema, parse(query), { variables });

  it('counts list items, multiplied down the tree, and nothing for scalars or single objects', () => {
    expect(cost('{ node(id: "person:vance") { id } }')).toBe(1);
    expect(cost('{ people(first: 5) { totalCount pageInfo { endCursor } nodes { id name } } }')).toBe(1 + 5);
    expect(cost('{ people(first: 5) { nodes { relations { evidence { speaker { name } } } } } }')).toBe(1 + 5 + 50 + 500);
    expect(cost('{ people(first: 5) { edges { node { institutions { id } } } } }')).toBe(1 + 5 + 50);
  });

  it('takes first from literals, variables, variable defaults and the schema default', () => {
    const byVariable = 'query P($first: Int) { people(first: $first) { nodes { id } } }';
    expect(cost('{ people(first: 7) { nodes { id } } }')).toBe(8);
    expect(cost(byVariable, { first: 7 })).toBe(8);
    expect(cost('query P($first: Int = 7) { people(first: $first) { nodes { id } } }')).toBe(8);
    expect(cost(byVariable)).toBe(21);
    expect(cost('{ search(query: "x") { node { id } } }')).toBe(10);
    expect(cost('{ search(query: "x", first: 3) { node { id } } }')).toBe(3);
  });

  it('counts a nested list’s explicit first, and its default cap as a typical list', () => {
    expect(cost('{ node(id: "person:a") { ... on Person { relations(first: 50) { id } } } }')).toBe(1 + 50);
    expect(cost('{ node(id: "person:a") { ... on Person { relations { id } } } }')).toBe(1 + 10);
    expect(cost('{ node(id: "person:a") { ... on Person { claimsMade(first: 1000) { id } } } }')).toBe(1 + 1000);
  });

  it('caps arguments at what the resolvers accept, so those still answer BAD_USER_INPUT', () => {
    expect(cost('{ people(first: 100000) { nodes { id } } }')).toBe(101);
    expect(cost('{ people(first: -1) { nodes { id } } }')).toBe(1);
  });

  it('counts every item a root field’s argument check accepts: changes up to 500, search up to 50', () => {
    const changes = (first: number) => cost(`{ changes(trackId: "track:iran", since: "2025-01-01", first: ${first}) { id } }`);
    expect([changes(100), changes(500), changes(5000)]).toEqual([100, 500, 500]);
    expect(cost('{ search(query: "x", first: 5000) { node { id } } }')).toBe(50);
  });

  it('grows paths with maxHops squared and neighbourhoods tenfold per depth', () => {
    const paths = (n: number) => cost(`{ paths(from: "person:a", to: "person:b", maxHops: ${n}) { hops { direction } } }`);
    expect([paths(1), paths(3), paths(6), paths(60)]).toEqual([1 + 10, 9 + 90, 36 + 360, 36 + 360]);
    const hood = (d: number) => cost(`{ neighborhood(id: "person:a", depth: ${d}) { center { id } nodes { id } edges { id } } }`);
    expect([hood(1), hood(2), hood(3)]).toEqual([21, 201, 2001]);
  });

  it('follows fragments and ignores introspection', () => {
    const spread = 'query { node(id: "person:a") { ...R } } fragment R on Entity { relations { evidence { id } } }';
    expect(cost(spread)).toBe(1 + 10 + 100);
    expect(cost('{ __schema { types { fields { name } } } }')).toBe(0);
  });

  it('leaves out what @skip and @include leave out, with literals and variables alike', () => {
    expect(cost('{ people(first: 5) { nodes { id relations @skip(if: true) { id } } } }')).toBe(1 + 5);
    expect(cost('{ people(first: 5) { nodes { id relations @include(if: false) { id } } } }')).toBe(1 + 5);
    expect(cost('{ people(first: 5) { nodes { id relations @include(if: true) { id } } } }')).toBe(1 + 5 + 50);
    const spread = 'query R($r: Boolean!) { node(id: "person:a") { ...R @include(if: $r) } } fragment R on Entity { relations { id } }';
    expect([cost(spread, { r: false }), cost(spread, { r: true })]).toEqual([1, 1 + 10]);
    const inline = 'query R($s: Boolean = true) { node(id: "person:a") { ... on Entity @skip(if: $s) { relations { id } } } }';
    expect([cost(inline), cost(inline, { s: false })]).toEqual([1, 1 + 10]);
  });

  it('prices a node of an abstract type by its most expensive runtime type, and a field selected twice once', () => {
    const either =
      '{ node(id: "x") { ... on Person { claimsMade(first: 50) { id } } ... on Institution { claimsMade(first: 30) { id } } } }';
    expect(cost(either)).toBe(1 + 50);
    const twice = '{ node(id: "person:a") { ... on Entity { relations { id } } ... on Person { relations { id } } } }';
    expect(cost(twice)).toBe(1 + 10);
  });

  it('estimates nothing for variables that do not coerce: execution refuses them before any resolver', () => {
    expect(cost('query P($first: Int) { people(first: $first) { nodes { relations { evidence { id } } } } }', { first: 'many' })).toBe(0);
  });

  it('prices the heaviest test operation, 50 people with everything, under the default limit', () => {
    const everything = `query E($first: Int!) { people(first: $first) { nodes {
      institutions { id } relations { from { id } to { id } evidence { speaker { id } source { id } } }
      claimsMade { about { id } } claimsAbout { speaker { id } } } } }`;
    expect(cost(everything, { first: 50 })).toBe(12_051);
    expect(cost(everything, { first: 50 })).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });
});

describe('limits from the configuration', () => {
  it('turns introspection off in production unless INTROSPECTION says otherwise', () => {
    expect(introspectionFromConfig(loadConfig({}))).toBe(true);
    expect(introspectionFromConfig(loadConfig({ NODE_ENV: 'production' }))).toBe(false);
    expect(introspectionFromConfig(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }))).toBe(true);
    expect(introspectionFromConfig(loadConfig({ INTROSPECTION: 'false' }))).toBe(false);
  });

  it('hides field suggestions unless FIELD_SUGGESTIONS=true, and always in production', () => {
    expect(limitsFromConfig(loadConfig({})).blockFieldSuggestions).toBe(true);
    expect(limitsFromConfig(loadConfig({ FIELD_SUGGESTIONS: 'true' })).blockFieldSuggestions).toBe(false);
    expect(limitsFromConfig(loadConfig({ NODE_ENV: 'production', FIELD_SUGGESTIONS: 'true' })).blockFieldSuggestions).toBe(true);
  });

  it('reads every limit from its variable', () => {
    const env = { MAX_DEPTH: '3', MAX_ALIASES: '4', MAX_DIRECTIVES: '5', MAX_TOKENS: '6', MAX_COST: '7' };
    expect(limitsFromConfig(loadConfig(env))).toMatchObject({ maxDepth: 3, maxAliases: 4, maxDirectives: 5, maxTokens: 6, maxCost: 7 });
  });
});

describe('HTTP body limits', () => {
  const post = (body: string) => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers a body over the limit with 413 and a coded JSON error', async () => {
    const query = `{ node(id: "person:vance") { id } } # ${'x'.repeat(MAX_BODY_BYTES)}`;
    const res = await post(JSON.stringify({ query }));
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_REQUEST' });
    expect(body.errors[0]!.extensions.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('answers malformed JSON with 400 and a coded JSON error', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a batch of operations', async () => {
    const op = { query: '{ node(id: "person:vance") { id } }' };
    const res = await post(JSON.stringify([op, op]));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batching/i);
  });
});
