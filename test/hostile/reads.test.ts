// Hostile strings in every read argument that takes text, over the real HTTP server: an analyst gets
// data or a documented refusal, never an internal error or a database message, and the graph is untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecksum } from '../support/checksum.js';
import { ID_ARGUMENT_KINDS, idArguments, idOperation, namesKinds } from './id-arguments.js';
import {
  addMergedIds,
  codesOf,
  forgedCursor,
  HOSTILE_STRINGS,
  inPool,
  INJECTION_STRINGS,
  KINDED_IDS,
  problemsWith,
  send,
  startHostileServer,
  type HostileServer,
} from './corpus.js';

interface Slot {
  name: string;
  /** Only the injection strings (for variants that repeat another slot's argument). */
  injectionOnly?: boolean;
  operation(value: string): { query: string; variables?: Record<string, unknown> };
}

const byVariable = (name: string, type: string, query: string, value: (s: string) => unknown = (s) => s): Slot => ({
  name,
  operation: (s) => ({ query: `query Hostile($v: ${type}) ${query}`, variables: { v: value(s) } }),
});

/** The same argument written into the document as a GraphQL string literal, or pasted in unescaped. */
const inDocument = (name: string, template: (literal: string) => string, escape: boolean): Slot => ({
  name,
  injectionOnly: true,
  operation: (s) => ({ query: template(escape ? JSON.stringify(s) : `"${s}"`) }),
});

const SLOTS: Slot[] = [
  byVariable('node(id)', 'ID!', '{ node(id: $v) { id } }'),
  byVariable('people(filter.text)', 'String', '{ people(first: 5, filter: { text: $v }) { totalCount nodes { id name } } }'),
  byVariable('people(filter.ids)', 'ID!', '{ people(filter: { ids: [$v] }) { totalCount nodes { id } } }'),
  byVariable('people(after)', 'String', '{ people(first: 3, after: $v) { nodes { id } } }'),
  byVariable('people(after: forged cursor)', 'String', '{ people(first: 3, after: $v) { nodes { id } } }', forgedCursor),
  byVariable(
    'tracks(filter.text, by id desc)',
    'String',
    '{ tracks(filter: { text: $v }, orderBy: { field: ID, direction: DESC }) { totalCount } }',
  ),
  byVariable('claims(filter.text)', 'String', '{ claims(first: 5, filter: { text: $v }) { totalCount nodes { id } } }'),
  byVariable('claims(filter.speakerId)', 'ID', '{ claims(filter: { speakerId: $v }) { totalCount } }'),
  byVariable('claims(filter.aboutId)', 'ID', '{ claims(filter: { aboutId: $v }) { totalCount } }'),
  byVariable('claims(filter.sourceId)', 'ID', '{ claims(filter: { sourceId: $v }) { totalCount } }'),
  byVariable('claims(after)', 'String', '{ claims(first: 3, after: $v) { nodes { id } } }'),
  byVariable(
    'claims(after: forged cursor, by date)',
    'String',
    '{ claims(first: 3, after: $v, orderBy: { field: STATED_DATE }) { nodes { id } } }',
    forgedCursor,
  ),
  byVariable('search(query)', 'String!', '{ search(query: $v, first: 5) { score node { id } } }'),
  byVariable('tracksRoutedThrough(personId)', 'ID!', '{ tracksRoutedThrough(personId: $v) { track { id } } }'),
  byVariable('tracksRoutedThrough(asOf)', 'String', '{ tracksRoutedThrough(personId: "person:witkoff", asOf: $v) { track { id } } }'),
  byVariable('paths(from)', 'ID!', '{ paths(from: $v, to: "person:witkoff", maxHops: 2) { length } }'),
  byVariable('paths(to)', 'ID!', '{ paths(from: "person:thiel", to: $v, maxHops: 2) { length } }'),
  byVariable('paths(asOf)', 'String', '{ paths(from: "person:thiel", to: "person:witkoff", maxHops: 3, asOf: $v) { length } }'),
  byVariable(
    'tracksRoutedThrough(evidence.knownAt)',
    'String',
    '{ tracksRoutedThrough(personId: "person:witkoff", evidence: { knownAt: $v }) { track { id } } }',
  ),
  byVariable(
    'paths(evidence.excludeSpeakers)',
    'ID!',
    '{ paths(from: "person:thiel", to: "person:witkoff", maxHops: 3, evidence: { excludeSpeakers: [$v] }) { length } }',
  ),
  byVariable('neighborhood(id)', 'ID!', '{ neighborhood(id: $v) { nodes { id } } }'),
  byVariable('neighborhood(asOf)', 'String', '{ neighborhood(id: "person:witkoff", asOf: $v) { edges { id } } }'),
  byVariable('contradictions(trackId)', 'ID', '{ contradictions(trackId: $v) { claim { id } } }'),
  byVariable('changes(trackId)', 'ID!', '{ changes(trackId: $v, since: "2025-01-01") { id } }'),
  byVariable('changes(since)', 'String!', '{ changes(trackId: "track:ukraine", since: $v) { id } }'),
  byVariable('timeline(from)', 'String', '{ timeline(trackId: "track:ukraine", from: $v) { totalCount } }'),
  byVariable('timeline(to)', 'String', '{ timeline(trackId: "track:ukraine", to: $v) { totalCount } }'),
  byVariable('Entity.relations(asOf)', 'String', '{ node(id: "person:witkoff") { ... on Entity { relations(asOf: $v) { id } } } }'),
  byVariable(
    'PolicyTrack.routedThrough(asOf)',
    'String',
    '{ node(id: "track:ukraine") { ... on PolicyTrack { routedThrough(asOf: $v) { id } } } }',
  ),
  inDocument('node(id) as a string literal', (l) => `{ node(id: ${l}) { id } }`, true),
  inDocument('search(query) as a string literal', (l) => `{ search(query: ${l}) { score } }`, true),
  inDocument('people(filter.text) as a string literal', (l) => `{ people(filter: { text: ${l} }) { totalCount } }`, true),
  inDocument('node(id) pasted unescaped into the document', (l) => `{ node(id: ${l}) { id } }`, false),
  inDocument('search(query) pasted unescaped into the document', (l) => `{ search(query: ${l}) { score } }`, false),
];

