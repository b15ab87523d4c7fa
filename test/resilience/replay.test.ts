// Replays tell the truth: when the connection dies after Neo4j committed a write but before the server heard
// so, the write is run again, and its answer is what the first run did (never "already exists" or NOT_FOUND
// for its own work). A client retrying with the same Idempotency-Key gets the first answer too.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadQueries } from '../../src/db/cypher-files.js';
import { createDriver, GraphDatabase } from '../../src/db/database.js';
import { sweepReceipts } from '../../src/setup/receipt-sweeper.js';
import { INGEST } from '../support/documents.js';
import { CYPHER_DIR, startTestGraph, TEST_AUTH, TOKENS, type TestGraph } from '../support/graph.js';
import { serveApp, type ServedApp } from '../support/http.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';

let graph: TestGraph;
let proxy: TcpProxy;
let proxied: GraphDatabase;
let served: ServedApp;

beforeAll(async () => {
  graph = await startTestGraph();
  const { uri, user, password } = inject('neo4j');
  proxy = await startTcpProxy(uri);
  proxied = new GraphDatabase(createDriver(proxy.uri, user, password), loadQueries(CYPHER_DIR), {
    database: 'neo4j',
    txTimeoutMs: 15_000,
    commitRetryMs: 30_000,
  });
  served = await serveApp(proxied);
});
afterAll(async () => {
  await served.close();
  await proxied.close();
  await proxy.close();
  await graph.close();
});

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${served.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS.admin}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  // A write's answer also carries its Neo4j bookmark, new on each commit (test/resilience/bookmarks.test.ts checks it).
  const { extensions: _bookmarks, ...answer } = (await res.json()) as Answer & { extensions?: unknown };
  return answer;
}

/** Runs the operation with the answer to its first COMMIT lost; fails if no commit was cut. */
async function withLostCommit(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  let cut = false;
  void proxy.cutAfterNextCommit().then(() => (cut = true));
  const answer = await post(query, variables);
  expect(cut, 'the connection was cut after a commit').toBe(true);
  return answer;
}

