// Extraction as the server runs it: admitted per client and in all (core/admission.ts), the graph's dictionary
// looked up on the main thread, the extractor itself in a worker thread with a time budget (worker-pool.ts), so
// that a long article does not hold the event loop every other request is answered on.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../base/errors.js';
import type { Config } from '../config.js';
import { Admission } from '../core/admission.js';
import { extractDocument } from './extract-document.js';
import { candidatesOf } from './graph-dictionary.js';
import type { Draft, ExtractInput, ExtractorTask, NameCandidates } from './types.js';
import { WorkerPool } from './worker-pool.js';

/** The CPU work of an extraction, here or in a worker: the text's candidate names, then the draft. */
export interface Extractor {
  candidates(texts: readonly string[]): NameCandidates | Promise<NameCandidates>;
  extract(input: ExtractInput): Draft | Promise<Draft>;
}

/** The extractor on the calling thread (`npm run extract`, and the server with EXTRACT_WORKERS=0). */
export const IN_PROCESS: Extractor = { candidates: candidatesOf, extract: extractDocument };

export interface ExtractionOptions {
  /** Worker threads; 0 runs the extractor on the event loop (no time budget then). */
  workers: number;
  /** How long one extraction may run in its worker before it is stopped with TIMEOUT. */
  budgetMs: number;
  /** Extractions one client may have running or waiting at once. */
  perClient: number;
  /** Extractions running or waiting at once in all. */
  total: number;
}

/** One worker per core, keeping a core for the event loop, at most two (EXTRACT_WORKERS unset). */
export const defaultExtractWorkers = () => Math.max(1, Math.min(2, availableParallelism() - 1));

export function extractionOptionsFromConfig(config: Config): ExtractionOptions {
  return {
    workers: config.EXTRACT_WORKERS ?? defaultExtractWorkers(),
    budgetMs: config.EXTRACT_TIME_BUDGET_MS,
    perClient: config.EXTRACTIONS_PER_CLIENT,
    total: config.EXTRACTIONS_MAX,
  };
}

/** TIMEOUT for an extraction over its budget: the text, not the moment, is the cause, so no retry is suggested. */
export function overBudget(budgetMs: number): AppError {
  return new AppError(
    'TIMEOUT',
    `Extraction took longer than its budget of ${budgetMs} ms (EXTRACT_TIME_BUDGET_MS) and was stopped; nothing was ` +
      'extracted. Send a shorter text, such as the article in parts.',
    { limit: 'extractTimeBudget', budgetMs },
  );
}

// Under tsx and vitest the entry is TypeScript: the worker registers tsx's loader first (a worker does not take
// `--import tsx` from execArgv on Node 20), then imports it.
const TYPESCRIPT_BOOT = `const { api, script } = require('node:worker_threads').workerData;
import(api).then(({ register }) => { register(); return import(script); });`;

/** A worker on the entry beside this module: JavaScript in dist/, TypeScript (through tsx) from the sources. */
function startWorker(): Worker {
  const typescript = import.meta.url.endsWith('.ts');
  const script = new URL(`./extract-worker.${typescript ? 'ts' : 'js'}`, import.meta.url);
  if (!typescript) return new Worker(script);
  // tsx's ESM entry (its `import` export; require.resolve would give the CommonJS one).
  const api = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  return new Worker(TYPESCRIPT_BOOT, { eval: true, workerData: { api, script: script.href } });
}

/** The server's extractions: admission, then the work, given the extractor in the pool to run. */
export class Extractions {
  private readonly admission: Admission;
  private readonly pool: WorkerPool<ExtractorTask, Draft | NameCandidates> | undefined;
  private readonly extractor: Extractor;

  constructor(readonly options: ExtractionOptions) {
    this.admission = new Admission({ name: 'extractions', perClient: options.perClient, total: options.total });
    if (options.workers > 0) {
      const pool = new WorkerPool<ExtractorTask, Draft | NameCandidates>({
        start: startWorker,
        size: options.workers,
        budgetMs: options.budgetMs,
        overBudget,
      });
      this.pool = pool;
      this.extractor = {
        candidates: async (texts) => (await pool.run({ kind: 'candidates', texts })) as NameCandidates,
        extract: async (input) => (await pool.run({ kind: 'extract', input })) as Draft,
      };
    } else {
      this.pool = undefined;
      this.extractor = IN_PROCESS;
    }
  }

  /** `work` for `client` once admitted (else TOO_MANY_REQUESTS); its extractor fails with TIMEOUT past the budget. */
  async admit<T>(client: string, work: (extractor: Extractor) => Promise<T>): Promise<T> {
    const entry = this.admission.enter(client);
    if ('refused' in entry) throw entry.refused;
    try {
      return await work(this.extractor);
    } finally {
      entry.release();
    }
  }

  /** Workers alive, extractions running in them and waiting for one (all 0 without a pool). */
  stats(): { workers: number; running: number; queued: number } {
    return this.pool?.stats() ?? { workers: 0, running: 0, queued: 0 };
  }

  /** Stops the workers (at shutdown). */
  close(): Promise<void> {
    return this.pool?.close() ?? Promise.resolve();
  }
}
