// schema.graphql (the whole SDL in one file, for client tools) stays what the server builds from
// schema/*.graphql, and the web client's typed documents stay what codegen makes from it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import webClientCodegen from '../examples/web-client/codegen.js';
import { repoRoot } from '../src/base/paths.js';
import { printServerSchema, SCHEMA_FILE } from '../scripts/print-schema.js';

describe('schema.graphql', () => {
  it('is the SDL the server serves, printed from schema/*.graphql', () => {
    const stale = 'schema.graphql is out of date with schema/*.graphql: run `npm run schema:print` (then `npm run web-client:codegen`)';
    expect(existsSync(SCHEMA_FILE), stale).toBe(true);
    expect(readFileSync(SCHEMA_FILE, 'utf8'), stale).toBe(printServerSchema());
  });

  it("keeps the web client's typed documents generated from it", async () => {
    const outputs = await generate({ ...webClientCodegen, cwd: repoRoot(), silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      const path = join(repoRoot(), filename);
      const stale = `${filename} is out of date with schema.graphql or the client's documents: run \`npm run web-client:codegen\``;
      expect(existsSync(path), stale).toBe(true);
      expect(readFileSync(path, 'utf8'), stale).toBe(content);
    }
  });
});
