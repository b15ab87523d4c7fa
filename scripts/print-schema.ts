// Prints the server's whole SDL to schema.graphql at the repository root, one file for client tools
// (npm run schema:print); test/schema-file.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSchema, printSchema } from 'graphql';
import { repoRoot } from '../src/base/paths.js';
import { loadTypeDefs } from '../src/server/schema.js';

export const SCHEMA_FILE = join(repoRoot(), 'schema.graphql');

/** The schema the server builds from schema/*.graphql, printed with its descriptions. */
export function printServerSchema(schemaDir = join(repoRoot(), 'schema')): string {
  const header = '# Generated from schema/*.graphql by `npm run schema:print`; do not edit.\n\n';
  return `${header}${printSchema(buildSchema(loadTypeDefs(schemaDir)))}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_FILE, printServerSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
