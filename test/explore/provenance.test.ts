// The explorer shows provenance, in headless Chromium over the seeded graph: edges coloured by the kinds of their
// evidence with a legend, the evidence filter (kinds, independent origins, speakers) and the month slider applied
// by the server, each relation's support, an entity's own claims, and `?id=` links to entities and claims.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/base/paths.js';
import type { TestGraph } from '../support/graph.js';
import type { ServedApp } from '../support/http.js';
import { servedPage } from '../support/served-page.js';

type Kind = 'QUOTE' | 'REPORT' | 'FACT' | 'ANALYSIS';
interface Edge {
  id: string;
  type: string;
  to: { id: string };
  support: { kinds: Kind[]; independentOrigins: number; grade: string; speakers: { id: string }[] };
}
interface Hood {
  neighborhood: { edges: Edge[] };
}
interface DrawnEdge {
  id: string;
  colour: string;
  dashed: boolean;
}

const WITKOFF = 'person:witkoff';
const HOOD = `query ($id: ID!, $asOf: String, $evidence: EvidenceFilter) {
  neighborhood(id: $id, asOf: $asOf, evidence: $evidence) {
    edges { id type to { id } support { kinds independentOrigins grade speakers { id } } }
  }
}`;
const CLAIM = 'claim:all-roads-through-witkoff';
const CLAIM_QUERY = `query ($id: ID!) { node(id: $id) { ... on Claim { text speaker { id name }
  attribution { role name } support { grade } } } }`;
// The rule the legend states: the strongest kind present.
const STRONGEST: Kind[] = ['QUOTE', 'REPORT', 'FACT', 'ANALYSIS'];
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

