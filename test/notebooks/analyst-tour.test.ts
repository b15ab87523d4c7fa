// The analyst tour notebook run top to bottom, as a new analyst runs it: the Python client from .venv
// (scripts/python-env.sh), a freshly seeded graph served over HTTP, the editor key for its ingest step, and
// scripts/run-notebook.py executing it in a kernel on the venv's python. Its checked cells assert what an
// analyst would see; the runner reports the summary line the notebook prints last.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/base/paths.js';
import { startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';
import { serveApp, type ServedApp } from '../support/http.js';

const ROOT = repoRoot();
const PYTHON = join(ROOT, '.venv', 'bin', 'python');
const NOTEBOOK = 'notebooks/analyst-tour.ipynb';

interface Run {
  code: number | null;
  output: string;
  seconds: number;
}

/** Runs a command in the repo root without blocking the event loop (the served API answers meanwhile). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 600_000): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(command, args, { cwd: ROOT, env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, output: `${stdout}${stderr}`, seconds: (performance.now() - started) / 1000 });
    });
  });
}

interface Summary {
  tracks_through_witkoff: number;
  ukraine_contradictions: number;
  top_broker: string;
  as_of: Record<string, string[]>;
  iran_route: { valid_from: string; valid_to: string };
  brokers_by_month: Record<string, string[]>;
  ukraine_first_divergence: string;
}

interface NotebookCell {
  cell_type: string;
  source: string | string[];
  metadata: { tags?: string[] };
  outputs?: unknown[];
  execution_count?: number | null;
}

let graph: TestGraph;
let served: ServedApp;

beforeAll(async () => {
  const env = await run('bash', [join(ROOT, 'scripts', 'python-env.sh')]);
  if (env.code !== 0) throw new Error(`scripts/python-env.sh failed (exit ${env.code}):\n${env.output}`);
  graph = await startTestGraph();
  served = await serveApp(graph.db);
}, 900_000);
afterAll(async () => {
  await served?.close();
  await graph?.close();
});

describe('analyst tour notebook', () => {
  it('runs top to bottom against the seeded API: three tracks through Witkoff, a Ukraine contradiction, Iran routed in May but not in July', async () => {
    const result = await run(PYTHON, ['scripts/run-notebook.py', NOTEBOOK, '--out', 'test-output/notebooks/analyst-tour.ipynb'], {
      POLICY_GRAPH_URL: `${served.base}/graphql`,
      POLICY_GRAPH_API_KEY: TOKENS.editor,
    });
    // The figure for the closing note: the whole run, kernel start included.
    console.log(`analyst tour: ${result.seconds.toFixed(1)} s end to end\n${result.output.trim()}`);
    expect(result.code, `run-notebook.py failed:\n${result.output}`).toBe(0);

    const line = result.output.split('\n').find((l) => l.startsWith('summary: {'));
    expect(line, `no summary line in:\n${result.output}`).toBeDefined();
    const summary = JSON.parse(line!.slice('summary: '.length)) as Summary;
    expect(summary.tracks_through_witkoff).toBe(3);
    expect(summary.ukraine_contradictions).toBeGreaterThanOrEqual(1);
    expect(summary.top_broker).toBe('person:witkoff');
    expect(summary.as_of['2025-05-15']).toContain('track:iran');
    expect(summary.as_of['2025-07-01']).not.toContain('track:iran');
    expect(summary.as_of['2025-07-01']).toEqual(['track:israel-hamas', 'track:ukraine']);
    expect(summary.iran_route.valid_to).toBe('2025-06-13');
    expect(summary.brokers_by_month['2025-05']).toContain('person:witkoff');
    expect(summary.ukraine_first_divergence).toBe('2025-04-01');
  }, 600_000);

  it('is committed without outputs or execution counts, and as its generator writes it', async () => {
    const notebook = JSON.parse(readFileSync(join(ROOT, NOTEBOOK), 'utf8')) as {
      cells: NotebookCell[];
      metadata: { kernelspec?: { name?: string } };
    };
    expect(notebook.metadata.kernelspec?.name).toBe('python3');
    const code = notebook.cells.filter((cell) => cell.cell_type === 'code');
    for (const cell of code) {
      expect(cell.outputs).toEqual([]);
      expect(cell.execution_count).toBeNull();
    }
    const checked = code.filter((cell) => cell.metadata.tags?.includes('check'));
    expect(checked.length).toBeGreaterThanOrEqual(8);
    for (const cell of checked) expect([cell.source].flat().join('')).toMatch(/^assert /m);
    expect(code.filter((cell) => cell.metadata.tags?.includes('summary'))).toHaveLength(1);

    expect(existsSync(PYTHON), 'no .venv: run scripts/python-env.sh').toBe(true);
    const check = await run(PYTHON, ['notebooks/build_analyst_tour.py', '--check']);
    expect(check.code, check.output).toBe(0);
  });
});
