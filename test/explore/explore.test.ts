// The graph explorer at /explore, in headless Chromium over the seeded graph: an analyst searches an entity,
// reads a relation's evidence, follows the graph back in time and asks how two entities connect.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORE_CSP } from '../../src/explore/index.js';
import { testOutputDir } from '../support/browser.js';
import type { TestGraph } from '../support/graph.js';
import type { ServedApp } from '../support/http.js';
import { servedPage } from '../support/served-page.js';

interface Claim {
  text: string;
  source: { title: string };
}
interface Hood {
  neighborhood: { nodes: { id: string }[]; edges: { id: string; type: string; evidence: Claim[] }[] };
}

const HOOD = `query ($id: ID!, $depth: Int, $asOf: String) {
  neighborhood(id: $id, depth: $depth, asOf: $asOf) { nodes { id } edges { id type evidence(first: 10) { text source { title } } } }
}`;
const ROUTED = 'rel:routed_through:track:ukraine:person:witkoff';
// Before the seed's sources: relations with no dated period still count, and so do ENDED ones (see validAt).
const AS_OF = '2020-01-01';
// The page waits on the API and lays the graph out; vitest's default of 1 s is short on a busy machine.
const POLL = { timeout: 10_000 };

let graph: TestGraph;
let api: ServedApp;
let page: Page;
let problems: string[];
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ graph, api, page, problems, close } = await servedPage({ width: 1280, height: 800 }));
});
afterAll(() => close?.());

const edgeCount = () => page.evaluate(() => (globalThis as unknown as Explorer).explorer.cy.edges().length);
/** Runs `action` and waits for the page to finish the redraw it causes (the page counts its draws). */
async function redraw(action: () => Promise<unknown>): Promise<void> {
  const before = Number((await page.getAttribute('body', 'data-draws')) ?? 0);
  await action();
  // A function, not a string: the page's CSP refuses eval, and a string predicate needs it.
  await page.waitForFunction((n) => Number((globalThis as unknown as Drawn).document.body.dataset.draws ?? 0) > n, before);
}

interface Drawn {
  document: { body: { dataset: { draws?: string } } };
}
interface Explorer {
  explorer: {
    cy: { edges(): { length: number }; nodes(selector?: string): { length: number } };
    selectEdge(id: string): boolean;
  };
}

describe('graph explorer', () => {
  it('serves the page and its own cytoscape bundle under a strict CSP, with no CDN', async () => {
    const res = await fetch(`${api.base}/explore`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(EXPLORE_CSP);
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    const src = /src="([^"]*cytoscape\.min\.js[^"]*)"/.exec(html)?.[1];
    expect(src).toBeDefined();
    const bundle = await fetch(`${api.base}${src}`);
    expect(bundle.headers.get('cache-control')).toContain('immutable');
    expect(await bundle.text()).toContain('3.34.4');
    expect((await fetch(`${api.base}/explore/assets/package.json`)).status).toBe(404);
  });

  it('finds Witkoff, draws his neighbourhood and shows the evidence of a ROUTED_THROUGH relation', async () => {
    const expected = await graph.data<Hood>(HOOD, { id: 'person:witkoff', depth: 1 });
    const routed = expected.neighborhood.edges.find((edge) => edge.id === ROUTED);
    expect(routed?.evidence.length).toBeGreaterThan(0);

    await page.goto(`${api.base}/explore`);
    await page.fill('#search', 'Witkoff');
    await redraw(() => page.click('#search-results button[data-id="person:witkoff"]'));
    expect(await edgeCount()).toBe(expected.neighborhood.edges.length);
    expect(await page.evaluate(() => (globalThis as unknown as Explorer).explorer.cy.nodes('.center').length)).toBe(1);

    // A real click on the canvas needs coordinates from the layout; a cytoscape tap is what a click emits.
    expect(await page.evaluate((id) => (globalThis as unknown as Explorer).explorer.selectEdge(id), ROUTED)).toBe(true);
    const panel = page.locator('#evidence');
    await expect.poll(() => panel.textContent(), POLL).toContain('ROUTED_THROUGH');
    const text = (await panel.textContent()) ?? '';
    for (const claim of routed?.evidence ?? []) {
      expect(text).toContain(claim.text);
      expect(text).toContain(claim.source.title);
    }
    expect(text).toContain('Steve Witkoff');
  });

  it('redraws the graph as it stood at the asOf date, at depth 2', async () => {
    await redraw(() => page.selectOption('#depth', '2'));
    const today = await graph.data<Hood>(HOOD, { id: 'person:witkoff', depth: 2 });
    await expect.poll(edgeCount, POLL).toBe(today.neighborhood.edges.length);

    const past = await graph.data<Hood>(HOOD, { id: 'person:witkoff', depth: 2, asOf: AS_OF });
    expect(past.neighborhood.edges.length).not.toBe(today.neighborhood.edges.length);
    // fill() sets the date input's value and fires its input and change events, as picking a date does.
    await redraw(() => page.fill('#as-of', AS_OF));
    await expect.poll(edgeCount, POLL).toBe(past.neighborhood.edges.length);
    await expect.poll(() => page.textContent('#status'), POLL).toContain(`as of ${AS_OF}`);
  });

  it('highlights the shortest paths to a second entity', async () => {
    await redraw(() => page.fill('#as-of', ''));
    await page.fill('#path-search', 'Thiel');
    await page.click('#path-results button[data-id="person:thiel"]');
    await expect.poll(() => page.textContent('#status'), POLL).toContain('shortest path');
    const onPath = await page.evaluate(() => (globalThis as unknown as Explorer).explorer.cy.nodes('.on-path').length);
    expect(onPath).toBeGreaterThanOrEqual(2);

    await page.evaluate((id) => (globalThis as unknown as Explorer).explorer.selectEdge(id), ROUTED);
    await page.screenshot({ path: join(testOutputDir(), 'explore.png') });
    expect(problems).toEqual([]);
  });
});
