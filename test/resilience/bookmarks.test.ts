// Read your own writes across instances: two API instances on one Neo4j; a mutation through A answers its
// bookmark, and a read through B that sends it back waits for (and sees) the write. A bookmark Neo4j does not
// know, or one that is not a bookmark at all, gets BAD_USER_INPUT, not a 500: the bookmark reaches the database.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { productConfig, startTestGraph, TOKENS } from '../support/graph.js';

const SOURCE = 'source:espreso-parallel-realities';
const ADD_CLAIM = `mutation($claim: ClaimInput!) { addClaim(sourceId: "${SOURCE}", claim: $claim) { id } }`;
const READ_CLAIM = 'query($id: ID!) { node(id: $id) { id ... on Claim { text } } }';

interface Answer {
  status: number;
  header: string | null;
  body: {
    data?: Record<string, { id: string; text?: string } | null>;
    errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
    extensions?: { bookmarks?: string[] };
  };
}

async function post(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown>,
  options: { token?: string; bookmarks?: string; extensions?: Record<string, unknown> } = {},
): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.bookmarks === undefined ? {} : { 'neo4j-bookmarks': options.bookmarks }),
    },
    body: JSON.stringify({ query, variables, ...(options.extensions ? { extensions: options.extensions } : {}) }),
  });
  return { status: response.status, header: response.headers.get('neo4j-bookmarks'), body: (await response.json()) as Answer['body'] };
}

describe('bookmarks across two API instances on one database', () => {
  let a: RunningServer;
  let b: RunningServer;

  beforeAll(async () => {
    const seeded = await startTestGraph();
    await seeded.close();
    const config = productConfig();
    [a, b] = await Promise.all([
      startServer(config, pino({ level: 'silent' }), config.NEO4J_URI!),
      startServer(config, pino({ level: 'silent' }), config.NEO4J_URI!),
    ]);
    await Promise.all([a.schemaReady, b.schemaReady]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('an analyst who adds a claim through A and reads it through B with the bookmark sees it there', async () => {
    const text = 'Witkoff met the envoy in Doha on Tuesday.';
    const added = await post(
      a,
      ADD_CLAIM,
      { claim: { text, kind: 'FACT', speaker: 'person:witkoff', about: ['track:iran'] } },
      { token: TOKENS.editor },
    );
    expect(added.body.errors).toBeUndefined();
    const bookmarks = added.body.extensions?.bookmarks ?? [];
    expect(bookmarks.length).toBeGreaterThan(0);
    expect(added.header).toBe(bookmarks.join(','));
    const id = added.body.data!.addClaim!.id;

    // The header as it came back, and the same bookmarks as a request extension.
    const viaHeader = await post(b, READ_CLAIM, { id }, { bookmarks: added.header! });
    expect(viaHeader.body.errors).toBeUndefined();
    expect(viaHeader.body.data?.node).toEqual({ id, text });
    const viaExtension = await post(b, READ_CLAIM, { id }, { extensions: { bookmarks } });
    expect(viaExtension.body.data?.node).toEqual({ id, text });
    // A read writes nothing, so it hands back no bookmark.
    expect(viaHeader.header).toBeNull();
    expect(viaHeader.body.extensions?.bookmarks).toBeUndefined();
  });

  it('a second write through B sent with A’s bookmark answers a bookmark of its own', async () => {
    const first = await post(
      a,
      ADD_CLAIM,
      { claim: { text: 'Kyiv is waiting for the talks.', kind: 'FACT', speaker: 'person:witkoff', about: ['track:ukraine'] } },
      { token: TOKENS.editor },
    );
    const second = await post(
      b,
      ADD_CLAIM,
      { claim: { text: 'The talks moved to Riyadh.', kind: 'FACT', speaker: 'person:witkoff', about: ['track:ukraine'] } },
      { token: TOKENS.editor, bookmarks: first.header! },
    );
    expect(second.body.errors).toBeUndefined();
    expect(second.header).toMatch(/\S/);
    expect(second.header).not.toBe(first.header);
  });

  it('refuses a bookmark that is not one with BAD_USER_INPUT before anything runs', async () => {
    for (const bookmarks of ['not a bookmark!', 'FB:abc,,FB:def', Array.from({ length: 17 }, (_, i) => `FB:x${i}`).join(',')]) {
      const answer = await post(b, READ_CLAIM, { id: 'claim:none' }, { bookmarks });
      expect(answer.status, bookmarks).toBeLessThan(500);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_BOOKMARK' });
      expect(answer.body.data ?? null).toBeNull();
    }
    const notAList = await post(b, READ_CLAIM, { id: 'claim:none' }, { extensions: { bookmarks: 'FB:abc' } });
    expect(notAList.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('passes a well-formed bookmark Neo4j never issued on to Neo4j, which refuses it: BAD_USER_INPUT, not a 500', async () => {
    const answer = await post(b, READ_CLAIM, { id: 'claim:none' }, { bookmarks: 'FB:kcwQnotARealBookmarkAtAll' });
    expect(answer.status).toBeLessThan(500);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_BOOKMARK' });
  });
});
