// Sockets (#19 parts 7 and 9), under the default configuration (plus a JWT secret): protocol abuse gets 4400 and
// one JSON log line; subscription arguments are checked as HTTP fields are; a socket ends with its token; one
// client holds at most SOCKETS_PER_CLIENT sockets.
import { Writable } from 'node:stream';
import { createClient, type Client } from 'graphql-ws';
import { SignJWT } from 'jose';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { productConfig, startTestGraph, TEST_AUTH } from '../support/graph.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const PROTOCOL = 'graphql-transport-ws';

/** A bound on waiting for a condition, not a timing assertion. */
async function until<T>(read: () => T | undefined, ms = 10_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(20)) {
    const value = read();
    if (value !== undefined) return value;
  }
  throw new Error(`nothing within ${ms} ms`);
}

describe('hardened sockets', () => {
  let server: RunningServer;
  let wsUrl: string;
  const logLines: Record<string, unknown>[] = [];
  const clients: Client[] = [];
  const sockets: WebSocket[] = [];

  beforeAll(async () => {
    const seeded = await startTestGraph();
    await seeded.close();
    const config = productConfig({ JWT_SECRET: TEST_AUTH.JWT_SECRET });
    const log = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    server = await startServer(config, pino({ level: 'info' }, log), config.NEO4J_URI!);
    await server.schemaReady;
    wsUrl = server.url.replace(/^http/, 'ws') + '/graphql';
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
    for (const s of sockets.splice(0)) s.terminate();
  });

  afterAll(async () => {
    await server?.stop();
  });

  /** A raw socket that has sent connection_init; `acked` resolves on connection_ack, `closed` with the close code. */
  const rawSocket = (localAddress?: string) => {
    const socket = new WebSocket(wsUrl, PROTOCOL, localAddress ? { localAddress } : {});
    sockets.push(socket);
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    const acked = new Promise<void>((resolve, reject) => {
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.on('message', (data) => (JSON.parse(String(data)) as { type: string }).type === 'connection_ack' && resolve());
      socket.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      socket.on('error', reject);
    });
    return { socket, acked, closed };
  };

  /** The HTTP status an upgrade is answered with (101 when the socket opened), its Retry-After and body. */
  const upgrade = (localAddress?: string) =>
    new Promise<{ status: number; retryAfter?: string; body: string }>((resolve) => {
      const socket = new WebSocket(wsUrl, PROTOCOL, localAddress ? { localAddress } : {});
      sockets.push(socket);
      socket.on('open', () => resolve({ status: 101, body: '' }));
      socket.on('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += String(chunk)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], body }));
      });
      socket.on('error', () => resolve({ status: -1, body: '' }));
    });

  const subscribeOnce = (variables: Record<string, unknown>, token?: string, onClosed?: (code: number) => void) => {
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      on: { closed: (event) => onClosed?.((event as { code: number }).code) },
    });
    clients.push(client);
    const seen: { errors?: unknown; results: unknown[] } = { results: [] };
    client.subscribe(
      {
        query: `subscription($trackId: ID, $speakerId: ID, $since: String) {
          claimAdded(trackId: $trackId, speakerId: $speakerId, since: $since) { cursor claimId }
        }`,
        variables,
      },
      { next: (result) => seen.results.push(result), error: (error) => (seen.errors = error), complete: () => undefined },
    );
    return seen;
  };

  it('closes a socket whose client sends next or connection_ack with 4400 and logs it as one JSON line, with nothing on stderr', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const stderr = vi.spyOn(process.stderr, 'write');
    for (const message of [{ id: '1', type: 'next', payload: { data: {} } }, { type: 'connection_ack' }]) {
      const { socket, acked, closed } = rawSocket();
      await acked;
      socket.send(JSON.stringify(message));
      expect(await closed).toBe(4400);
      expect(logLines.find((line) => line.messageType === message.type)).toMatchObject({ level: 40, transport: 'ws' });
    }
    expect(consoleError).not.toHaveBeenCalled();
    expect(stderr).not.toHaveBeenCalled();
  });

  it('refuses a subscription to a person as a track, a malformed id, an unknown track and a cursor past the log with coded error messages', async () => {
    const person = subscribeOnce({ trackId: 'person:witkoff' });
    const malformed = subscribeOnce({ trackId: '!!!', speakerId: 'claim:x' });
    const unknown = subscribeOnce({ trackId: 'track:no-such-track' });
    const future = subscribeOnce({ since: '999999999999' });
    const refused = await until(() => (person.errors && malformed.errors && unknown.errors && future.errors ? true : undefined));
    expect(refused).toBe(true);
    expect(person.errors).toMatchObject([
      {
        message: expect.stringMatching(/^trackId: expected a track id \(track:\.\.\.\), got the person id/),
        extensions: { code: 'BAD_USER_INPUT', argument: 'trackId', problems: [{ path: 'trackId' }] },
      },
    ]);
    expect(malformed.errors).toMatchObject([
      {
        extensions: {
          code: 'BAD_USER_INPUT',
          argument: 'trackId',
          problems: [{ path: 'trackId' }, { path: 'speakerId' }],
        },
      },
    ]);
    expect(unknown.errors).toMatchObject([{ extensions: { code: 'NOT_FOUND', id: 'track:no-such-track' } }]);
    expect(future.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT', argument: 'since' } }]);
    for (const s of [person, malformed, unknown, future]) expect(s.results).toEqual([]);
  });

  it('closes a socket with 4403 when the JWT it authenticated with expires', async () => {
    const expires = Math.floor(Date.now() / 1000) + 2;
    const token = await new SignJWT({ roles: ['reader'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('analyst-7')
      .setExpirationTime(expires)
      .sign(new TextEncoder().encode(TEST_AUTH.JWT_SECRET));
    let closedWith: number | undefined;
    const live = subscribeOnce({ trackId: 'track:iran' }, token, (code) => (closedWith = code));
    expect(await until(() => closedWith, 15_000)).toBe(4403);
    expect(live.results).toEqual([]);
  });

  it('refuses a client its 21st socket with 429 and Retry-After before the socket opens; closing one frees a slot', async () => {
    const held = Array.from({ length: 20 }, () => rawSocket());
    await Promise.all(held.map((h) => h.acked));
    const refused = await upgrade();
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(refused.body)).toMatchObject({ errors: [{ extensions: { code: 'TOO_MANY_REQUESTS', limit: 'sockets' } }] });
    // Another client (another loopback address) is not affected.
    expect((await upgrade('127.0.0.2')).status).toBe(101);

    held[0]!.socket.close();
    await held[0]!.closed;
    // The slot is freed when the server's end of the connection has closed.
    let status = 0;
    for (let i = 0; i < 50 && status !== 101; i++, await sleep(20)) status = (await upgrade()).status;
    expect(status).toBe(101);
  });
});
