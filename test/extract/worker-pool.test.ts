// Extraction off the event loop (#19 part 2): while a 60,000-character article is extracted, the same server keeps
// answering cheap requests; an extraction over its time budget is stopped with TIMEOUT and the server goes on
// extracting; a client past its cap of extractions at once gets TOO_MANY_REQUESTS (429, Retry-After).
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDatabase } from '../../src/db/database.js';
import { overBudget } from '../../src/extract/extraction.js';
import { WorkerPool } from '../../src/extract/worker-pool.js';
import type { RunningServer } from '../../src/server/start.js';
import { syntheticArticle } from '../../scripts/synthetic-article.js';
import { startProduct, startTestGraph, type TestGraph } from '../support/graph.js';

const EXTRACT = `query ($text: String!, $source: SourceInput!) {
  extractDocument(text: $text, source: $source) { claims resolvedEntities }
}`;
const SOURCE = { title: 'Talks resume', publisher: 'Fixture Desk (test data)' };
const ARTICLE = syntheticArticle(7);
const SHORT = 'Witkoff said that the Ukraine talks would resume in Geneva. Rubio told reporters that no date was set.';

interface Answer {
  status: number;
  retryAfter: string | null;
  body: {
    data?: { extractDocument: { claims: number; resolvedEntities: number } | null };
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
}

const extract = async (url: string, text: string): Promise<Answer> => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: EXTRACT, variables: { text, source: SOURCE } }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'] };
};

interface Lookups {
  /** Dictionary lookups done so far. */
  count(): number;
  /** Resolves once `n` lookups are done. */
  reach(n: number): Promise<void>;
}

/**
 * Counts the server's lookups of the graph's dictionary: once an extraction's is done, the extraction was admitted
 * and its extractor is about to run (on the event loop, before this change). Each request reads through a view of
 * the server's database of its own (bookmarks), so the method is watched on the class; `stop` puts it back.
 */
function watchDictionaryLookups(db: GraphDatabase): Lookups & { stop(): void } {
  const dictionary = db.cypher('extract/dictionary');
  const original = GraphDatabase.prototype.readPlain;
  let done = 0;
  const waiting: { n: number; resolve: () => void }[] = [];
  GraphDatabase.prototype.readPlain = async function (this: GraphDatabase, cypher, params, counter) {
    const rows = await original.call(this, cypher, params, counter);
    if (cypher === dictionary) {
      done += 1;
      for (const w of waiting.filter((w) => w.n <= done)) w.resolve();
    }
    return rows;
  };
  return {
    count: () => done,
    reach: (n) => (done >= n ? Promise.resolve() : new Promise((resolve) => waiting.push({ n, resolve }))),
    stop: () => {
      GraphDatabase.prototype.readPlain = original;
    },
  };
}

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.close());

const serve = startProduct;

describe('extraction off the event loop, default configuration', () => {
  let api: RunningServer;
  let lookups: ReturnType<typeof watchDictionaryLookups>;
  beforeAll(async () => {
    api = await serve();
    lookups = watchDictionaryLookups(api.db);
  });
  afterAll(async () => {
    lookups?.stop();
    await api?.stop();
  });

  it('answers /health/live and a small query while a 60,000-character article is being extracted', { timeout: 120_000 }, async () => {
    expect(ARTICLE.length).toBeGreaterThan(59_000);
    const order: string[] = [];
    const after = lookups.count() + 1;
    const extraction = extract(api.url, ARTICLE).then((answer) => (order.push('extraction'), answer));
    await lookups.reach(after);
    const live = fetch(`${api.url}/health/live`).then((res) => (order.push('live'), res.status));
    const small = fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "person:witkoff") { id } }' }),
    }).then(async (res) => (order.push('query'), (await res.json()) as { data: unknown }));
    expect(await live).toBe(200);
    expect((await small).data).toEqual({ node: { id: 'person:witkoff' } });
    const answer = await extraction;
    // The cheap requests were sent after the extractor had its input, and came back before its draft.
    expect([...order.slice(0, 2)].sort()).toEqual(['live', 'query']);
    expect(order[2]).toBe('extraction');
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.extractDocument?.claims).toBeGreaterThan(100);
    expect(answer.body.data?.extractDocument?.resolvedEntities).toBeGreaterThan(3);
  });

  it(
    'refuses a third extraction at once from one client with TOO_MANY_REQUESTS, HTTP 429 and Retry-After',
    { timeout: 120_000 },
    async () => {
      const admitted = lookups.count() + 2;
      const running = [extract(api.url, ARTICLE), extract(api.url, ARTICLE)];
      await lookups.reach(admitted);
      const third = await extract(api.url, SHORT);
      expect(third.status).toBe(429);
      expect(third.retryAfter).toBe('2');
      expect(third.body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', limit: 'extractions', retryAfter: 2 });
      expect(third.body.errors?.[0]?.message).toBe('At most 2 extractions at once per client; retry later.');
      for (const answer of await Promise.all(running)) expect(answer.body.errors).toBeUndefined();
      // Their slots are free again.
      expect((await extract(api.url, SHORT)).body.data?.extractDocument?.claims).toBeGreaterThan(0);
    },
  );
});

describe('extraction over its time budget', () => {
  let api: RunningServer;
  // A budget no 60,000-character article can be extracted in (it takes hundreds of milliseconds on any machine),
  // so the outcome does not depend on the machine's speed.
  beforeAll(async () => {
    api = await serve({ EXTRACT_TIME_BUDGET_MS: '1' });
  });
  afterAll(() => api?.stop());

  it(
    'stops a 60,000-character article past EXTRACT_TIME_BUDGET_MS with TIMEOUT, and goes on serving extractions',
    { timeout: 120_000 },
    async () => {
      const over = await extract(api.url, ARTICLE);
      expect(over.body.data?.extractDocument ?? null).toBeNull();
      expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: 'TIMEOUT', limit: 'extractTimeBudget', budgetMs: 1 });
      expect(over.body.errors?.[0]?.message).toBe(
        'Extraction took longer than its budget of 1 ms (EXTRACT_TIME_BUDGET_MS) and was stopped; nothing was extracted. ' +
          'Send a shorter text, such as the article in parts.',
      );
      // The stopped extraction holds no slot and its worker was replaced: two more at once (the per-client cap)
      // are both run by a worker and stopped in turn, neither refused nor left waiting.
      const next = await Promise.all([extract(api.url, ARTICLE), extract(api.url, ARTICLE)]);
      for (const answer of next) expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'TIMEOUT', budgetMs: 1 });
    },
  );
});

describe('the worker pool', () => {
  it('terminates a worker whose task outlives the budget, and replaces it', async () => {
    // A worker that never finishes its task: only terminating it stops it.
    const spinning = `const { parentPort } = require('node:worker_threads');
parentPort.on('message', () => { for (;;); });
parentPort.postMessage({ ready: true });`;
    const exits: Promise<unknown>[] = [];
    const start = () => {
      const worker = new Worker(spinning, { eval: true });
      exits.push(new Promise((resolve) => worker.once('exit', resolve)));
      return worker;
    };
    const pool = new WorkerPool<string, string>({ start, size: 1, budgetMs: 200, overBudget });
    try {
      await expect(pool.run('spin')).rejects.toMatchObject({ extensions: { code: 'TIMEOUT', budgetMs: 200 } });
      await exits[0];
      // The spinning worker exited; a fresh one took its place.
      expect(exits).toHaveLength(2);
      expect(pool.stats()).toEqual({ workers: 1, running: 0, queued: 0 });
    } finally {
      await pool.close();
    }
    expect(pool.stats().workers).toBe(0);
  });
});
