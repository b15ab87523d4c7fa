// The review page at /review, in headless Chromium over the seeded graph: an analyst pastes an article, extracts a
// draft, sees its claims and mentions in the text, drops a claim, dry-runs the edited draft and ingests it; and
// the pure edit that keeps a document valid when claims are dropped, run through node:vm as the browser runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/base/paths.js';
import { DRAFT_EDITS_SCRIPT, REVIEW_CSP } from '../../src/review/index.js';
import { testOutputDir } from '../support/browser.js';
import { TOKENS, type TestGraph } from '../support/graph.js';
import type { ServedApp } from '../support/http.js';
import { servedPage } from '../support/served-page.js';

type Doc = Record<string, unknown> & {
  entities?: { id?: string; name: string; kind: string; extracted?: { resolved?: boolean } }[];
  claims?: {
    text: string;
    speaker?: string;
    about?: string[];
    contradicts?: string[];
    supports?: string[];
    span?: { start: number; end: number };
  }[];
  relations?: { type: string; from: string; to: string; evidence: string[] }[];
};
interface ReviewEdits {
  pruneDraft(doc: Doc, dropped: { entities?: number[]; claims?: number[]; relations?: number[] }): Doc;
  renameRefs(doc: Doc, from: string, to: string): Doc;
}
interface ReviewHook {
  review: { document(): Doc; draft(): Doc; select(kind: string, index: number): string };
}
interface Dom {
  document: { body: { dataset: Record<string, string | undefined> } };
}
interface Marked {
  dataset: { claim?: string };
}
interface SourceClaims {
  node: { claims: { id: string; text: string; sentence: string | null; span: { start: number; end: number } | null }[] };
}

const FIXTURE = join(repoRoot(), 'test', 'fixtures', 'extraction', '06-ukraine-geneva-framework');
const ARTICLE = readFileSync(join(FIXTURE, 'article.txt'), 'utf8');
const GOLD = JSON.parse(readFileSync(join(FIXTURE, 'gold.json'), 'utf8')) as {
  source: { title: string; publisher: string; url: string; publishedDate: string };
};
const SOURCE_CLAIMS = `query ($id: ID!) { node(id: $id) { ... on Source { claims(first: 1000) { id text sentence span { start end } } } } }`;
// The page waits on the API (extraction, a dry run); vitest's default of 1 s is short on a busy machine.
const POLL = { timeout: 20_000 };

/** The page's edit functions, evaluated from the very script the browser gets; answers copied into this realm. */
function loadEdits(): ReviewEdits {
  const context: { reviewEdits?: ReviewEdits } = {};
  runInNewContext(DRAFT_EDITS_SCRIPT, context);
  const edits = context.reviewEdits!;
  const here = (doc: Doc) => JSON.parse(JSON.stringify(doc)) as Doc;
  return {
    pruneDraft: (doc, dropped) => here(edits.pruneDraft(doc, dropped)),
    renameRefs: (doc, from, to) => here(edits.renameRefs(doc, from, to)),
  };
}