interface Window {
  document: { body: { dataset: { draws?: string } } };
  explorer: {
    cy: {
      edges(): { map<T>(f: (edge: CyEdge) => T): T[] };
    };
    selectEdge(id: string): boolean;
    selectNode(id: string): boolean;
  };
}
interface CyEdge {
  id(): string;
  style(name: string): string;
}
/** The background colour the page computes for the first element `selector` matches. */
const background = (selector: string) =>
  page.$eval(
    selector,
    (element) =>
      (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(element).backgroundColor,
  );

/** Runs `action` and waits for the page to finish the redraw it causes (the page counts its draws). */
async function redraw(action: () => Promise<unknown>): Promise<void> {
  const before = Number((await page.getAttribute('body', 'data-draws')) ?? 0);
  await action();
  await page.waitForFunction((n) => Number((globalThis as unknown as Window).document.body.dataset.draws ?? 0) > n, before);
}
async function openPage(query: string): Promise<void> {
  await page.goto(`${api.base}/explore?${query}`);
  await page.waitForFunction(() => Number((globalThis as unknown as Window).document.body.dataset.draws ?? 0) > 0);
}
const drawnEdges = () =>
  page.evaluate(() =>
    (globalThis as unknown as Window).explorer.cy
      .edges()
      .map((edge) => ({ id: edge.id(), colour: edge.style('line-color'), dashed: edge.style('line-style') === 'dashed' })),
  );
const drawnIds = async () => (await drawnEdges()).map((edge: DrawnEdge) => edge.id).sort();
const ids = (edges: Edge[]) => edges.map((edge) => edge.id).sort();
const rgb = (colour: string) => colour.replace(/\s+/g, '');
/** Moves the month slider to `index` and lets it go, as a user does. */
const slide = (index: number | 'max') =>
  page.$eval(
    '#as-of-month',
    (input: { value: string; max: string; dispatchEvent(e: unknown): boolean }, i) => {
      input.value = i === 'max' ? input.max : String(i);
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
    },
    index,
  );

// Each test loads the page and lays a graph out, several times over on a busy machine.
describe('graph explorer: provenance', { timeout: 60_000 }, () => {
  it('colours each edge by the strongest kind of its evidence, as the legend states, and dashes undated ones', async () => {
    const expected = await graph.data<Hood>(HOOD, { id: WITKOFF });
    await openPage(`id=${WITKOFF}`);
    const legend = await page.textContent('#kinds');
    expect(legend).toContain('QUOTE > REPORT > FACT > ANALYSIS');
    expect(legend).toContain('dashed: undated');
    const swatches = new Map<string, string>();
    for (const kind of STRONGEST) {
      swatches.set(kind, rgb(await background(`#kinds [data-kind="${kind}"] .swatch`)));
    }
    expect(new Set(swatches.values()).size).toBe(4);

    const drawn = await drawnEdges();
    expect(drawn.map((edge) => edge.id).sort()).toEqual(ids(expected.neighborhood.edges));
    const undated = new Set(
      (
        await graph.data<{ neighborhood: { edges: { id: string; dated: boolean }[] } }>(
          `query ($id: ID!) { neighborhood(id: $id) { edges { id dated } } }`,
          { id: WITKOFF },
        )
      ).neighborhood.edges
        .filter((edge) => !edge.dated)
        .map((edge) => edge.id),
    );
    expect(undated.size).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const edge of expected.neighborhood.edges) {
      const strongest = STRONGEST.find((kind) => edge.support.kinds.includes(kind));
      expect(strongest).toBeDefined();
      seen.add(strongest as string);
      const shown = drawn.find((d) => d.id === edge.id) as DrawnEdge;
      expect(rgb(shown.colour), edge.id).toBe(swatches.get(strongest as string));
      expect(shown.dashed, edge.id).toBe(undated.has(edge.id));
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it('keeps only edges with evidence of the kinds ticked, as the API answers, and keeps the filter in the URL', async () => {
    const all = await graph.data<Hood>(HOOD, { id: WITKOFF });
    const quotes = await graph.data<Hood>(HOOD, { id: WITKOFF, evidence: { kinds: ['QUOTE'] } });
    expect(quotes.neighborhood.edges.length).toBeLessThan(all.neighborhood.edges.length);
    await openPage(`id=${WITKOFF}`);
    for (const kind of ['REPORT', 'FACT', 'ANALYSIS']) await redraw(() => page.uncheck(`input[name="kind"][value="${kind}"]`));
    expect(await drawnIds()).toEqual(ids(quotes.neighborhood.edges));
    // Every edge kept has a quote among its evidence; no edge without one is left.
    const kept = new Set(ids(quotes.neighborhood.edges));
    for (const edge of all.neighborhood.edges) if (!edge.support.kinds.includes('QUOTE')) expect(kept.has(edge.id), edge.id).toBe(false);
    for (const edge of quotes.neighborhood.edges) expect(edge.support.kinds).toContain('QUOTE');
    const green = await background('#kinds [data-kind="QUOTE"] .swatch');
    for (const edge of await drawnEdges()) expect(rgb(edge.colour)).toBe(rgb(green));
    expect(new URL(page.url()).searchParams.get('kinds')).toBe('QUOTE');

    // The README's example is this view's query.
    const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
    const example = /```graphql\n(# [^\n]*\nquery ExplorerQuotesOnly[\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    expect(ids((await graph.data<Hood>(example as string)).neighborhood.edges)).toEqual(await drawnIds());

    // The URL alone brings the same view back.
    await openPage(new URL(page.url()).search.slice(1));
    expect(await drawnIds()).toEqual(ids(quotes.neighborhood.edges));
    expect(await page.isChecked('input[name="kind"][value="REPORT"]')).toBe(false);
  });

  it('drops edges with a single independent origin at minIndependent 2, and a speaker excluded', async () => {
    const all = await graph.data<Hood>(HOOD, { id: WITKOFF });
    const two = await graph.data<Hood>(HOOD, { id: WITKOFF, evidence: { minIndependent: 2 } });
    expect(all.neighborhood.edges.some((edge) => edge.support.independentOrigins === 1)).toBe(true);
    expect(two.neighborhood.edges.every((edge) => edge.support.independentOrigins >= 2)).toBe(true);
    await openPage(`id=${WITKOFF}`);
    await redraw(() => page.fill('#min-independent', '2').then(() => page.press('#min-independent', 'Tab')));
    expect(await drawnIds()).toEqual(ids(two.neighborhood.edges));
    expect(new URL(page.url()).searchParams.get('minIndependent')).toBe('2');

    await redraw(() => page.fill('#min-independent', '1').then(() => page.press('#min-independent', 'Tab')));
    // The speaker list comes from the drawn edges' support; exclude the one behind the most edges.
    const counts = new Map<string, number>();
    for (const edge of all.neighborhood.edges) for (const s of edge.support.speakers) counts.set(s.id, (counts.get(s.id) ?? 0) + 1);
    const speaker = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
    const options = await page.$$eval('#exclude-speakers option', (list) => list.map((o) => (o as unknown as { value: string }).value));
    expect(options.sort()).toEqual([...counts.keys()].sort());
    const without = await graph.data<Hood>(HOOD, { id: WITKOFF, evidence: { excludeSpeakers: [speaker] } });
    await redraw(() => page.selectOption('#exclude-speakers', [speaker]));
    expect(await drawnIds()).toEqual(ids(without.neighborhood.edges));
    expect(new URL(page.url()).searchParams.get('exclude')).toBe(speaker);
  });

  it('shows no ROUTED_THROUGH edge into Witkoff at 2025-01 on the slider, and shows them at "now"', async () => {
    const routed = (edges: { id: string; type: string; to: { id: string } }[]) =>
      edges.filter((edge) => edge.type === 'ROUTED_THROUGH' && edge.to.id === WITKOFF).map((edge) => edge.id);
    const now = routed((await graph.data<Hood>(HOOD, { id: WITKOFF })).neighborhood.edges);
    expect(now.length).toBeGreaterThan(0);
    expect(routed((await graph.data<Hood>(HOOD, { id: WITKOFF, asOf: '2025-01' })).neighborhood.edges)).toEqual([]);
    await openPage(`id=${WITKOFF}`);
    // Months count from 2024-01: 2025-01 is the thirteenth.
    await redraw(() => slide(12));
    expect(await page.textContent('#as-of-label')).toBe('2025-01');
    await expect.poll(() => page.textContent('#status'), POLL).toContain('as of 2025-01');
    const early = await drawnIds();
    for (const id of now) expect(early).not.toContain(id);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2025-01');

    await redraw(() => slide('max'));
    expect(await page.textContent('#as-of-label')).toBe('now');
    const late = await drawnIds();
    for (const id of now) expect(late).toContain(id);
    expect(new URL(page.url()).searchParams.has('asOf')).toBe(false);
  });

  it("shows a relation's support and grade on click, and an entity's own claims", async () => {
    const expected = await graph.data<Hood>(HOOD, { id: WITKOFF });
    const edge = expected.neighborhood.edges.find((e) => e.type === 'ROUTED_THROUGH') as Edge;
    await openPage(`id=${WITKOFF}`);
    expect(await page.evaluate((id) => (globalThis as unknown as Window).explorer.selectEdge(id), edge.id)).toBe(true);
    await expect.poll(() => page.textContent('#evidence [data-field="grade"]'), POLL).toBe(edge.support.grade);
    const panel = (await page.textContent('#evidence')) ?? '';
    expect(panel).toContain('Independent origins');
    expect(panel).toContain('PUBLISHED_BY');

    // Witkoff says nothing himself in the seed: take a neighbour that does.
    const own = await graph.data<{ neighborhood: { nodes: { id: string; claimsMade: { id: string }[] }[] } }>(
      `query ($id: ID!) { neighborhood(id: $id) { nodes { id claimsMade(first: 25) { id } } } }`,
      { id: WITKOFF },
    );
    const speaker = own.neighborhood.nodes.find((node) => node.claimsMade.length > 0);
    expect(speaker).toBeDefined();
    expect(await page.evaluate((id) => (globalThis as unknown as Window).explorer.selectNode(id), speaker?.id ?? '')).toBe(true);
    await expect.poll(() => page.textContent('#evidence h3'), POLL).toContain('Own claims');
    const links = await page.$$eval('#evidence .claims-list a', (list) => list.map((a) => (a as unknown as { href: string }).href));
    expect(links.map((href) => new URL(href).searchParams.get('id'))).toEqual(speaker?.claimsMade.map((c) => c.id));
  });

  it('opens a claim from ?id=: its text and attribution chain, centred on its speaker; its links open entities', async () => {
    const { node: claim } = await graph.data<{
      node: {
        text: string;
        speaker: { id: string; name: string };
        attribution: { role: string; name: string }[];
        support: { grade: string };
      };
    }>(CLAIM_QUERY, { id: CLAIM });
    await openPage(`id=${encodeURIComponent(CLAIM)}`);
    await expect.poll(() => page.textContent('#evidence .claim-text'), POLL).toBe(claim.text);
    const chain = (await page.textContent('#evidence .chain')) ?? '';
    for (const link of claim.attribution) {
      expect(chain).toContain(link.name);
      expect(chain).toContain(link.role);
    }
    expect(await page.textContent('#evidence [data-field="grade"]')).toBe(claim.support.grade);
    expect(
      await page.evaluate(() =>
        ((globalThis as unknown as Window).explorer.cy as unknown as { nodes(s: string): { id(): string } }).nodes('.center').id(),
      ),
    ).toBe(claim.speaker.id);

    // The speaker's link is an /explore?id= link that opens the entity.
    await Promise.all([page.waitForNavigation(), page.click(`#evidence .meta a[data-id="${claim.speaker.id}"]`)]);
    expect(new URL(page.url()).searchParams.get('id')).toBe(claim.speaker.id);
    await page.waitForFunction(() => Number((globalThis as unknown as Window).document.body.dataset.draws ?? 0) > 0);
    expect(await page.textContent('#status')).toContain(claim.speaker.name);
    expect(problems).toEqual([]);
  });
});
