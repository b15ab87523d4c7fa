// Downloads that stall must not starve the database pool (#19 part 1): exports are admitted per client and
// in all, a client that stops reading is cut after EXPORT_IDLE_TIMEOUT_MS, GraphQL keeps its share of the pool,
// and a request that finds no free connection gets DATABASE_UNAVAILABLE with Retry-After, not a 500.
// The whole product (startServer) over a graph whose export (about 13 MB of JSON) is far bigger than the
// socket buffers, so a client that stops reading keeps its export's transaction open.
import { connect, type Socket } from 'node:net';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { INGEST } from '../support/documents.js';
import { productConfig, startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
const servers: RunningServer[] = [];
const sockets: Socket[] = [];

beforeAll(async () => {
  graph = await startTestGraph();
  // 20,000 made-up institutions with a long description each: test data only, written directly because the
  // size, not the content, is what matters here.
  await graph.db.write(
    `UNWIND range(1, 20000) AS i
     CREATE (:Entity:Institution {id: 'institution:slow-reader-' + i, name: 'Slow reader test desk ' + i, aliases: [],
       description: $text})`,
    { text: 'A made-up desk that exists to make an export big. '.repeat(12) },
  );
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const server of servers.splice(0)) await server.stop();
});
afterAll(async () => {
  await graph?.close();
});

async function serve(overrides: Record<string, string> = {}): Promise<RunningServer> {
  const config = productConfig(overrides);
  const server = await startServer(config, pino({ level: process.env.SLOW_READERS_LOG ?? 'silent' }), config.NEO4J_URI!);
  await server.schemaReady;
  servers.push(server);
  return server;
}

interface Opened {
  status: number;
  headers: Record<string, string>;
  socket: Socket;
  /** Everything received, once the server ended or cut the connection (the socket is read again first). */
  rest(): Promise<string>;
}

/**
 * GET /export from a loopback address of its own (`127.0.0.N` is a client of its own to the server): the
 * status line and headers are read, then the client stops reading, as a stalled download does.
 */
function openExport(base: string, localAddress: string, query = 'scope=graph&format=json'): Promise<Opened> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: url.hostname, port: Number(url.port), localAddress });
    sockets.push(socket);
    let received = '';
    let answered = false;
    const ended = new Promise<void>((done) => socket.once('close', () => done()));
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end < 0 || answered) return;
      answered = true;
      socket.pause();
      const [statusLine, ...lines] = received.slice(0, end).split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({
        status: Number(statusLine!.split(' ')[1]),
        headers,
        socket,
        rest: async () => {
          socket.resume();
          await ended;
          return received;
        },
      });
    });
    socket.once('connect', () => socket.write(`GET /export?${query} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`));
    socket.once('close', () => reject(new Error(`closed before headers: ${received.slice(0, 200)}`)));
  });
}

async function gql(base: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { extensions?: Record<string, unknown> }[] };
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body,
    codes: (body.errors ?? []).map((e) => e.extensions?.code),
  };
}

const READ = `{ tracksRoutedThrough(personId: "person:witkoff") { track { id } } }`;
const note = (n: string) => ({
  source: { title: `Slow reader note ${n}`, url: `https://example.org/slow-readers/${n}`, publishedDate: '2025-09-02' },
  entities: [{ kind: 'INSTITUTION', name: 'Slow Reader Desk' }],
  claims: [{ text: `Slow reader note ${n}: the envoy kept his schedule.`, kind: 'FACT', speaker: 'Slow Reader Desk', about: ['Witkoff'] }],
  relations: [],
});

