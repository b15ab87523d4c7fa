// Tests share one real Neo4j (started by test/global-setup.ts); files run one at a time because each
// resets and reseeds that database. They also share one worker process (isolate: false): each file's
// module graph (Apollo, graphql, the driver, the server's modules) is imported once per run instead of once
// per file, which cost about 1.5 s a file, and test/support's seed capture is taken once.
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One graphql instance, as under Node: Apollo loads graphql's CommonJS build, while Vite would give
  // our sources its ESM build ("module" field), and graphql refuses types from "another realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    globalSetup: ['test/global-setup.ts'],
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    fileParallelism: false,
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 240_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
