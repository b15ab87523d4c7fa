// The Python client (clients/python) as an analyst's notebook uses it: its pytest suite runs in the
// project's .venv (scripts/python-env.sh) against the real HTTP server over a freshly seeded graph.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/base/paths.js';
import { startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';
import { serveApp, type ServedApp } from '../support/http.js';

interface Finished {
  code: number;
  output: string;
}

/** Runs a command to its end, whatever its exit code, with its stdout and stderr as one text. */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<Finished> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: repoRoot(), env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}${error && typeof error.code !== 'number' ? String(error) : ''}` });
    });
  });
}

let graph: TestGraph;
let served: ServedApp;

beforeAll(async () => {
  // The first run creates .venv and installs the locked packages from PyPI (about a minute); later runs skip it.
  const setup = await run('bash', [join('scripts', 'python-env.sh')]);
  if (setup.code !== 0) throw new Error(`scripts/python-env.sh failed (exit ${setup.code}):\n${setup.output}`);
  graph = await startTestGraph();
  served = await serveApp(graph.db);
}, 600_000);
afterAll(async () => {
  await served?.close();
  await graph?.close();
});

describe('Python client', () => {
  it('passes its pytest suite against the seeded graph (reads, pagination, graphs, frames, exports)', async () => {
    const result = await run(
      join('.venv', 'bin', 'python'),
      ['-m', 'pytest', 'clients/python/tests', '-q', '-p', 'no:cacheprovider', '-rs'],
      {
        POLICY_GRAPH_URL: `${served.base}/graphql`,
        POLICY_GRAPH_READER_KEY: TOKENS.reader,
        POLICY_GRAPH_EDITOR_KEY: TOKENS.editor,
        PYTHONDONTWRITEBYTECODE: '1',
      },
    );
    if (result.code !== 0) console.error(result.output);
    expect(result.code, `pytest failed:\n${result.output}`).toBe(0);
    expect(result.output).toMatch(/\d+ passed/);
    expect(result.output).not.toMatch(/skipped/);
  }, 300_000);
});
