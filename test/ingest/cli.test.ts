// npm run ingest: a folder of documents, progress per file, a bad file reported without stopping the rest.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { repoRoot } from '../../src/base/paths.js';
import { FIXTURE_DIR } from '../support/documents.js';
import { startTestGraph, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
const folder = mkdtempSync(join(tmpdir(), 'policy-graph-cli-'));
beforeAll(async () => {
  graph = await startTestGraph();
  copyFileSync(join(FIXTURE_DIR, '01-iran-talks-stall.json'), join(folder, 'a.json'));
  writeFileSync(join(folder, 'b.json'), '{"source": {"title": "Broken"}, "claims": [{"text": "x", "kind": "RUMOUR"}]}');
  copyFileSync(join(FIXTURE_DIR, '03-gaza-ceasefire.json'), join(folder, 'c.json'));
});
afterAll(async () => {
  await graph.close();
  rmSync(folder, { recursive: true, force: true });
});

async function runCli(...args: string[]) {
  const { uri, password } = inject('neo4j');
  const tsx = join(repoRoot(), 'node_modules', '.bin', 'tsx');
  try {
    const { stdout } = await promisify(execFile)(tsx, ['src/ingest/cli.ts', ...args], {
      cwd: repoRoot(),
      env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password, NODE_ENV: 'test' },
    });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('ingest CLI', () => {
  it('ingests a folder file by file, reports the bad one with its problems, and sums up', async () => {
    const { code, stdout } = await runCli(folder);
    expect(stdout).toMatch(/\[1\/3\] a\.json: created \d+, updated \d+, unchanged \d+/);
    expect(stdout).toMatch(/\[2\/3\] b\.json: FAILED/);
    expect(stdout).toContain('claims[0].kind');
    expect(stdout).toMatch(/\[3\/3\] c\.json: created \d+/);
    expect(stdout).toMatch(/2 ingested, 1 failed/);
    expect(code).toBe(1);
    const { node } = await graph.data<{ node: { name: string } }>(`{ node(id: "person:kushner") { ... on Person { name } } }`);
    expect(node.name).toBe('Jared Kushner');
  }, 60_000);

  it('writes nothing on a dry run', async () => {
    const before = await graph.db.readPlain('MATCH (n) RETURN count(n) AS n', {});
    const { stdout } = await runCli('--dry-run', join(FIXTURE_DIR, '02-alaska-summit.json'));
    expect(stdout).toMatch(/Dry run: 1 ingested, 0 failed; [1-9]\d* created/);
    expect(await graph.db.readPlain('MATCH (n) RETURN count(n) AS n', {})).toEqual(before);
  }, 60_000);
});
