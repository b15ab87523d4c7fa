// The README's and the playground's example operations (docs/examples) run and answer something.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/base/paths.js';
import { startTestGraph, type TestGraph } from './support/graph.js';

const dir = join(repoRoot(), 'docs', 'examples');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.graphql'))
  .sort();

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.close());

const nonEmpty = (value: unknown): boolean =>
  Array.isArray(value) ? value.length > 0 : value !== null && typeof value === 'object' && Object.values(value).some(nonEmpty);

describe('example operations', () => {
  it('has examples', () => expect(files.length).toBeGreaterThanOrEqual(5));
  it.each(files)('%s runs without errors and returns data', async (file) => {
    const result = await graph.run(readFileSync(join(dir, file), 'utf8'));
    expect(result.errors).toBeUndefined();
    for (const value of Object.values(result.data ?? {})) expect(nonEmpty(value)).toBe(true);
  });
});

describe('README', () => {
  it('shows every example operation verbatim', () => {
    const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
    for (const file of files) expect(readme).toContain(readFileSync(join(dir, file), 'utf8').trim());
  });
});
