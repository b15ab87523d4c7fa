// npm run bench:reads -- --runs 60 [--warmup 10]: the compiled Cypher of the read operations of #20 part 3
// (contradictions list and first page, search, neighbourhood depth 2, paths) run back to back on the configured
// Neo4j (NEO4J_URI: a graph loaded with `npm run graph:generate`); per operation its db hits (one PROFILE) and
// the query's p50/p99 (driver round trip, no HTTP). Prints a Markdown table.
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

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '60' }, warmup: { type: 'string', default: '10' }, typical: { type: 'string' } },
});
const CLAIM = 'id text speaker { id name } source { id title }';
const PAIR = `claim { ${CLAIM} } contradictingClaim { ${CLAIM} }`;
const UKRAINE = 'trackId: "track:ukraine"';
const TYPICAL = values.typical ?? 'person:gen-960';
const HOOD = 'truncated nodes { id name } edges { type from { id } to { id } }';
const OPS: Record<string, string> = {
  'contradictions (list, deprecated)': `{ contradictions(${UKRAINE}) { ${PAIR} } }`,
  'contradictionsConnection first 20': `{ contradictionsConnection(${UKRAINE}, first: 20) { edges { cursor node { ${PAIR} } } pageInfo { hasNextPage } } }`,
  'contradictionsConnection first 20 + totalCount': `{ contradictionsConnection(${UKRAINE}, first: 20) { totalCount edges { node { ${PAIR} } } } }`,
  'search "envoy" first 10': '{ search(query: "envoy", first: 10) { score node { id ... on Entity { name } ... on Claim { text } } } }',
  'neighborhood depth 2 (typical person)': `{ neighborhood(id: "${TYPICAL}", depth: 2, includeRetracted: true) { ${HOOD} } }`,
  'paths Thiel -> Witkoff maxHops 4': '{ paths(from: "person:thiel", to: "person:witkoff", maxHops: 4) { length nodes { id } } }',
};

const hits = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((sum, c) => sum + hits(c), 0);
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main(): Promise<void> {
  const queries = loadQueries(CYPHER_DIR);
  const schema = buildSchema(loadTypeDefs(join(repoRoot(), 'schema')));
  const model = { metas: READ_TYPES, cypher: (name: string) => queries.get(name) ?? '' };
  const config = loadConfig();
  const driver = neo4j.driver((await resolveNeo4j(config)).uri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    disableLosslessIntegers: true,
  });
  const options = { database: config.NEO4J_DATABASE, routing: 'READ' as const };
  console.log('| operation | db hits | answer size | p50 ms | p99 ms |\n|---|---|---|---|---|');
  try {
    for (const [name, text] of Object.entries(OPS)) {
      const [field] = compileOperation(schema, model, READ_ROOTS, parse(text), { today: isoDay(new Date()), variables: {} });
      const params = Object.fromEntries(
        Object.entries(field!.params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]),
      );
      const profiled = await driver.executeQuery(`PROFILE ${field!.cypher}`, params, options);
      const times: number[] = [];
      for (let i = 0; i < Number(values.warmup) + Number(values.runs); i++) {
        const started = performance.now();
        await driver.executeQuery(field!.cypher, params, options);
        if (i >= Number(values.warmup)) times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const total = profiled.summary.profile ? hits(profiled.summary.profile) : 0;
      const rows = JSON.stringify(profiled.records[0]?.get('value') ?? null).length;
      console.log(`| ${name} | ${total} | ${rows} B | ${pct(times, 50).toFixed(1)} | ${pct(times, 99).toFixed(1)} |`);
    }
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
