// The Cypher each README example compiles to, held as reviewable .cypher snapshots (no database):
// a change to the compiler or to a domain's field metadata shows up here as a diff of real queries.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compileOperation } from '../../src/read/compile-operation.js';
import { loadQueries } from '../../src/db/cypher-files.js';
import { repoRoot } from '../../src/base/paths.js';
import { READ_ROOTS, READ_TYPES } from '../../src/server/read-model.js';
import { loadTypeDefs } from '../../src/server/schema.js';
import { CYPHER_DIR, SCHEMA_DIR } from '../support/graph.js';

const examples = join(repoRoot(), 'docs', 'examples');
const files = readdirSync(examples)
  .filter((f) => f.endsWith('.graphql'))
  .sort();
const schema = buildSchema(loadTypeDefs(SCHEMA_DIR));
const queries = loadQueries(CYPHER_DIR);
const model = { metas: READ_TYPES, cypher: (name: string) => queries.get(name) ?? '' };
// "Today" is an input of the compiler (the request's day), frozen here so that the snapshots hold on any day.
const TODAY = '2026-11-28';

describe('compiled Cypher of the example operations', () => {
  it.each(files)('%s compiles to one query per root field, as in its snapshot', async (file) => {
    const document = parse(readFileSync(join(examples, file), 'utf8'));
    const compiled = compileOperation(schema, model, READ_ROOTS, document, { today: TODAY });
    const rootFields = document.definitions.flatMap((d) => (d.kind === 'OperationDefinition' ? d.selectionSet.selections : []));
    expect(compiled).toHaveLength(rootFields.length);
    const text = compiled.map((c) => `// ${c.responseKey}\n// params: ${JSON.stringify(c.params)}\n${c.cypher}\n`).join('\n');
    await expect(text).toMatchFileSnapshot(join('__snapshots__', file.replace('.graphql', '.cypher')));
  });

  it("compiles the same query on any day: the request's day is a parameter, never read from the clock", () => {
    const document = parse(readFileSync(join(examples, files[0]!), 'utf8'));
    const [a] = compileOperation(schema, model, READ_ROOTS, document, { today: '2026-11-28' });
    const [b] = compileOperation(schema, model, READ_ROOTS, document, { today: '2031-02-03' });
    expect(b!.cypher).toBe(a!.cypher);
    expect(Object.values(b!.params)).toContain('2031-02-03');
    expect(Object.values(a!.params)).not.toContain('2031-02-03');
  });

  it('never puts argument values into the query text', () => {
    const document = parse(
      '{ search(query: "zzsecretzz", first: 7) { node { id } } people(filter: { text: "qqhiddenqq" }) { nodes { id } } }',
    );
    for (const c of compileOperation(schema, model, READ_ROOTS, document, { today: TODAY })) {
      expect(c.cypher).not.toMatch(/zzsecretzz|qqhiddenqq/);
      expect(JSON.stringify(c.params)).toMatch(/zzsecretzz|qqhiddenqq/);
    }
  });
});
