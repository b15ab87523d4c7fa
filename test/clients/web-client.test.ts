// The typed web client (examples/web-client) as a frontend developer uses it: built by its npm script,
// loaded by headless Chromium from a page on its own origin, calling the API on another (CORS).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/base/paths.js';
import type * as WebClient from '../../examples/web-client/src/client.js';
import { launchBrowser } from '../support/browser.js';
import { startTestGraph, type TestGraph } from '../support/graph.js';
import { serveApp, type ServedApp } from '../support/http.js';

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
type InPage = { webClient: typeof WebClient };

let graph: TestGraph;
let api: ServedApp;
let host: { origin: string; server: Server };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // tsc reports type errors on stdout, which the rejection's message leaves out.
  await promisify(execFile)('npm', ['run', 'web-client:build'], { cwd: repoRoot() }).catch((error: { stdout?: string }) => {
    throw new Error(`npm run web-client:build failed:\n${error.stdout ?? String(error)}`);
  });
  graph = await startTestGraph();
  host = await serveClient();
  api = await serveApp(graph.db, { corsOrigins: [host.origin] });
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${host.origin}/?api=${encodeURIComponent(api.base)}`);
  await page.waitForFunction(() => 'webClient' in globalThis);
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await new Promise((resolve) => host?.server.close(resolve));
  await graph?.close();
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
    const error = await page.evaluate(([base]) =>
      (globalThis as unknown as InPage).webClient
        .tracksRoutedThrough(base!, 'track:ukraine')
        .then(
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
});