/** The two sweeps send a few thousand requests; on a busy two-core machine they need more than the default 30 s. */
const SWEEP_TIMEOUT_MS = 120_000;

let server: HostileServer;
let checksumBefore: string;
const tally = { requests: 0, internal: 0, problems: [] as string[] };

beforeAll(async () => {
  server = await startHostileServer();
  await addMergedIds(server.base);
  checksumBefore = await graphChecksum(server.graph.db);
});
afterAll(async () => {
  const unchanged = (await graphChecksum(server.graph.db)) === checksumBefore;
  console.log(
    `[hostile reads] ${tally.requests} requests (${HOSTILE_STRINGS.length} strings x ${SLOTS.length} argument slots), ` +
      `${tally.internal} internal errors, ` +
      `${tally.problems.length} problems, checksum ${unchanged ? 'unchanged' : 'CHANGED'}`,
  );
  await server.close();
});

describe('hostile strings in read arguments', () => {
  it(
    'answers every text argument x every hostile string with data or a documented refusal, never an internal error or a leak',
    async () => {
      const cases = SLOTS.flatMap((slot) => (slot.injectionOnly ? INJECTION_STRINGS : HOSTILE_STRINGS).map((s) => ({ slot, s })));
      await inPool(cases, 8, async ({ slot, s }) => {
        const answer = await send(server.base, slot.operation(s.value));
        tally.requests += 1;
        if (codesOf(answer).includes('INTERNAL_SERVER_ERROR')) tally.internal += 1;
        for (const problem of problemsWith(answer))
          tally.problems.push(`${slot.name} <- ${s.name}: ${problem} (${answer.text.slice(0, 160)})`);
      });
      expect(tally.problems).toEqual([]);
      expect(tally.requests).toBe(cases.length);
    },
    SWEEP_TIMEOUT_MS,
  );

  it('leaves the graph exactly as it was: same checksum over every node and relationship', async () => {
    expect(await graphChecksum(server.graph.db)).toBe(checksumBefore);
  });

  it('refuses an ill-formed id before asking the database', async () => {
    const before = server.transactions();
    for (const s of INJECTION_STRINGS) {
      expect(codesOf(await send(server.base, SLOTS[0]!.operation(s.value))), s.name).toEqual(['BAD_USER_INPUT']);
    }
    expect(server.transactions() - before).toBe(0);
  });

  it('still answers the analyst questions afterwards', async () => {
    const answer = await send(server.base, { query: '{ tracksRoutedThrough(personId: "person:witkoff") { track { id } } }' });
    expect((answer.body?.data as { tracksRoutedThrough: unknown[] }).tracksRoutedThrough).toHaveLength(3);
  });

  it('search with a dangling Lucene operator ("AND", "x OR") answers data or BAD_USER_INPUT, not INTERNAL_SERVER_ERROR', async () => {
    for (const query of ['AND', 'OR NOT', 'Witkoff AND', 'NOT']) {
      const answer = await send(server.base, { query: 'query($q: String!) { search(query: $q) { score } }', variables: { q: query } });
      expect(problemsWith(answer), query).toEqual([]);
    }
  });
});