// Stalled exports fill socket buffers (about 4 MB each) first: slow on a busy machine.
describe('exports that clients stop reading', { timeout: 60_000 }, () => {
  it('refuses a client a third export at once with 429 and Retry-After (default EXPORTS_PER_CLIENT)', async () => {
    const api = await serve();
    const first = await openExport(api.url, '127.0.0.2');
    const second = await openExport(api.url, '127.0.0.2');
    const third = await openExport(api.url, '127.0.0.2');
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(third.status).toBe(429);
    expect(third.headers['retry-after']).toBe('2');
    // The README's example (Exports, "Slow and stalled downloads"), request id aside.
    const raw = await third.rest();
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as { errors: { extensions: Record<string, unknown> }[] };
    body.errors[0]!.extensions.requestId = '...';
    expect(JSON.stringify(body)).toBe(
      '{"errors":[{"message":"At most 2 exports at once per client; retry later.",' +
        '"extensions":{"limit":"exports","retryAfter":2,"code":"TOO_MANY_REQUESTS","requestId":"..."}}]}',
    );
    // Another client is not counted against this one.
    expect((await openExport(api.url, '127.0.0.3')).status).toBe(200);
  });

  it('keeps answering GraphQL reads and ingests while EXPORTS_MAX exports are held open by stalled clients', async () => {
    // A pool of 10 and a short wait for a connection: without the cap, 12 stalled exports would take every
    // connection and these requests would fail after NEO4J_ACQUISITION_TIMEOUT_MS.
    const api = await serve({ NEO4J_MAX_POOL_SIZE: '10', NEO4J_ACQUISITION_TIMEOUT_MS: '2000' });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await openExport(api.url, `127.0.0.${10 + Math.floor(i / 2)}`)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(8);
    expect(statuses.slice(8)).toEqual([429, 429, 429, 429]);

    const reads = await Promise.all([1, 2, 3].map(() => gql(api.url, READ)));
    for (const read of reads) {
      expect(read.status).toBe(200);
      expect(read.codes).toEqual([]);
      expect(read.body.data?.tracksRoutedThrough).not.toHaveLength(0);
    }
    const ingest = await gql(api.url, INGEST, { input: note('held'), dryRun: false }, TOKENS.editor);
    expect(ingest.status).toBe(200);
    expect(ingest.codes).toEqual([]);
    expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
  });

  it('cuts a client that takes no data for EXPORT_IDLE_TIMEOUT_MS and frees its slot', async () => {
    const api = await serve({ EXPORTS_PER_CLIENT: '1', EXPORT_IDLE_TIMEOUT_MS: '1500' });
    const stalled = await openExport(api.url, '127.0.0.4');
    expect(stalled.status).toBe(200);
    expect((await openExport(api.url, '127.0.0.4')).status).toBe(429);
    let next = stalled;
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      next = await openExport(api.url, '127.0.0.4');
      if (next.status === 200) break;
    }
    expect(next).not.toBe(stalled);
    expect(next.status).toBe(200);
    // The cut download ends incomplete: no closing chunk of the chunked transfer, no end of the JSON.
    const body = await stalled.rest();
    expect(body.length).toBeGreaterThan(1_000);
    expect(body.endsWith('0\r\n\r\n')).toBe(false);
  });

  it('answers DATABASE_UNAVAILABLE with 503 and Retry-After, not a 500, when no connection frees up in time', async () => {
    const api = await serve({ NEO4J_MAX_POOL_SIZE: '3', EXPORTS_MAX: '2', NEO4J_ACQUISITION_TIMEOUT_MS: '1000' });
    // Every connection of the server's pool held by an open transaction.
    const held = await Promise.all(
      [1, 2, 3].map(async () => {
        const session = api.db.driver.session({ database: 'neo4j' });
        const tx = await session.beginTransaction();
        await tx.run('RETURN 1');
        return { session, tx };
      }),
    );
    try {
      const read = await gql(api.url, READ);
      expect(read.codes).toEqual(['DATABASE_UNAVAILABLE']);
      expect(read.status).toBe(503);
      expect(read.retryAfter).toBe('2');

      const ingest = await gql(api.url, INGEST, { input: note('starved'), dryRun: false }, TOKENS.editor);
      expect(ingest.codes).toEqual(['DATABASE_UNAVAILABLE']);
      expect(ingest.status).toBe(503);

      const exported = await fetch(`${api.url}/export?scope=graph&format=json`);
      expect(exported.status).toBe(503);
      expect(exported.headers.get('retry-after')).toBe('2');
      const body = (await exported.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
    } finally {
      for (const { session, tx } of held) {
        await tx.rollback();
        await session.close();
      }
    }
    // Once connections are free again, the same server answers.
    expect((await gql(api.url, READ)).status).toBe(200);
  });
});
