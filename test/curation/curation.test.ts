// Curating the graph: entities created, corrected and merged; claims added, retracted and linked.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codes, startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.close());
// Each test starts from the seeded graph and writes what it needs itself.
beforeEach(() => graph.reset());

const editor = { token: TOKENS.editor };
const admin = { token: TOKENS.admin };
const KELLOGG = { kind: 'PERSON', name: 'Keith Kellogg', aliases: ['General Kellogg'], description: 'U.S. special envoy.' };
const createKellogg = () => graph.data(`mutation($input: EntityInput!) { createEntity(input: $input) { id } }`, { input: KELLOGG }, editor);
const count = async () => (await graph.db.readPlain('MATCH (n) RETURN count(n) AS n, COUNT { ()-->() } AS r', {}))[0];

describe('entities', () => {
  it('creates an entity with a derived id and refuses a second one with the same id', async () => {
    const create = `mutation($input: EntityInput!) { createEntity(input: $input) { id name aliases __typename } }`;
    const input = KELLOGG;
    const { createEntity } = await graph.data<{ createEntity: Record<string, unknown> }>(create, { input }, editor);
    expect(createEntity).toEqual({ id: 'person:keith-kellogg', name: 'Keith Kellogg', aliases: ['General Kellogg'], __typename: 'Person' });
    expect(codes(await graph.run(create, { input }, editor))).toEqual(['BAD_USER_INPUT']);
  });

  it('updates names and aliases, and the new alias resolves in search', async () => {
    await createKellogg();
    const update =
      'mutation { updateEntity(id: "person:keith-kellogg", ' +
      'patch: { addAliases: ["Envoy Kellogg"], description: "Retired general." }) { aliases description } }';
    const { updateEntity } = await graph.data<{ updateEntity: { aliases: string[]; description: string } }>(update, {}, editor);
    expect(updateEntity.aliases).toEqual(['General Kellogg', 'Envoy Kellogg']);
    expect(updateEntity.description).toBe('Retired general.');
    const { search } = await graph.data<{ search: { node: { id: string } }[] }>(
      `{ search(query: "Envoy Kellogg", first: 3) { node { id } } }`,
    );
    expect(search[0]?.node.id).toBe('person:keith-kellogg');
  });

  it('merges a duplicate: relations and claims move to the survivor and the old id resolves to it', async () => {
    const dupe = { kind: 'PERSON', name: 'S. Witkoff' };
    await graph.data(`mutation($input: EntityInput!) { createEntity(input: $input) { id } }`, { input: dupe }, editor);
    const source = 'source:espreso-parallel-realities';
    await graph.data(
      `mutation($claim: ClaimInput!) { addClaim(sourceId: "${source}", claim: $claim) { id } }`,
      { claim: { text: 'A duplicate speaks.', kind: 'FACT', speaker: 'person:s-witkoff', about: ['person:s-witkoff', 'track:iran'] } },
      editor,
    );
    const merge = `mutation { mergeEntities(survivorId: "person:witkoff", mergedId: "person:s-witkoff") { id aliases claimsMade { text } } }`;
    expect(codes(await graph.run(merge, {}, editor))).toEqual(['FORBIDDEN']);
    const { mergeEntities } = await graph.data<{ mergeEntities: { id: string; aliases: string[]; claimsMade: { text: string }[] } }>(
      merge,
      {},
      admin,
    );
    expect(mergeEntities.id).toBe('person:witkoff');
    expect(mergeEntities.aliases).toContain('S. Witkoff');
    expect(mergeEntities.claimsMade.map((c) => c.text)).toContain('A duplicate speaks.');
    const { node } = await graph.data<{ node: { id: string } }>(`{ node(id: "person:s-witkoff") { id } }`);
    expect(node.id).toBe('person:witkoff');
    const { tracksRoutedThrough } = await graph.data<{ tracksRoutedThrough: unknown[] }>(
      `{ tracksRoutedThrough(personId: "person:witkoff") { track { id } } }`,
    );
    expect(tracksRoutedThrough).toHaveLength(3);
  });

  it('deletes only as admin, and never an entity that spoke a claim', async () => {
    await createKellogg();
    const del = (id: string) => `mutation { deleteEntity(id: "${id}") }`;
    expect(codes(await graph.run(del('person:keith-kellogg'), {}, editor))).toEqual(['FORBIDDEN']);
    expect(codes(await graph.run(del('person:vance'), {}, admin))).toEqual(['BAD_USER_INPUT']);
    expect(await graph.data(del('person:keith-kellogg'), {}, admin)).toEqual({ deleteEntity: 'person:keith-kellogg' });
    expect(codes(await graph.run(`{ node(id: "person:keith-kellogg") { id } }`))).toEqual(['NOT_FOUND']);
  });
});

