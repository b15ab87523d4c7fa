// Load-rate measurement (npx tsx scripts/graph-gen/measure.ts --sizes S,M [--heap 2g] [--batch-size N]):
// a throwaway local Neo4j, the JVM warmed by one S load, then each size on an emptied database with the
// schema and seed. Prints a Markdown table: counts, seconds, claims/s, and CPU seconds of Neo4j and Node
// (on a shared machine, CPU seconds say what the load costs; wall seconds depend on the neighbours).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { connectDatabase } from '../../src/db/connect.js';
import type { GraphDatabase } from '../../src/db/database.js';
import { applySchemaAndSeed } from '../lib/database.js';
import { startThrowawayNeo4j } from '../lib/throwaway-neo4j.js';
import { benchmarkIds } from './benchmark-ids.js';
import { loadGeneratedGraph } from './load.js';
import { GRAPH_SIZES, type GraphSize } from './shape.js';
import { runMain } from '../lib/run-main.js';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: 'S,M' }, heap: { type: 'string', default: '2g' }, 'batch-size': { type: 'string' } },
});
const sizes = values.sizes.split(',').map((s) => GRAPH_SIZES.find((g) => g === s.trim().toUpperCase()) ?? badSize(s));
const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;

function badSize(value: string): never {
  throw new Error(`--sizes: each one of ${GRAPH_SIZES.join(', ')}, got ${value}`);
}

/** User + system CPU seconds of a process (Linux /proc; NaN elsewhere). */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

async function emptyDatabase(db: GraphDatabase): Promise<void> {
  for (;;) {
    const [row] = await db.write('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted', {});
    if (Number(row?.deleted) === 0) return;
  }
}

async function measure(db: GraphDatabase, size: GraphSize, neo4jPid: number | undefined): Promise<string> {
  await emptyDatabase(db);
  await applySchemaAndSeed(db);
  const [neo4jBefore, nodeBefore, load] = [cpuSeconds(neo4jPid), process.cpuUsage(), loadavg()[0]!];
  const stats = await loadGeneratedGraph(db, { size, batchSize, log: (line) => console.log(line) });
  const node = process.cpuUsage(nodeBefore);
  const neo4jCpu = cpuSeconds(neo4jPid) - neo4jBefore;
  const [count] = await db.readPlain('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS relationships', {});
  const row = [
    size,
    count?.nodes,
    count?.relationships,
    stats.claims,
    stats.seconds,
    stats.claimsPerSecond,
    neo4jCpu.toFixed(1),
    ((node.user + node.system) / 1e6).toFixed(1),
    `${load.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
  ];
  console.log(JSON.stringify(stats));
  const ids = benchmarkIds(size);
  const people = await db.readPlain(
    `UNWIND $ids AS id MATCH (p:Person {id: id})
     RETURN id, COUNT { (p)-[]-(:Entity) } AS relations, COUNT { (p)<-[:SAID_BY]-(:Claim) } AS claimsSaid`,
    { ids: [ids.hubPerson, 'person:witkoff', ids.typicalPerson, ids.prolificSpeaker] },
  );
  console.log(`${size} degrees: ${people.map((p) => `${p.id} ${p.relations} relations, ${p.claimsSaid} claims said`).join('; ')}`);
  return `| ${row.join(' | ')} |`;
}

async function main(): Promise<void> {
  const neo4j = await startThrowawayNeo4j({ name: 'generate', heap: values.heap });
  const db = connectDatabase(loadConfig({ NEO4J_PASSWORD: neo4j.target.password }), neo4j.target.uri).with({ txTimeoutMs: 600_000 });
  const rows: string[] = [];
  try {
    await measure(db, 'S', neo4j.pid); // warms the JVM (JIT) and the query caches; not reported
    for (const size of sizes) rows.push(await measure(db, size, neo4j.pid));
  } finally {
    await db.close();
    await neo4j.stop();
  }
  console.log(`\nheap ${values.heap}, batch size ${batchSize ?? 'default'}, ${new Date().toISOString()}`);
  console.log(
    '| size | nodes (with seed) | relationships (with seed) | claims | seconds | claims/s | Neo4j CPU s | Node CPU s | load avg (1 min) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

runMain(main);
