// Over-long text in every String and ID argument of every operation, found by walking the executable schema (so a
// newly added argument is covered without touching this file): each is refused with BAD_USER_INPUT naming the
// argument, before anything runs, over HTTP and over WebSocket, and mutations leave the graph as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { buildExecutableSchema } from '../../src/server/schema.js';
import type { RunningServer } from '../../src/server/start.js';
import { graphChecksum } from '../support/checksum.js';
import { SCHEMA_DIR, startProduct, startTestGraph, type TestGraph, TOKENS } from '../support/graph.js';

/** Past every bound, the longest exception (an article for extractDocument, 60,000 characters) included. */
const OVERLONG = 'x'.repeat(60_001);

/** One String/ID leaf of one argument, and an operation that sends OVERLONG there (and nothing else long). */
interface Target {
  /** `Query.extractDocument(analyst:)` plus the path inside the argument: `Query.claims(filter:) filter.text`. */
  name: string;
  operationType: 'query' | 'mutation' | 'subscription';
  /** The field taking the argument, and the argument path the refusal must name. */
  field: string;
  path: string;
  query: string;
  variables: Record<string, unknown>;
}

/** A small valid value of `type` (required input fields filled, optional ones left out). */
function minimal(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [];
  if (isEnumType(nullable)) return nullable.getValues()[0]!.value;
  if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, minimal(f.type)]));
  }
  const name = getNamedType(nullable).name;
  return name === 'Int' || name === 'Float'
    ? 1
    : name === 'Boolean'
      ? false
      : isScalarType(nullable) && name !== 'String' && name !== 'ID'
        ? {}
        : 'x';
}

/** Every String/ID leaf of an argument's type: its path, and the argument's value with OVERLONG at that leaf. */
function leaves(type: GraphQLInputType, path: string, seen: readonly string[] = []): { path: string; value: unknown }[] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return leaves(nullable.ofType, `${path}[0]`, seen).map((l) => ({ path: l.path, value: [l.value] }));
  if (isInputObjectType(nullable)) {
    if (seen.includes(nullable.name)) return [];
    const base = minimal(nullable) as Record<string, unknown>;
    return Object.values(nullable.getFields()).flatMap((f) =>
      leaves(f.type, `${path}.${f.name}`, [...seen, nullable.name]).map((l) => ({ path: l.path, value: { ...base, [f.name]: l.value } })),
    );
  }
  const name = getNamedType(nullable).name;
  return name === 'String' || name === 'ID' ? [{ path, value: OVERLONG }] : [];
}

/** How to select a type from a root: the text before and after a selection on it (`node(id: $p0) { ... on Person {`). */
interface Route {
  root: GraphQLObjectType;
  open: string;
  close: string;
  variables: Record<string, { type: string; value: unknown }>;
}

/** The arguments a field needs (required ones) as variables named after `prefix`. */
function requiredArguments(field: GraphQLField<unknown, unknown>, prefix: string, except?: string) {
  const args = field.args.filter((a) => a.name !== except && isNonNullType(a.type) && a.defaultValue === undefined);
  const variables = Object.fromEntries(args.map((a, i) => [`${prefix}${i}`, { type: String(a.type), value: minimal(a.type) }]));
  return { text: args.map((a, i) => `${a.name}: $${prefix}${i}`), variables };
}

const selectionOf = (type: GraphQLNamedType) => (isCompositeType(type) ? ' { __typename }' : '');

/** A shortest route from the query root to each composite type, through fields and type conditions. */
function routes(schema: GraphQLSchema): Map<string, Route> {
  const query = schema.getQueryType()!;
  const found = new Map<string, Route>([[query.name, { root: query, open: '', close: '', variables: {} }]]);
  const queue: GraphQLNamedType[] = [query];
  let n = 0;
  while (queue.length > 0) {
    const type = queue.shift()!;
    const route = found.get(type.name)!;
    const next: [GraphQLNamedType, string, string, Route['variables']][] = [];
    if (isAbstractType(type) || isInterfaceType(type)) {
      const refinements = new Set<GraphQLNamedType>(isAbstractType(type) ? schema.getPossibleTypes(type) : []);
      for (const possible of [...refinements]) if (isObjectType(possible)) for (const i of possible.getInterfaces()) refinements.add(i);
      for (const r of refinements) next.push([r, `... on ${r.name} {`, '}', {}]);
    }
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const target = getNamedType(field.type);
        if (!isCompositeType(target)) continue;
        const args = requiredArguments(field, `r${n++}_`);
        const call = args.text.length > 0 ? `(${args.text.join(', ')})` : '';
        next.push([target, `${field.name}${call} {`, '}', args.variables]);
      }
    }
    for (const [target, open, close, variables] of next) {
      if (found.has(target.name)) continue;
      found.set(target.name, {
        root: query,
        open: `${route.open} ${open}`,
        close: `${close} ${route.close}`,
        variables: { ...route.variables, ...variables },
      });
      queue.push(target);
    }
  }
  return found;
}