describe('dropping items of a draft', () => {
  const edits = loadEdits();
  const claim = (text: string, extra: Partial<NonNullable<Doc['claims']>[number]> = {}) => ({
    text,
    speaker: 'Desk',
    about: ['Witkoff'],
    ...extra,
  });
  const doc: Doc = {
    source: { title: 'T' },
    entities: [
      { name: 'Desk', kind: 'INSTITUTION' },
      { name: 'Kirill Dmitriev', kind: 'PERSON' },
    ],
    claims: [
      claim('zero', { supports: ['#3'] }),
      claim('one', { about: ['Witkoff', 'Kirill Dmitriev'] }),
      claim('two', { contradicts: ['#1'] }),
      claim('three', { contradicts: ['#1', '#0'], supports: ['claim:earlier'] }),
    ],
    relations: [
      { type: 'HEADS', from: 'Kirill Dmitriev', to: 'Desk', evidence: ['#1'] },
      { type: 'HAS_TIES_TO', from: 'Witkoff', to: 'Desk', evidence: ['#1', '#3'] },
      { type: 'HAS_TIES_TO', from: 'Desk', to: 'Witkoff', evidence: ['#1', 'claim:earlier'] },
    ],
  };

  it('renumbers #N references and leaves out relations whose evidence only cites dropped claims', () => {
    const pruned = edits.pruneDraft(doc, { claims: [1] });
    expect(pruned.claims!.map((c) => c.text)).toEqual(['zero', 'two', 'three']);
    expect(pruned.claims!.map((c) => [c.contradicts ?? [], c.supports ?? []])).toEqual([
      [[], ['#2']],
      [[], []],
      [['#0'], ['claim:earlier']],
    ]);
    expect(pruned.relations).toEqual([
      { type: 'HAS_TIES_TO', from: 'Witkoff', to: 'Desk', evidence: ['#2'] },
      { type: 'HAS_TIES_TO', from: 'Desk', to: 'Witkoff', evidence: ['claim:earlier'] },
    ]);
    expect(doc.claims).toHaveLength(4); // the draft itself is left as it was
  });

  it('drops an entity with the relations it ends and its place in what claims are about', () => {
    const pruned = edits.pruneDraft(doc, { entities: [1], relations: [2] });
    expect(pruned.entities!.map((e) => e.name)).toEqual(['Desk']);
    expect(pruned.claims![1]!.about).toEqual(['Witkoff']);
    expect(pruned.relations!.map((r) => r.evidence)).toEqual([['#1', '#3']]);
    expect(edits.pruneDraft(doc, {})).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('renames an entity in every reference to it', () => {
    const renamed = edits.renameRefs(doc, 'kirill dmitriev', 'Kirill A. Dmitriev');
    expect(renamed.claims![1]!.about).toEqual(['Witkoff', 'Kirill A. Dmitriev']);
    expect(renamed.relations![0]!.from).toBe('Kirill A. Dmitriev');
    expect(renamed.claims![0]!.speaker).toBe('Desk');
  });
});

describe('review page', () => {
  let graph: TestGraph;
  let api: ServedApp;
  let page: Page;
  let problems: string[];
  let close: (() => Promise<void>) | undefined;
  const draftOf = () => page.evaluate(() => (globalThis as unknown as ReviewHook).review.draft());
  const documentOf = () => page.evaluate(() => (globalThis as unknown as ReviewHook).review.document());

  beforeAll(async () => {
    ({ graph, api, page, problems, close } = await servedPage({ width: 1400, height: 900 }));
  });
  afterAll(() => close?.());

  /** Runs `action` and waits for the dry run or ingest it starts to be answered (the page counts them). */
  async function sent(action: () => Promise<unknown>): Promise<void> {
    const before = Number((await page.getAttribute('body', 'data-sent')) ?? 0);
    await action();
    // A function, not a string: the page's CSP refuses eval, and a string predicate needs it.
    await page.waitForFunction((n) => Number((globalThis as unknown as Dom).document.body.dataset.sent ?? 0) > n, before, POLL);
  }

  it('serves the page and its own scripts under a strict CSP, with no CDN', async () => {
    const res = await fetch(`${api.base}/review`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(REVIEW_CSP);
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    const scripts = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.map((src) => src.replace(/\?.*/, ''))).toEqual([
      '/review/assets/draft-edits.js',
      '/review/assets/review-text.js',
      '/review/assets/review.js',
    ]);
    const script = await fetch(`${api.base}${scripts[2]}`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${api.base}/review/assets/package.json`)).status).toBe(404);
  });

  it('extracts a draft from an article and marks its claims and mentions in the text', async () => {
    await page.goto(`${api.base}/review`);
    await page.fill('#article', ARTICLE);
    await page.fill('#title', GOLD.source.title);
    await page.fill('#publisher', GOLD.source.publisher);
    await page.fill('#url', GOLD.source.url);
    await page.fill('#date', GOLD.source.publishedDate);
    await page.click('#extract');
    await page.waitForFunction(() => (globalThis as unknown as Dom).document.body.dataset.extracted === '1', undefined, POLL);
    expect(await page.textContent('#status')).not.toContain('rror');

    const draft = await draftOf();
    expect(draft.claims!.length).toBeGreaterThan(5);
    // The text is shown whole, as text: every character of the article and nothing else.
    expect(await page.textContent('#text')).toBe(ARTICLE);
    const marked = await page.$$eval('#text .claim', (spans) => new Set(spans.map((s) => (s as unknown as Marked).dataset.claim)).size);
    expect(marked).toBe(draft.claims!.filter((c) => c.span).length);
    expect(await page.locator('#text .claim.kind-quote').count()).toBeGreaterThan(0);
    const resolved = await page.$$eval('#text .mention.resolved', (marks) => marks.map((m) => m.textContent));
    expect(resolved).toContain('Witkoff');
    expect(await page.locator('#text .mention.new').count()).toBeGreaterThan(0);

    // Picking a claim emphasises exactly its passage.
    const index = draft.claims!.findIndex((c) => c.span);
    const span = draft.claims![index]!.span!;
    await page.click(`#claims > li[data-index="${index}"] .title`);
    const emphasised = await page.$$eval('#text .sel', (spans) => spans.map((s) => s.textContent).join(''));
    expect(emphasised).toBe(ARTICLE.slice(span.start, span.end));
    expect(await page.getAttribute(`#claims > li[data-index="${index}"]`, 'class')).toContain('selected');
  });

  it('shows the problems of a dry run with their paths', async () => {
    await page.click('.token summary');
    await page.fill('#token', TOKENS.editor);
    const about = page.locator('#claims > li[data-index="0"] .about');
    const before = await about.inputValue();
    await about.fill('');
    await sent(() => page.click('#dry-run'));
    const listed = await page.locator('#outcome .problems li').allTextContents();
    expect(listed.some((line) => line.includes('claims[0].about'))).toBe(true);
    await page.screenshot({ path: join(testOutputDir(), 'review-problems.png') });
    expect(await page.isDisabled('#ingest')).toBe(true);
    await about.fill(before);
  });

  it('drops a claim, dry-runs the edited draft and ingests it with an editor token', async () => {
    const draft = await draftOf();
    // A claim that is the only evidence of a relation, so that dropping it also drops that relation.
    const cited = draft.relations!.findIndex((r) => r.evidence.length === 1 && /^#\d+$/.test(r.evidence[0]!));
    const dropped = cited >= 0 ? Number(draft.relations![cited]!.evidence[0]!.slice(1)) : 0;
    const droppedText = draft.claims![dropped]!.text;
    await page.check(`#claims > li[data-index="${dropped}"] .drop`);
    expect(await page.locator(`#text .claim.dropped[data-claim="${dropped}"]`).count()).toBeGreaterThan(0);
    const sentDoc = await documentOf();
    expect(sentDoc.claims).toHaveLength(draft.claims!.length - 1);
    if (cited >= 0) {
      expect(await page.getAttribute(`#relations > li[data-index="${cited}"]`, 'class')).toContain('pruned');
      expect(sentDoc.relations!.length).toBeLessThan(draft.relations!.length);
    }

    await sent(() => page.click('#dry-run'));
    await page.click(`#relations > li[data-index="${Math.max(cited, 0)}"] .title`);
    await page.screenshot({ path: join(testOutputDir(), 'review-dry.png') });
    expect(await page.locator('#outcome .problems li').count()).toBe(0);
    expect(await page.textContent('#outcome .summary')).toContain('Dry run');
    expect(await page.locator('#outcome .change').count()).toBeGreaterThan(sentDoc.claims!.length);
    expect(await page.isEnabled('#ingest')).toBe(true);

    await sent(() => page.click('#ingest'));
    const created = await page.locator('#outcome .created-claims li').allTextContents();
    expect(created).toHaveLength(sentDoc.claims!.length);
    const sourceId = (await page.getAttribute('body', 'data-ingested'))!;
    await page.screenshot({ path: join(testOutputDir(), 'review.png') });

    const stored = (await graph.data<SourceClaims>(SOURCE_CLAIMS, { id: sourceId })).node.claims;
    expect(stored.map((c) => c.id).sort()).toEqual([...created].sort());
    expect(stored.map((c) => c.text)).not.toContain(droppedText);
    const withSpan = stored.filter((c) => c.span);
    expect(withSpan.length).toBeGreaterThan(0);
    for (const claim of withSpan) expect(claim.sentence).toBe(ARTICLE.slice(claim.span!.start, claim.span!.end));
    expect(problems).toEqual([]);
  });
});
