// npm run cypher:explain -- <operation.graphql | '{ query }'> [--variables '{...}'] [--profile]
// Prints the Cypher each root field compiles to; with --profile, runs PROFILE on the configured Neo4j
// (NEO4J_URI, or the local one) and prints the plan's operators with rows and db hits.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSchema, parse } from 'graphql';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { compileOperation } from '../src/read/compile-operation.js';
import { loadConfig } from '../src/config.js';
import { loadQueries } from '../src/db/cypher-files.js';
import { CYPHER_DIR, resolveNeo4j } from '../src/db/connect.js';
import { isoDay } from '../src/domain/iso-date.js';
import { repoRoot } from '../src/base/paths.js';
import { READ_ROOTS, READ_TYPES } from '../src/server/read-model.js';
import { loadTypeDefs } from '../src/server/schema.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { variables: { type: 'string', default: '{}' }, profile: { type: 'boolean', default: false } },
});

function printPlan(plan: ProfiledPlan, depth = 0): number {
  const details = String(plan.arguments.Details ?? '').slice(0, 140);
  console.log(`${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} dbHits=${plan.dbHits} ${details}`);
  return plan.dbHits + plan.children.reduce((sum, child) => sum + printPlan(child, depth + 1), 0);
}

async function main(): Promise<void> {
  const source = positionals[0];
  if (!source) throw new Error("usage: npm run cypher:explain -- <file.graphql | '{ query }'> [--variables JSON] [--profile]");
  const text = existsSync(source) ? readFileSync(source, 'utf8') : source;
  const queries = loadQueries(CYPHER_DIR);
  const schema = buildSchema(loadTypeDefs(join(repoRoot(), 'schema')));
  const model = { metas: READ_TYPES, cypher: (name: string) => queries.get(name) ?? '' };
  const compiled = compileOperation(schema, model, READ_ROOTS, parse(text), {
    today: isoDay(new Date()),
    variables: JSON.parse(values.variables) as Record<string, unknown>,
  });
  const config = loadConfig();
  const driver = values.profile
    ? neo4j.driver((await resolveNeo4j(config)).uri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
        disableLosslessIntegers: true,
      })
    : undefined;
  try {
    for (const field of compiled) {
      console.log(`// ${field.responseKey}\n// params: ${JSON.stringify(field.params)}\n${field.cypher}\n`);
      if (!driver) continue;
      const params = Object.fromEntries(
        Object.entries(field.params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]),
      );
      const started = performance.now();
      const result = await driver.executeQuery(`PROFILE ${field.cypher}`, params, { database: config.NEO4J_DATABASE, routing: 'READ' });
      const ms = (performance.now() - started).toFixed(1);
      const total = result.summary.profile ? printPlan(result.summary.profile) : 0;
      console.log(`-- ${field.responseKey}: ${total} db hits, ${result.records.length} row(s), ${ms} ms (profiled)\n`);
    }
  } finally {
    await driver?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
