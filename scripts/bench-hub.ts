// npx tsx scripts/bench-hub.ts [--sizes S,M] [--rounds 30] [--target neo4j.json]
// The hub's first page (Entity.relationsPage) against the unpaged list (relations(first: 100)) at each size:
// PROFILE db hits of the compiled query and its p50/p99 over `rounds` runs (the query alone, plan cached).
// Each size gets a fresh throwaway Neo4j loaded with the generated graph (as bench:scale does), unless
// --target names a JSON file {uri, user, password} of one already loaded (one per size, in order). Prints
// the tables of docs/benchmarks/hub-2026-12-06.md.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { compileOperation } from '../src/read/compile-operation.js';
import { loadQueries } from '../src/db/cypher-files.js';
import { CYPHER_DIR } from '../src/db/connect.js';
import { isoDay } from '../src/domain/iso-date.js';
import { repoRoot } from '../src/base/paths.js';
import { READ_ROOTS, READ_TYPES } from '../src/server/read-model.js';
import { loadTypeDefs } from '../src/server/schema.js';
import { benchmarkIds, type BenchmarkIds, type GraphSize } from './graph-gen/index.js';
import { startThrowawayNeo4j } from './lib/throwaway-neo4j.js';
import { loadRaceGraph } from './race/graph.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'S,M' },
    rounds: { type: 'string', default: '30' },
    target: { type: 'string', multiple: true },
  },
});

const EDGE = 'edges { cursor node { id type role from { id name } to { id name } } } pageInfo { hasNextPage endCursor }';
const OPERATIONS: Record<string, (ids: BenchmarkIds) => string> = {
  'page first 20': (ids) =>
    `{ node(id: "${ids.hubPerson}") { ... on Person { relationsPage(first: 20) { totalCount countsByType { type count } ${EDGE} } } } }`,
  'page first 100': (ids) => `{ node(id: "${ids.hubPerson}") { ... on Person { relationsPage(first: 100) { totalCount ${EDGE} } } } }`,
  'old relations(first: 100)': (ids) =>
    `{ node(id: "${ids.hubPerson}") { ... on Person { relations(first: 100) { id type role from { id name } to { id name } } } } }`,
  // The prolific speaker: the person who said the most claims.
  'claims page first 20 (prolific speaker)': (ids) =>
    `{ node(id: "${ids.prolificSpeaker}") { ... on Person { claimsMadePage(first: 20) { totalCount ` +
    `edges { cursor node { id text } } pageInfo { hasNextPage endCursor } } } } }`,
  'old claimsMade(first: 20) (prolific speaker)': (ids) =>
    `{ node(id: "${ids.prolificSpeaker}") { ... on Person { claimsMade(first: 20) { id text } } } }`,
};

function dbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function measure(driver: Driver, ids: BenchmarkIds, rounds: number): Promise<string[]> {
  const queries = loadQueries(CYPHER_DIR);
  const schema = buildSchema(loadTypeDefs(join(repoRoot(), 'schema')));
  const model = { metas: READ_TYPES, cypher: (name: string) => queries.get(name) ?? '' };
  const rows: string[] = [];
  for (const [name, op] of Object.entries(OPERATIONS)) {
    const [field] = compileOperation(schema, model, READ_ROOTS, parse(op(ids)), { today: isoDay(new Date()), variables: {} });
    if (!field) throw new Error(`${name}: nothing compiled`);
    const params = Object.fromEntries(
      Object.entries(field.params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]),
    );
    const run = (prefix = '') => driver.executeQuery(`${prefix}${field.cypher}`, params, { routing: 'READ' });
    const profiled = await run('PROFILE ');
    const hits = profiled.summary.profile ? dbHits(profiled.summary.profile) : NaN;
    for (let i = 0; i < 3; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    rows.push(`| ${name} | ${hits} | ${quantile(times, 0.5).toFixed(1)} | ${quantile(times, 0.99).toFixed(1)} |`);
    console.log(rows.at(-1));
  }
  return rows;
}

async function main(): Promise<void> {
  const sizes = values.sizes.split(',') as GraphSize[];
  const rounds = Number(values.rounds);
  const out: string[] = [];
  for (const [i, size] of sizes.entries()) {
    const targetFile = values.target?.[i];
    const neo = targetFile ? undefined : await startThrowawayNeo4j({ name: 'hub', heap: '1g', log: console.log });
    const target = targetFile
      ? (JSON.parse(readFileSync(targetFile, 'utf8')) as { uri: string; user: string; password: string })
      : neo!.target;
    try {
      if (neo) await loadRaceGraph(neo.target, { size, log: console.log });
      const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), { disableLosslessIntegers: true });
      try {
        const ids = benchmarkIds(size);
        const id = ids.hubPerson;
        const degree = await driver.executeQuery('MATCH (n:Entity {id: $id}) RETURN COUNT { (n)--(:Entity) } AS d', { id });
        out.push(
          `### ${size}: hub ${id}, ${String(degree.records[0]?.get('d'))} relations`,
          '',
          '| query | db hits | p50 ms | p99 ms |',
          '| --- | --- | --- | --- |',
        );
        out.push(...(await measure(driver, ids, rounds)), '');
      } finally {
        await driver.close();
      }
    } finally {
      await neo?.stop();
    }
  }
  console.log(`\n${out.join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
