// The README and the generated JSON Schema stay true to the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../src/config.js';
import { repoRoot } from '../src/base/paths.js';
import { documentJsonSchema } from '../src/ingest/json-schema.js';
import { ERROR_CODES } from '../src/base/errors.js';

const readme = readFileSync(join(repoRoot(), 'README.md'), 'utf8');
const section = (title: string) => readme.slice(readme.indexOf(`## ${title}`), readme.indexOf('\n## ', readme.indexOf(`## ${title}`) + 3));

describe('documentation', () => {
  it('documents every configuration variable in the configuration table', () => {
    const table = section('Configuration');
    for (const variable of CONFIG_VARIABLES) expect(table, variable).toContain(`\`${variable}\``);
  });

  it('documents every error code in the errors table', () => {
    const table = section('Errors');
    for (const code of Object.keys(ERROR_CODES)) expect(table, code).toContain(`\`${code}\``);
  });

  it('ships the JSON Schema generated from the document definition (npm run schema:json)', () => {
    const shipped: unknown = JSON.parse(readFileSync(join(repoRoot(), 'schema', 'document.schema.json'), 'utf8'));
    expect(shipped).toEqual(documentJsonSchema());
  });
});