describe('claims', () => {
  it('retracts a claim: it leaves default answers, stays visible on request with who, when and why', async () => {
    const retract = `mutation { retractClaim(id: "claim:vance-next-100-days", reason: "Misattributed in the test.") { id retraction { by at reason } } }`;
    const { retractClaim } = await graph.data<{ retractClaim: { retraction: { by: string; at: string; reason: string } } }>(
      retract,
      {},
      editor,
    );
    expect(retractClaim.retraction).toMatchObject({ by: 'api-key-2', reason: 'Misattributed in the test.' });
    expect(Date.parse(retractClaim.retraction.at)).not.toBeNaN();

    const pairs = `query($all: Boolean) { contradictions(trackId: "track:ukraine", includeRetracted: $all) { claim { id } contradictingClaim { id } } }`;
    const ids = (r: { contradictions: { claim: { id: string }; contradictingClaim: { id: string } }[] }) =>
      r.contradictions.flatMap((c) => [c.claim.id, c.contradictingClaim.id]);
    expect(ids(await graph.data(pairs, { all: false }))).not.toContain('claim:vance-next-100-days');
    expect(ids(await graph.data(pairs, { all: true }))).toContain('claim:vance-next-100-days');

    const made = await graph.data<{ node: { claimsMade: { id: string }[] } }>(
      `{ node(id: "person:vance") { ... on Person { claimsMade { id } } } }`,
    );
    expect(made.node.claimsMade.map((c) => c.id)).not.toContain('claim:vance-next-100-days');
    const listed = await graph.data<{ claims: { nodes: { id: string }[] } }>(
      `{ claims(first: 100, filter: { speakerId: "person:vance", includeRetracted: true }) { nodes { id } } }`,
    );
    expect(listed.claims.nodes.map((c) => c.id)).toContain('claim:vance-next-100-days');
  });

  it('links two claims as supporting, and refuses a claim linked to itself', async () => {
    const link = (from: string, to: string) =>
      `mutation { linkClaims(fromId: "${from}", toId: "${to}", kind: SUPPORTS) { id supports { id } } }`;
    const { linkClaims } = await graph.data<{ linkClaims: { supports: { id: string }[] } }>(
      link('claim:white-house-same-order-twice', 'claim:trump-chaos-extends-to-team'),
      {},
      editor,
    );
    expect(linkClaims.supports.map((c) => c.id)).toContain('claim:trump-chaos-extends-to-team');
    expect(codes(await graph.run(link('claim:thiel-behind-vance', 'claim:thiel-behind-vance'), {}, editor))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await graph.run(link('claim:thiel-behind-vance', 'claim:nope'), {}, editor))).toEqual(['NOT_FOUND']);
  });

  it('refuses every write without a token, or with a reader token, and writes nothing', async () => {
    const before = await count();
    const writes = [
      `mutation { createEntity(input: { kind: PERSON, name: "Nobody" }) { id } }`,
      `mutation { retractClaim(id: "claim:thiel-behind-vance", reason: "x") { id } }`,
      `mutation { linkClaims(fromId: "claim:thiel-behind-vance", toId: "claim:all-roads-through-witkoff", kind: CONTRADICTS) { id } }`,
    ];
    for (const op of writes) {
      expect(codes(await graph.run(op))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await graph.run(op, {}, { token: TOKENS.reader }))).toEqual(['FORBIDDEN']);
    }
    expect(await count()).toEqual(before);
  });
});
