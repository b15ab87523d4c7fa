// Writes schema/document.schema.json from the zod definition in src/ingest/document.ts
// (npm run schema:json); a test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../src/base/paths.js';
import { documentJsonSchema } from '../src/ingest/json-schema.js';

const path = join(repoRoot(), 'schema', 'document.schema.json');
writeFileSync(path, `${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path}`);
