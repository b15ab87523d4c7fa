// The real HTTP surface: GraphQL over POST, CSRF prevention, the offline playground, health checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/graph.js';
import { serveApp, type ServedApp } from '../support/http.js';

let graph: TestGraph;
let served: ServedApp;
let base: string;

beforeAll(async () => {
  graph = await startTestGraph();
  served = await serveApp(graph.db);
  base = served.base;
});
afterAll(async () => {
  await served.close();
  await graph.close();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('HTTP', () => {
  it('answers a GraphQL POST with data and a request id header', async () => {
    const res = await post({ query: '{ node(id: "person:witkoff") { id ... on Entity { name } } }' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toMatch(/.+/);
    expect(await res.json()).toEqual({ data: { node: { id: 'person:witkoff', name: 'Steve Witkoff' } } });
  });

  it('returns coded errors with the request id and no stack trace', async () => {
    const res = await post({ query: '{ node(id: "person:ghost") { id } }' }, { 'x-request-id': 'req-123' });
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toEqual({ code: 'NOT_FOUND', id: 'person:ghost', requestId: 'req-123' });
  });

  it('refuses a simple GET query without a preflight header (CSRF prevention), with the request id', async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent('{ tracks { totalCount } }')}`, {
      headers: { 'x-request-id': 'csrf-1' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-request-id')).toBe('csrf-1');
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors.map((e) => e.extensions)).toEqual([{ code: 'BAD_REQUEST', requestId: 'csrf-1' }]);
    expect(body.errors[0]!.message).toMatch(/Cross-Site Request Forgery/);
  });

  it('serves the playground from its own assets, with no external host', async () => {
    const res = await fetch(`${base}/playground`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('tracksRoutedThrough');
    expect(html).not.toMatch(/https?:\/\//);
    const srcs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((s) => !s.startsWith('data:'));
    expect(srcs.length).toBeGreaterThan(2);
    for (const src of srcs) {
      expect(src.startsWith('/')).toBe(true);
      expect((await fetch(`${base}${src}`)).status).toBe(200);
    }
    const redirect = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect([200, 302]).toContain(redirect.status);
  });

  it('reports live and ready', async () => {
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
  });
});
