// Live updates across instances: two servers on one Neo4j, a graphql-ws subscriber on B, writes through A.
import { createClient, type Client } from 'graphql-ws';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { logChanges } from '../../src/db/change-log.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { productConfig, startTestGraph, TOKENS } from '../support/graph.js';

const SOURCE = 'source:espreso-parallel-realities';
const ADD_CLAIM = `mutation($claim: ClaimInput!) { addClaim(sourceId: "${SOURCE}", claim: $claim) { id } }`;
const CLAIM_ADDED = `subscription($trackId: ID, $since: String) {
  claimAdded(trackId: $trackId, since: $since) { cursor claimId speakerId trackIds claim { id text } }
}`;

interface Subscription {
  events: Record<string, unknown>[];
  errors: unknown[];
  /** Resolves with the n-th event (1-based) or rejects after `ms`. */
  nth(n: number, ms?: number): Promise<Record<string, unknown>>;
  dispose(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('subscriptions over graphql-ws', () => {
  let a: RunningServer;
  let b: RunningServer;
  const clients: Client[] = [];
  let stopped = false;

  const client = (server: RunningServer, token?: string, onClosed?: (code: number) => void): Client => {
    const c = createClient({
      url: server.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      on: { closed: (event) => onClosed?.((event as { code: number }).code) },
    });
    clients.push(c);
    return c;
  };

  const subscribe = (c: Client, query: string, variables: Record<string, unknown> = {}): Subscription => {
    const events: Record<string, unknown>[] = [];
    const errors: unknown[] = [];
    const dispose = c.subscribe(
      { query, variables },
      {
        next: (result) => (result.errors ? errors.push(...result.errors) : events.push(result.data as Record<string, unknown>)),
        error: (error) => errors.push(error),
        complete: () => undefined,
      },
    );
    // A bound on waiting, not a latency assertion (bench:subscriptions measures delivery latency).
    const nth = async (n: number, ms = 10_000) => {
      const until = Date.now() + ms;
      while (events.length < n) {
        if (Date.now() > until) throw new Error(`no event ${n} within ${ms} ms (errors: ${JSON.stringify(errors)})`);
        await sleep(10);
      }
      return events[n - 1]!;
    };
    return { events, errors, nth, dispose };
  };

  const post = async (server: RunningServer, query: string, variables: Record<string, unknown>, token: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: Record<string, { id: string }>;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
  };

  beforeAll(async () => {
    const seeded = await startTestGraph();
    await seeded.close();
    const config = productConfig({
      READS_REQUIRE_AUTH: 'true',
      SUBSCRIPTIONS_PER_CONNECTION: '2',
      SUBSCRIPTION_POLL_MS: '250',
      MAX_DEPTH: '8',
    });
    [a, b] = await Promise.all([
      startServer(config, pino({ level: 'silent' }), config.NEO4J_URI!),
      startServer(config, pino({ level: 'silent' }), config.NEO4J_URI!),
    ]);
    await Promise.all([a.schemaReady, b.schemaReady]);
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    if (!stopped) await Promise.all([a?.stop(), b?.stop()]);
  });

  it('delivers a claim added through instance A to a subscriber on instance B within 2 s, and a rolled-back write sends nothing', async () => {
    const sub = subscribe(client(b, TOKENS.reader), CLAIM_ADDED, { trackId: 'track:iran' });
    await sleep(600); // the subscription is registered and B's poller has its cursor

    // Rolled back after its change event was logged in the transaction: nothing may reach the subscriber.
    let logged = false;
    await expect(
      a.db.transaction('WRITE', async (tx) => {
        await logChanges(tx, a.db, [{ kind: 'CLAIM_ADDED', claimId: 'claim:rolled-back', speakerId: 'person:witkoff' }]);
        logged = true;
        throw new Error('rolled back');
      }),
    ).rejects.toThrow();
    expect(logged).toBe(true);
    // Refused by validation: nothing written, nothing sent.
    const refused = await post(
      a,
      ADD_CLAIM,
      { claim: { text: 'Nobody said this.', kind: 'FACT', speaker: 'person:nobody-at-all', about: ['track:iran'] } },
      TOKENS.editor,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Not about the subscribed track: filtered out.
    await post(
      a,
      ADD_CLAIM,
      { claim: { text: 'Kyiv is waiting.', kind: 'FACT', speaker: 'person:witkoff', about: ['track:ukraine'] } },
      TOKENS.editor,
    );

    const added = await post(
      a,
      ADD_CLAIM,
      { claim: { text: 'Talks with Tehran resume.', kind: 'FACT', speaker: 'person:witkoff', about: ['track:iran'] } },
      TOKENS.editor,
    );
    const claimId = added.data?.addClaim?.id;
    expect(claimId).toMatch(/^claim:/);
    const event = (await sub.nth(1)).claimAdded as Record<string, unknown>;
    expect(event).toMatchObject({
      claimId,
      speakerId: 'person:witkoff',
      trackIds: ['track:iran'],
      claim: { id: claimId, text: 'Talks with Tehran resume.' },
    });
    await sleep(600);
    expect(sub.events).toHaveLength(1);
    expect(sub.errors).toEqual([]);

    // A client that reconnects replays from its last cursor (within the log's retention).
    const before = String(Number(event.cursor) - 1);
    const replay = subscribe(client(a, TOKENS.reader), CLAIM_ADDED, { trackId: 'track:iran', since: before });
    expect(((await replay.nth(1)).claimAdded as Record<string, unknown>).claimId).toBe(claimId);
    sub.dispose();
    replay.dispose();
  });

  it('reports contradictions and relation changes from curation writes', async () => {
    const c = client(b, TOKENS.reader);
    const contradictions = subscribe(c, 'subscription { contradictionAdded(trackId: "track:iran") { claimId contradictedId trackIds } }');
    const relations = subscribe(c, 'subscription { relationChanged(entityId: "person:witkoff") { relationId entityIds } }');
    await sleep(600);
    const first = await post(
      a,
      ADD_CLAIM,
      { claim: { text: 'Iran talks are on.', kind: 'FACT', speaker: 'person:witkoff', about: ['track:iran'] } },
      TOKENS.editor,
    );
    const second = await post(
      a,
      ADD_CLAIM,
      { claim: { text: 'Iran talks are off.', kind: 'FACT', speaker: 'person:witkoff', about: ['track:iran'] } },
      TOKENS.editor,
    );
    const [from, to] = [second.data!.addClaim!.id, first.data!.addClaim!.id];
    const linked = await post(a, `mutation { linkClaims(fromId: "${from}", toId: "${to}", kind: CONTRADICTS) { id } }`, {}, TOKENS.editor);
    expect(linked.errors).toBeUndefined();
    expect((await contradictions.nth(1)).contradictionAdded).toEqual({ claimId: from, contradictedId: to, trackIds: ['track:iran'] });

    const relation = { type: 'PARTICIPATED_IN', from: 'person:witkoff', to: 'event:rome-talks', evidence: ['#0'] };
    const doc = {
      source: { title: 'A subscription test source', kind: 'ARTICLE', publishedDate: '2026-11-01' },
      claims: [
        { text: 'Witkoff was at the Rome talks.', kind: 'FACT', speaker: 'person:witkoff', about: ['event:rome-talks'] },
        {
          text: 'Witkoff skipped Rome to talk about Iran.',
          kind: 'REPORT',
          speaker: 'person:witkoff',
          about: ['track:iran'],
          contradicts: ['#0'],
        },
      ],
      relations: [relation],
    };
    const ingested = await post(
      a,
      'mutation($input: DocumentInput!) { ingestDocument(input: $input) { created } }',
      { input: doc },
      TOKENS.editor,
    );
    expect(ingested.errors).toBeUndefined();
    const changed = (await relations.nth(1)).relationChanged as { entityIds: string[] };
    expect(changed.entityIds).toEqual(['person:witkoff', 'event:rome-talks']);
    // The document's second claim contradicts its first: logged by the ingest, about track:iran through the second.
    expect((await contradictions.nth(2)).contradictionAdded).toMatchObject({ trackIds: ['track:iran'] });
    expect(contradictions.events).toHaveLength(2);
  });

  it('refuses a connection without a token when reads require auth, and a bad token always', async () => {
    for (const token of [undefined, 'not-a-known-key-at-all']) {
      let closedWith: number | undefined;
      const sub = subscribe(
        client(b, token, (code) => (closedWith = code)),
        CLAIM_ADDED,
      );
      for (let i = 0; i < 100 && closedWith === undefined; i++) await sleep(20);
      expect(closedWith).toBe(4403);
      expect(sub.events).toEqual([]);
    }
  });

  it('refuses a socket opened by a page from an origin CORS_ORIGINS does not allow, and accepts allowed, own and origin-less ones', async () => {
    const open = (origin?: string) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(b.url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws', origin ? { origin } : {});
        socket.on('open', () => {
          socket.close();
          resolve(101);
        });
        socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        socket.on('error', () => resolve(-1));
      });
    expect(await open('https://evil.example')).toBe(403);
    expect(await open('http://localhost:3000')).toBe(101);
    expect(await open(b.url)).toBe(101);
    expect(await open()).toBe(101);
  });

  it('caps subscriptions per connection and applies the operation limits', async () => {
    const c = client(b, TOKENS.reader);
    const held = [subscribe(c, CLAIM_ADDED), subscribe(c, CLAIM_ADDED)];
    const third = subscribe(c, CLAIM_ADDED);
    for (let i = 0; i < 100 && third.errors.length === 0; i++) await sleep(20);
    expect(third.errors).toMatchObject([[{ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'subscriptions', maxSubscriptions: 2 } }]]);
    held.forEach((s) => s.dispose());

    const nested = 'claimsMade { speaker { '.repeat(4) + 'id' + ' } }'.repeat(4);
    const deep = subscribe(c, `subscription { claimAdded { claim { speaker { ${nested} } } } }`);
    for (let i = 0; i < 100 && deep.errors.length === 0; i++) await sleep(20);
    expect(deep.errors).toMatchObject([[{ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth' } }]]);

    const broken = subscribe(c, 'subscription { claimAdded { cursor ');
    for (let i = 0; i < 100 && broken.errors.length === 0; i++) await sleep(20);
    expect(broken.errors).toMatchObject([[{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }]]);

    const query = subscribe(c, '{ tracks { totalCount } }');
    for (let i = 0; i < 100 && query.errors.length === 0; i++) await sleep(20);
    expect(query.errors).toMatchObject([[{ extensions: { code: 'BAD_USER_INPUT' } }]]);

    const overHttp = await post(a, CLAIM_ADDED, {}, TOKENS.reader);
    expect(overHttp.errors?.[0]?.message).toMatch(/WebSocket/);
  });

  it('stops gracefully with subscribers connected: they are told the server is going away (1001)', async () => {
    let closedWith: number | undefined;
    const sub = subscribe(
      client(b, TOKENS.reader, (code) => (closedWith = code)),
      CLAIM_ADDED,
    );
    await sleep(300);
    stopped = true;
    expect(await Promise.all([a.stop(), b.stop()])).toEqual([true, true]);
    for (let i = 0; i < 100 && closedWith === undefined; i++) await sleep(20);
    expect(closedWith).toBe(1001);
    expect(sub.events).toEqual([]);
  });
});