/** Every String/ID argument leaf of every field reachable from a root, each with an operation sending OVERLONG there. */
function targets(schema: GraphQLSchema): Target[] {
  const out: Target[] = [];
  const add = (
    operationType: Target['operationType'],
    parent: GraphQLNamedType,
    field: GraphQLField<unknown, unknown>,
    route: Pick<Route, 'open' | 'close' | 'variables'>,
  ) => {
    for (const arg of field.args as GraphQLArgument[]) {
      for (const leaf of leaves(arg.type, arg.name)) {
        const others = requiredArguments(field, 'o', arg.name);
        const variables = { ...route.variables, ...others.variables, v: { type: String(arg.type), value: leaf.value } };
        const definitions = Object.entries(variables).map(([name, v]) => `$${name}: ${v.type}`);
        const call = `${field.name}(${[...others.text, `${arg.name}: $v`].join(', ')})${selectionOf(getNamedType(field.type))}`;
        out.push({
          name: `${parent.name}.${field.name}(${arg.name}:) ${leaf.path}`,
          operationType,
          field: field.name,
          path: leaf.path,
          query: `${operationType} Overlong(${definitions.join(', ')}) {${route.open} ${call} ${route.close}}`,
          variables: Object.fromEntries(Object.entries(variables).map(([name, v]) => [name, v.value])),
        });
      }
    }
  };
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  for (const [operationType, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) add(operationType, root!, field, { open: '', close: '', variables: {} });
  }
  // Arguments of nested fields (Person.relations(asOf:), Relation.evidence(attributedTo:) ...), reached from Query.
  for (const [name, route] of routes(schema)) {
    const type = schema.getType(name)!;
    if (type === schema.getQueryType() || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) add('query', type, field, route);
  }
  return out;
}

interface Answer {
  errors?: { message: string; extensions?: { code?: string; argument?: string; field?: string } }[];
}

let graph: TestGraph;
let server: RunningServer;
const ALL = targets(buildExecutableSchema(SCHEMA_DIR));

beforeAll(async () => {
  graph = await startTestGraph();
  // The README's default configuration, with API keys so that mutations reach their checks.
  server = await startProduct();
});
afterAll(async () => {
  await server?.stop();
  await graph?.close();
});

