// DNS rebinding (#19 part 9): under the default configuration the server answers only Host names it is known by
// (loopback names, PUBLIC_ORIGIN's host, a specific HOST), on HTTP and on the WebSocket upgrade.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.js';
import { allowedHostsFromConfig } from '../../src/server/allowed-hosts.js';
import type { RunningServer } from '../../src/server/start.js';
import { startProduct, startTestGraph } from '../support/graph.js';

/** One request to the server with the given Host header. */
function send(url: string, path: string, host: string, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      {
        method: body === undefined ? 'GET' : 'POST',
        agent: false,
        headers: { host, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const QUERY = JSON.stringify({ query: '{ __typename }' });

describe('allowed hosts', () => {
  let server: RunningServer;
  let port: string;

  beforeAll(async () => {
    const seeded = await startTestGraph();
    await seeded.close();
    server = await startProduct();
    port = new URL(server.url).port;
  });

  afterAll(async () => {
    await server?.stop();
  });

  /** The status a WebSocket upgrade gets (101: opened) with this Host and Origin. */
  const upgrade = (host: string, origin?: string) =>
    new Promise<{ status: number; body: string }>((resolve) => {
      const socket = new WebSocket(server.url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws', {
        headers: { host },
        ...(origin ? { origin } : {}),
      });
      socket.on('open', () => {
        socket.close();
        resolve({ status: 101, body: '' });
      });
      socket.on('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += String(chunk)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      socket.on('error', () => resolve({ status: -1, body: '' }));
    });

  it('refuses a page on rebind.example (DNS rebinding to 127.0.0.1) on /graphql, /playground, /export and the WebSocket upgrade', async () => {
    const host = `rebind.example:${port}`;
    const refused = [
      await send(server.url, '/graphql', host, QUERY),
      await send(server.url, '/playground', host),
      await send(server.url, '/export?scope=graph&format=json', host),
      // Its own origin no longer vouches for it: Origin is compared with an allowed Host only.
      await upgrade(host, `http://${host}`),
      await upgrade('rebind.example'),
    ];
    for (const answer of refused) {
      expect(answer.status).toBe(421);
      expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST', reason: 'host' } }] });
    }
    // Probes address a container by whatever name: health checks answer.
    expect((await send(server.url, '/health/live', host)).status).toBe(200);
  });

  it('answers localhost and 127.0.0.1 on its port, over HTTP and WebSocket', async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, 'localhost']) {
      const answer = await send(server.url, '/graphql', host, QUERY);
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ data: { __typename: 'Query' } });
      expect((await upgrade(host, `http://${host}`)).status).toBe(101);
    }
  });

  it('allows the host of PUBLIC_ORIGIN and a specific HOST by default, and exactly ALLOWED_HOSTS when set', () => {
    const hosts = (env: Record<string, string>) => allowedHostsFromConfig(loadConfig(env));
    expect(hosts({})).toEqual(['localhost', '127.0.0.1', '[::1]']);
    expect(hosts({ PUBLIC_ORIGIN: 'https://api.example.org', HOST: '0.0.0.0' })).toEqual([
      'localhost',
      '127.0.0.1',
      '[::1]',
      'api.example.org',
    ]);
    expect(hosts({ HOST: '10.0.0.5' })).toContain('10.0.0.5');
    expect(hosts({ ALLOWED_HOSTS: 'api.example.org:443, Policy.Internal' })).toEqual(['api.example.org:443', 'policy.internal']);
    expect(() => loadConfig({ ALLOWED_HOSTS: 'http://x/' })).toThrow(/ALLOWED_HOSTS/);
  });
});
