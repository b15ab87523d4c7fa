// A frontend app calling the API from another origin: the preflight over plain HTTP, the allowed origins
// from the configuration, and a real headless Chromium loading pages from an allowed and a foreign origin.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { corsOriginsFromConfig, DEVELOPMENT_ORIGINS } from '../../src/server/cors.js';
import { launchBrowser } from '../support/browser.js';
import { startTestGraph, type TestGraph } from '../support/graph.js';
import { serveApp, type ServedApp } from '../support/http.js';

/** A tiny web app host: one HTML page, on its own port (so its own origin). */
async function servePage(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>frontend</title><p>app</p>');
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const QUERY = '{ node(id: "person:witkoff") { id ... on Entity { name } } }';
const WITKOFF = { data: { node: { id: 'person:witkoff', name: 'Steve Witkoff' } } };

let graph: TestGraph;
let api: ServedApp;
let anyOriginApi: ServedApp;
let allowedPage: { origin: string; server: Server };
let foreignPage: { origin: string; server: Server };

beforeAll(async () => {
  graph = await startTestGraph();
  allowedPage = await servePage();
  foreignPage = await servePage();
  api = await serveApp(graph.db, { corsOrigins: [allowedPage.origin] });
  anyOriginApi = await serveApp(graph.db, { corsOrigins: ['*'] });
});
afterAll(async () => {
  await api?.close();
  await anyOriginApi?.close();
  for (const page of [allowedPage, foreignPage]) await new Promise((resolve) => page?.server.close(resolve));
  await graph?.close();
});

const preflight = (base: string, origin: string) =>
  fetch(`${base}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type, x-request-id',
    },
  });

describe('CORS over HTTP', () => {
  it('answers the preflight of an allowed origin with 204, the methods and the headers a client sends', async () => {
    const res = await preflight(api.base, allowedPage.origin);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(allowedPage.origin);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    const allowed = res.headers.get('access-control-allow-headers')!.split(', ');
    for (const header of ['authorization', 'content-type', 'apollo-require-preflight', 'x-request-id', 'idempotency-key']) {
      expect(allowed).toContain(header);
    }
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it('gives a foreign origin no CORS header, so its browser blocks the call', async () => {
    const res = await preflight(api.base, foreignPage.origin);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it('exposes the request id header on answers to an allowed origin', async () => {
    const res = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { origin: allowedPage.origin, 'content-type': 'application/json', 'x-request-id': 'cors-1' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(await res.json()).toEqual(WITKOFF);
    expect(res.headers.get('access-control-allow-origin')).toBe(allowedPage.origin);
    expect(res.headers.get('access-control-expose-headers')).toBe('x-request-id');
    expect(res.headers.get('x-request-id')).toBe('cors-1');
    expect(res.headers.get('vary')).toMatch(/\bOrigin\b/);
  });

  it('answers any origin with `*` when CORS_ORIGINS is `*`', async () => {
    const res = await preflight(anyOriginApi.base, foreignPage.origin);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('CORS configuration', () => {
  it('allows the local dev servers in development and no origin in production unless CORS_ORIGINS says', () => {
    expect(corsOriginsFromConfig(loadConfig({}))).toEqual(DEVELOPMENT_ORIGINS);
    expect(DEVELOPMENT_ORIGINS).toContain('http://localhost:3000');
    expect(DEVELOPMENT_ORIGINS).toContain('http://localhost:5173');
    expect(corsOriginsFromConfig(loadConfig({ NODE_ENV: 'production' }))).toEqual([]);
    expect(corsOriginsFromConfig(loadConfig({ CORS_ORIGINS: '' }))).toEqual([]);
    const set = loadConfig({ NODE_ENV: 'production', CORS_ORIGINS: 'https://app.example.org, http://LOCALHOST:3000/' });
    expect(corsOriginsFromConfig(set)).toEqual(['https://app.example.org', 'http://localhost:3000']);
    expect(corsOriginsFromConfig(loadConfig({ CORS_ORIGINS: '*' }))).toEqual(['*']);
  });

  it('refuses at start-up what is not an origin, or `*` mixed with origins, naming CORS_ORIGINS', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example.org/path' })).toThrow(
      /CORS_ORIGINS: "https:\/\/app.example.org\/path" is not an origin/,
    );
    expect(() => loadConfig({ CORS_ORIGINS: 'app.example.org' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: '*,https://app.example.org' })).toThrow(/CORS_ORIGINS: `\*`/);
  });
});

describe('CORS in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** What the page's own fetch of the API gives it: status, body and the exposed request id, or the rejection. */
  async function callFrom(page: Page, init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string; url: string }) {
    return page.evaluate(async ({ url, method, headers, body }) => {
      try {
        const res = await fetch(url, { method, headers, body });
        return { status: res.status, requestId: res.headers.get('x-request-id'), body: (await res.json()) as unknown };
      } catch (error) {
        return { rejected: String(error) };
      }
    }, init);
  }

  async function openPage(origin: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    return page;
  }

  it('lets a page from an allowed origin read data with a JSON POST and with GET', async () => {
    const page = await openPage(allowedPage.origin);
    try {
      const posted = await callFrom(page, {
        url: `${api.base}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'browser-post' },
        body: JSON.stringify({ query: QUERY }),
      });
      expect(posted).toEqual({ status: 200, requestId: 'browser-post', body: WITKOFF });

      const got = await callFrom(page, {
        url: `${api.base}/graphql?query=${encodeURIComponent(QUERY)}`,
        method: 'GET',
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(got).toMatchObject({ status: 200, body: WITKOFF });
    } finally {
      await page.close();
    }
  });

  it('shows an allowed page why a GET without the CSRF header was refused', async () => {
    const page = await openPage(allowedPage.origin);
    try {
      const refused = await callFrom(page, { url: `${api.base}/graphql?query=${encodeURIComponent(QUERY)}`, method: 'GET', headers: {} });
      expect(refused).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_REQUEST' } }] } });
      const { requestId, body } = refused as { requestId: string; body: { errors: { extensions: { requestId: string } }[] } };
      expect(body.errors[0]!.extensions.requestId).toBe(requestId);
    } finally {
      await page.close();
    }
  });

  it('blocks a page from an origin that is not allowed', async () => {
    const page = await openPage(foreignPage.origin);
    try {
      const posted = await callFrom(page, {
        url: `${api.base}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY }),
      });
      expect(posted).toEqual({ rejected: expect.stringMatching(/TypeError: Failed to fetch/) });
    } finally {
      await page.close();
    }
  });
});
