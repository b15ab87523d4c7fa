// The typed web client (examples/web-client) as a frontend developer uses it: built by its npm script,
// loaded by headless Chromium from a page on its own origin, calling the API on another (CORS) and
// subscribing to it over the browser's own WebSocket (graphql-transport-ws, which CORS does not cover).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/base/paths.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import type * as WebClient from '../../examples/web-client/src/client.js';
import { launchBrowser } from '../support/browser.js';
import { productConfig, startTestGraph, TOKENS } from '../support/graph.js';

const CLIENT_DIR = join(repoRoot(), 'examples', 'web-client');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };

/** The example's folder (index.html, dist/) as static files on its own port, so its own origin. */
async function serveClient(): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://host').pathname).replace(/^\/+/, '') || 'index.html';
    if (path.startsWith('..') || !(path === 'index.html' || path.startsWith('dist/'))) return void res.writeHead(404).end();
    readFile(join(CLIENT_DIR, path)).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** The page's globals: the client's functions on `window.webClient` (callbacks run in the page, so they spell it out). */
type InPage = {
  webClient: typeof WebClient;
  /** What the page's subscription received (set up by the subscription test). */
  claimEvents?: WebClient.ClaimAddedEvent[];
  claimErrors?: unknown[];
  unsubscribe?: () => void;
};

let api: RunningServer & { base: string };
let host: { origin: string; server: Server };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // tsc reports type errors on stdout, which the rejection's message leaves out.
  await promisify(execFile)('npm', ['run', 'web-client:build'], { cwd: repoRoot() }).catch((error: { stdout?: string }) => {
    throw new Error(`npm run web-client:build failed:\n${error.stdout ?? String(error)}`);
  });
  // A freshly seeded graph, served by the product itself (HTTP and graphql-ws on one port) to the page's origin.
  await (await startTestGraph()).close();
  host = await serveClient();
  const config = productConfig({ CORS_ORIGINS: host.origin, SUBSCRIPTION_POLL_MS: '100' });
  const running = await startServer(config, pino({ level: 'silent' }), config.NEO4J_URI!);
  api = Object.assign(running, { base: running.url });
  await api.schemaReady;
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${host.origin}/?api=${encodeURIComponent(api.base)}`);
  await page.waitForFunction(() => 'webClient' in globalThis);
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await new Promise((resolve) => host?.server.close(resolve));
});

describe('typed web client in a browser', () => {
  it('lists the three tracks routed through Witkoff, each with its evidence', async () => {
    const tracks: WebClient.RoutedTrack[] = await page.evaluate(
      ([base]) => (globalThis as unknown as InPage).webClient.tracksRoutedThrough(base!, 'person:witkoff'),
      [api.base],
    );
    expect(tracks.map((t) => t.track.id).sort()).toEqual(['track:iran', 'track:israel-hamas', 'track:ukraine']);
    for (const { evidence } of tracks) {
      expect(evidence.length).toBeGreaterThan(0);
      for (const claim of evidence) {
        expect(claim.text).toMatch(/\w/);
        expect(claim.source.title).toMatch(/\w/);
      }
    }
  });

  it('finds a path from Vance to Witkoff whose every hop has evidence with its source', async () => {
    const paths: WebClient.Path[] = await page.evaluate(
      ([base]) => (globalThis as unknown as InPage).webClient.pathBetween(base!, 'person:vance', 'person:witkoff'),
      [api.base],
    );
    expect(paths.length).toBeGreaterThan(0);
    const [first] = paths;
    expect(first!.hops[0]!.from.id).toBe('person:vance');
    expect(first!.hops.at(-1)!.to.id).toBe('person:witkoff');
    for (const hop of paths.flatMap((p) => p.hops)) {
      expect(hop.relation.evidence.length).toBeGreaterThan(0);
      for (const claim of hop.relation.evidence) expect(claim.source.title).toMatch(/\w/);
    }
  });

  it('rejects with the API error code and request id when asked about an id of the wrong kind', async () => {
    const error = await page.evaluate(
      ([base]) =>
        (globalThis as unknown as InPage).webClient.tracksRoutedThrough(base!, 'track:ukraine').then(
          () => null,
          (e: InstanceType<typeof WebClient.GraphQLRequestError>) => ({ name: e.name, errors: e.errors }),
        ),
      [api.base],
    );
    expect(error?.name).toBe('GraphQLRequestError');
    expect(error?.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.errors[0]?.extensions?.requestId).toMatch(/.+/);
  });

  it('answers from the example page itself', async () => {
    await page.fill('input[name=from]', 'person:witkoff');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#answer')).toContain('track:ukraine');
  });

  it('receives a claim added through the API on its typed subscription, over a WebSocket from its own origin', async () => {
    await page.evaluate(
      ([base, token]) => {
        const inPage = globalThis as unknown as InPage;
        inPage.claimEvents = [];
        inPage.claimErrors = [];
        inPage.unsubscribe = inPage.webClient.subscribeClaimAdded(
          base!,
          { trackId: 'track:ukraine' },
          (event) => inPage.claimEvents!.push(event),
          {
            token,
            onError: (error) => inPage.claimErrors!.push(error.errors),
          },
        );
      },
      [api.base, TOKENS.reader],
    );
    await new Promise((resolve) => setTimeout(resolve, 600)); // subscribed, and the server's poller has its cursor
    const addClaim = async (text: string, about: string[]) => {
      const response = await fetch(`${api.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS.editor}` },
        body: JSON.stringify({
          query: 'mutation($claim: ClaimInput!) { addClaim(sourceId: "source:espreso-parallel-realities", claim: $claim) { id } }',
          variables: { claim: { text, kind: 'FACT', speaker: 'person:witkoff', about } },
        }),
      });
      const body = (await response.json()) as { data?: { addClaim: { id: string } }; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      return body.data!.addClaim.id;
    };
    await addClaim('Talks with Tehran resume.', ['track:iran']); // another track: filtered out
    const claimId = await addClaim('Kyiv and Moscow agree on a prisoner exchange.', ['track:ukraine']);
    expect(claimId).toMatch(/^claim:/);

    const received = () => page.evaluate(() => (globalThis as unknown as InPage).claimEvents ?? []);
    await expect.poll(received, { timeout: 5_000 }).toHaveLength(1);
    const [event] = await received();
    expect(event).toMatchObject({
      claimId,
      speakerId: 'person:witkoff',
      trackIds: ['track:ukraine'],
      claim: { id: claimId, text: 'Kyiv and Moscow agree on a prisoner exchange.', speaker: { id: 'person:witkoff' } },
    });
    expect(event!.cursor).toMatch(/.+/);
    expect(await page.evaluate(() => (globalThis as unknown as InPage).claimErrors)).toEqual([]);
    await page.evaluate(() => (globalThis as unknown as InPage).unsubscribe!());
  });

  it('reports a refused credential to onError with the close code 4403', async () => {
    const errors = await page.evaluate(
      ([base]) =>
        new Promise<WebClient.GraphQLErrorBody[]>((resolve) => {
          const inPage = globalThis as unknown as InPage;
          inPage.webClient.subscribeClaimAdded(base!, {}, () => undefined, {
            token: 'not-a-known-key-at-all',
            onError: (e) => resolve(e.errors),
          });
        }),
      [api.base],
    );
    expect(errors[0]?.extensions).toMatchObject({ code: 'WEBSOCKET_CLOSED', closeCode: 4403 });
  });
});