describe('well-formed ids of every kind in every id argument of every query', () => {
  const queryIds = idArguments().filter((a) => a.operation === 'query');

  it('knows which kinds of id each id argument of the schema takes', () => {
    expect(queryIds.length).toBeGreaterThan(10);
    expect(queryIds.map((a) => a.name).filter((name) => !ID_ARGUMENT_KINDS[name])).toEqual([]);
  });

  it(
    'answers an id of a kind the argument takes with data (an unknown one: NOT_FOUND or data; a merged one: as its survivor), ' +
      'any other kind with BAD_USER_INPUT naming the kinds it takes',
    async () => {
      const failures: string[] = [];
      const cases = queryIds.flatMap((arg) => KINDED_IDS.map((probe) => ({ arg, probe })));
      await inPool(cases, 8, async ({ arg, probe }) => {
        const kinds = ID_ARGUMENT_KINDS[arg.name] ?? [];
        const answer = await send(server.base, idOperation(arg, probe.id));
        const where = `${arg.name} <- ${probe.name} ${probe.id}`;
        const codes = codesOf(answer);
        failures.push(...problemsWith(answer).map((p) => `${where}: ${p}`));
        if (!kinds.includes(probe.kind)) {
          const message = answer.body?.errors?.[0]?.message ?? '';
          if (codes.join() !== 'BAD_USER_INPUT')
            failures.push(`${where}: ${codes.join() || 'data'}, expected BAD_USER_INPUT (${answer.text.slice(0, 160)})`);
          else if (!namesKinds(message, kinds))
            failures.push(`${where}: "${message}" does not say which kind it takes (${kinds.join(', ')})`);
        } else if (probe.unknown) {
          if (codes.some((c) => c !== 'NOT_FOUND')) failures.push(`${where}: ${codes.join()}, expected NOT_FOUND or data`);
        } else if (codes.length > 0) {
          failures.push(`${where}: ${codes.join()} (${answer.text.slice(0, 160)})`);
        } else if (probe.survivor) {
          const survivor = await send(server.base, idOperation(arg, probe.survivor));
          if (JSON.stringify(answer.body?.data) !== JSON.stringify(survivor.body?.data)) {
            failures.push(`${where}: answers ${answer.text.slice(0, 120)} where ${probe.survivor} answers ${survivor.text.slice(0, 120)}`);
          }
        }
      });
      expect(failures).toEqual([]);
    },
    SWEEP_TIMEOUT_MS,
  );

  it('paths between a merged id and its survivor (one entity) is BAD_USER_INPUT, not INTERNAL_SERVER_ERROR', async () => {
    const answer = await send(server.base, { query: '{ paths(from: "person:witkoff-copy", to: "person:witkoff") { length } }' });
    expect(codesOf(answer), answer.text.slice(0, 200)).toEqual(['BAD_USER_INPUT']);
  });
});