async function post(target: Target): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS.admin}` },
    body: JSON.stringify({ query: target.query, variables: target.variables }),
  });
  return (await response.json()) as Answer;
}

async function overWebSocket(target: Target): Promise<Answer> {
  const client = createClient({ url: `${server.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
  try {
    return await new Promise<Answer>((resolve) => {
      // A subscription that was not refused waits for events: no answer within the bound counts as accepted.
      const timer = setTimeout(() => resolve({}), 5_000);
      const dispose = client.subscribe(
        { query: target.query, variables: target.variables },
        {
          next: (result) => {
            clearTimeout(timer);
            dispose();
            resolve(result as Answer);
          },
          error: (error) => {
            clearTimeout(timer);
            resolve({ errors: Array.isArray(error) ? error : [{ message: String(error) }] });
          },
          complete: () => resolve({}),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

/** What is wrong with an answer to an over-long value: anything but BAD_USER_INPUT naming the field and argument. */
function problem(target: Target, answer: Answer): string | undefined {
  const first = answer.errors?.[0];
  const { code, argument, field } = first?.extensions ?? {};
  if (code === 'BAD_USER_INPUT' && argument === target.path && field === target.field) return undefined;
  return `${target.name}: ${first ? `${code} ${argument} ${field} "${first.message.slice(0, 120)}"` : 'answered data'}`;
}

describe('every String and ID argument has a length limit', () => {
  it('finds the arguments by walking the schema: root and nested fields, input objects and lists', () => {
    const names = ALL.map((t) => t.name);
    expect(names).toContain('Query.extractDocument(analyst:) analyst');
    expect(names).toContain('Query.claims(filter:) filter.text');
    expect(names).toContain('Query.people(filter:) filter.ids[0]');
    expect(names).toContain('Mutation.addClaim(claim:) claim.attribution[0].entity');
    expect(names).toContain('Person.relations(evidence:) evidence.excludeSpeakers[0]');
    expect(names).toContain('Relation.evidence(attributedTo:) attributedTo');
    expect(names).toContain('Subscription.claimAdded(since:) since');
    expect(ALL.length).toBeGreaterThan(100);
  });

  it('refuses an over-long value in each query and mutation argument with BAD_USER_INPUT naming it, and writes nothing', async () => {
    const before = await graphChecksum(graph.db);
    const failures: string[] = [];
    for (const target of ALL.filter((t) => t.operationType !== 'subscription')) {
      const failure = problem(target, await post(target));
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
    expect(await graphChecksum(graph.db)).toBe(before);
  });

  it('refuses an over-long value in each subscription argument over WebSocket the same way', async () => {
    const failures: string[] = [];
    for (const target of ALL.filter((t) => t.operationType === 'subscription')) {
      const failure = problem(target, await overWebSocket(target));
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  });

  it('keeps the documented bounds: an analyst of 1,000 characters is read, 1,001 is refused; an article keeps 60,000', async () => {
    const extract = (text: string, analyst: string) =>
      post({
        name: 'extractDocument',
        operationType: 'query',
        field: 'extractDocument',
        path: 'analyst',
        query: 'query($t: String!, $a: String) { extractDocument(text: $t, source: { title: "T" }, analyst: $a) { claims } }',
        variables: { t: text, a: analyst },
      });
    const article = 'Rubio said the talks would resume. '.repeat(1_700).slice(0, 60_000);
    expect((await extract(article, 'a'.repeat(1_000))).errors).toBeUndefined();
    const refused = await extract('Rubio said the talks would resume.', 'a'.repeat(1_001));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'analyst', field: 'extractDocument' });
    expect(refused.errors?.[0]?.message).toContain('extractDocument(analyst): at most 1000 characters, got 1001');
  });

  it('reports every over-long argument at once, from literals and variables, and runs none of the root fields', async () => {
    const answer = await post({
      name: 'two fields',
      operationType: 'query',
      field: 'people',
      path: 'filter.text',
      query: `query($q: String) { people(filter: { text: $q }) { totalCount } tracks(after: "${'c'.repeat(1_001)}") { totalCount } __typename }`,
      variables: { q: 'p'.repeat(1_001) },
    });
    // Both root fields are non-null: the first refusal nulls the answer and the other field never starts.
    expect((answer as { data?: unknown }).data).toBeNull();
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const problems = (answer.errors![0]!.extensions as { problems: { coordinate: string }[] }).problems.map((p) => p.coordinate);
    expect(problems.sort()).toEqual(['EntityFilter.text', 'Query.tracks(after:)']);
  });
});

describe('ingestDocument: the DocumentInput scalar bounds its own strings', () => {
  it('gives every string of the document schema a maxLength, an enum or a pattern of bounded length', () => {
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, 'document.schema.json'), 'utf8')) as unknown;
    const unbounded: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${path}[${i}]`));
      if (node === null || typeof node !== 'object') return;
      const s = node as Record<string, unknown>;
      // A pattern is bounded when anchored at both ends with no unbounded repetition (*, +, {n,}).
      const boundedPattern = typeof s.pattern === 'string' && /^\^.*\$$/.test(s.pattern) && !/[*+]|\{\d+,\}/.test(s.pattern);
      if (s.type === 'string' && s.maxLength === undefined && s.enum === undefined && s.const === undefined && !boundedPattern) {
        unbounded.push(path);
      }
      for (const [key, value] of Object.entries(s)) walk(value, `${path}/${key}`);
    };
    walk(schema, '');
    expect(unbounded).toEqual([]);
  });
});