const CREATE = 'mutation($input: EntityInput!) { createEntity(input: $input) { id name } }';
const person = (name: string) => ({ kind: 'PERSON', name });
const count = async (cypher: string, params: Record<string, unknown>) => Number((await graph.db.readPlain(cypher, params))[0]!.n);
const entities = (id: string) => count('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id });

async function created(name: string): Promise<string> {
  const answer = await post(CREATE, { input: person(name) });
  expect(answer.errors).toBeUndefined();
  return (answer.data!.createEntity as { id: string }).id;
}

async function claimOn(text: string): Promise<string> {
  const answer = await post(
    'mutation($claim: ClaimInput!) { addClaim(sourceId: "source:espreso-parallel-realities", claim: $claim) { id } }',
    {
      claim: { text, kind: 'FACT', speaker: 'person:witkoff', about: ['track:iran'] },
    },
  );
  expect(answer.errors).toBeUndefined();
  return (answer.data!.addClaim as { id: string }).id;
}

describe('a write whose commit answer was lost', () => {
  it('createEntity answers the entity it created, not "already exists"', async () => {
    const answer = await withLostCommit(CREATE, { input: person('Replay Envoy') });
    expect(answer).toEqual({ data: { createEntity: { id: 'person:replay-envoy', name: 'Replay Envoy' } } });
    expect(await entities('person:replay-envoy')).toBe(1);
  });

  it('deleteEntity answers the id it deleted, not NOT_FOUND', async () => {
    const id = await created('Replay Deleted');
    const answer = await withLostCommit('mutation($id: ID!) { deleteEntity(id: $id) }', { id });
    expect(answer).toEqual({ data: { deleteEntity: id } });
    expect(await entities(id)).toBe(0);
  });

  it('mergeEntities answers the survivor, not NOT_FOUND for the id it merged away', async () => {
    const survivorId = await created('Replay Survivor');
    const mergedId = await created('Replay Duplicate');
    const merge = 'mutation($s: ID!, $m: ID!) { mergeEntities(survivorId: $s, mergedId: $m) { id aliases } }';
    const answer = await withLostCommit(merge, { s: survivorId, m: mergedId });
    expect(answer).toEqual({ data: { mergeEntities: { id: survivorId, aliases: ['Replay Duplicate'] } } });
    expect(await entities(mergedId)).toBe(0);
  });

  it('updateEntity answers the entity as updated', async () => {
    const id = await created('Replay Updated');
    const update = 'mutation($id: ID!) { updateEntity(id: $id, patch: { addAliases: ["R. Updated"] }) { id aliases } }';
    expect(await withLostCommit(update, { id })).toEqual({ data: { updateEntity: { id, aliases: ['R. Updated'] } } });
  });

  it('addClaim, retractClaim and linkClaims answer the claim they wrote', async () => {
    const added = await withLostCommit(
      'mutation($claim: ClaimInput!) { addClaim(sourceId: "source:espreso-parallel-realities", claim: $claim) { text } }',
      { claim: { text: 'Replay: the envoy flew home.', kind: 'FACT', speaker: 'person:witkoff', about: ['track:iran'] } },
    );
    expect(added).toEqual({ data: { addClaim: { text: 'Replay: the envoy flew home.' } } });

    const retracted = await claimOn('Replay: a claim to retract.');
    const retract = 'mutation($id: ID!) { retractClaim(id: $id, reason: "misquoted") { id retraction { reason } } }';
    expect(await withLostCommit(retract, { id: retracted })).toEqual({
      data: { retractClaim: { id: retracted, retraction: { reason: 'misquoted' } } },
    });

    const [from, to] = [await claimOn('Replay: the talks resume.'), await claimOn('Replay: the talks are off.')];
    const link = 'mutation($from: ID!, $to: ID!) { linkClaims(fromId: $from, toId: $to, kind: CONTRADICTS) { id } }';
    expect(await withLostCommit(link, { from, to })).toEqual({ data: { linkClaims: { id: from } } });
  });

  it('ingestDocument answers what it created, not "unchanged"', async () => {
    const note = {
      source: { title: 'Replay note', url: 'https://example.org/replay/note' },
      entities: [{ kind: 'INSTITUTION', name: 'Replay Desk' }],
      claims: [{ text: 'Replay Desk: the envoy met the delegation.', kind: 'FACT', speaker: 'Replay Desk', about: ['Witkoff'] }],
    };
    const answer = await withLostCommit(INGEST, { input: note });
    expect(answer.errors).toBeUndefined();
    const { created, changes } = answer.data!.ingestDocument as { created: number; changes: { kind: string; action: string }[] };
    expect(created).toBeGreaterThanOrEqual(3);
    for (const kind of ['SOURCE', 'CLAIM']) expect(changes.find((c) => c.kind === kind)?.action, kind).toBe('CREATE');
  });
});

describe('a client retry with an Idempotency-Key', () => {
  it('gets the first answer again, and a key reused for another request is refused', async () => {
    const key = { 'idempotency-key': 'client-retry-0001' };
    const first = await post(CREATE, { input: person('Idempotent Envoy') }, key);
    expect(first).toEqual({ data: { createEntity: { id: 'person:idempotent-envoy', name: 'Idempotent Envoy' } } });
    expect(await post(CREATE, { input: person('Idempotent Envoy') }, key)).toEqual(first);
    const other = await post(CREATE, { input: person('Someone Else') }, key);
    expect(other.errors?.map((e) => [e.extensions.code, e.extensions.argument])).toEqual([['BAD_USER_INPUT', 'Idempotency-Key']]);
    const unkeyed = await post(CREATE, { input: person('Idempotent Envoy') });
    expect(unkeyed.errors?.map((e) => e.message)).toEqual(['person:idempotent-envoy already exists']);
    expect(await entities('person:idempotent-envoy')).toBe(1);
  });
});

describe('Idempotency-Keys of different callers', () => {
  const secret = new TextEncoder().encode(TEST_AUTH.JWT_SECRET);
  const editorToken = (sub: string) =>
    new SignJWT({ roles: ['editor'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(secret);

  it('never answer one editor with another\'s receipt, even where subject and key joined with ":" read the same', async () => {
    // `jwt:desk:east` + `shared-0001` and `jwt:desk` + `east:shared-0001`: two callers, two keys.
    const first = await post(
      CREATE,
      { input: person('Receipt Owner East') },
      { authorization: `Bearer ${await editorToken('desk:east')}`, 'idempotency-key': 'shared-0001' },
    );
    expect(first.errors).toBeUndefined();
    const second = await post(
      CREATE,
      { input: person('Receipt Owner Desk') },
      { authorization: `Bearer ${await editorToken('desk')}`, 'idempotency-key': 'east:shared-0001' },
    );
    expect(second).toEqual({ data: { createEntity: { id: 'person:receipt-owner-desk', name: 'Receipt Owner Desk' } } });
    expect(await entities('person:receipt-owner-desk')).toBe(1);
  });
});

describe('receipts', () => {
  it('are kept for WRITE_RECEIPT_TTL_HOURS, then swept', async () => {
    await created('Receipt Keeper');
    const receipts = () => count('MATCH (r:WriteReceipt) RETURN count(r) AS n', {});
    const before = await receipts();
    expect(before).toBeGreaterThan(0);
    expect(await sweepReceipts(graph.db, 24)).toBe(0);
    expect(await sweepReceipts(graph.db, 0)).toBe(before);
    expect(await receipts()).toBe(0);
  });
});
