// Read and traversal latency on a grown graph (npm run bench:read -- [--people 5000] [--rounds 200]):
// a throwaway local Neo4j with the seed plus a generated graph, the real HTTP server, then each
// operation timed sequentially. Prints p50/p95/p99 and writes docs/benchmarks/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { repoRoot } from '../src/base/paths.js';
import { startLocalNeo4j } from '../src/db/local-neo4j.js';
import { startServer } from '../src/server/start.js';

const { values } = parseArgs({ options: { people: { type: 'string', default: '5000' }, rounds: { type: 'string', default: '200' } } });
const PEOPLE = Number(values.people);
const ROUNDS = Number(values.rounds);

/** People tied to each other, to the three tracks and to the seed's Witkoff, each tie evidenced by a claim. */
const GROW = `
UNWIND range(0, $people - 1) AS i
MERGE (p:Person:Entity {id: 'person:bench-' + i})
SET p.name = 'Bench person ' + i, p.aliases = ['BP ' + i], p.nameKeys = ['bench person ' + i, 'bp ' + i]
MERGE (s:Source {id: 'source:bench-' + (i % 100)}) SET s.title = 'Bench source ' + (i % 100)
MERGE (c:Claim {id: 'claim:bench-' + i})
SET c.text = 'Bench claim ' + i + ' about the envoy and the track.', c.kind = ['FACT', 'ANALYSIS', 'REPORT'][i % 3]
MERGE (c)-[:SAID_BY]->(p)
MERGE (c)-[:APPEARS_IN]->(s)
WITH i, p, c
MATCH (t:PolicyTrack {id: ['track:ukraine', 'track:iran', 'track:israel-hamas'][i % 3]})
MATCH (w:Person {id: 'person:witkoff'})
MERGE (c)-[:ABOUT]->(t)
MERGE (p)-[r1:INVOLVED_IN]->(t) SET r1.id = 'rel:involved_in:' + p.id + ':' + t.id, r1.evidence = [c.id]
FOREACH (_ IN CASE WHEN i % 10 = 0 THEN [1] ELSE [] END |
  MERGE (p)-[r2:BACKS]->(w) SET r2.id = 'rel:backs:' + p.id + ':' + w.id, r2.evidence = [c.id])
WITH i, p, c
MATCH (q:Person {id: 'person:bench-' + ((i * 7 + 3) % $people)})
MERGE (p)-[r3:INFLUENCES]->(q) SET r3.id = 'rel:influences:' + p.id + ':' + q.id, r3.evidence = [c.id]
`;

const OPERATIONS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'tracksRoutedThrough (with evidence)': {
    query: '{ tracksRoutedThrough(personId: "person:witkoff") { track { name } evidence { text speaker { name } source { title } } } }',
  },
  'paths Thiel → Witkoff, maxHops 4': {
    query: '{ paths(from: "person:thiel", to: "person:witkoff", maxHops: 4) { hops { relation { type evidence { speaker { name } } } } } }',
  },
  'paths bench person → Witkoff, maxHops 4': {
    query: '{ paths(from: "person:bench-17", to: "person:witkoff", maxHops: 4) { length hops { relation { type } } } }',
  },
  'neighborhood Witkoff, depth 1': { query: '{ neighborhood(id: "person:witkoff", depth: 1) { nodes { id } edges { type } } }' },
  'neighborhood bench person, depth 2': { query: '{ neighborhood(id: "person:bench-17", depth: 2) { nodes { id } edges { type } } }' },
  'people page of 50 with relations and claims': {
    query: '{ people(first: 50, orderBy: { field: ID }) { totalCount nodes { name institutions { name } relations { type evidence { speaker { name } } } claimsMade { text } } } }',
  },
  'search "envoy"': { query: '{ search(query: "envoy", first: 10) { score node { id } } }' },
  'contradictions on Ukraine': { query: '{ contradictions(trackId: "track:ukraine") { claim { text speaker { name } } contradictingClaim { text } } }' },
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'policy-graph-bench-read-'));
  const password = 'bench-password-1';
  const neo4j = await startLocalNeo4j({ port: 0, dataDir, password, heap: '1g' , exitWithThisProcess: true });
  const config = loadConfig({ NODE_ENV: 'production', PORT: '0', NEO4J_PASSWORD: password, LOG_LEVEL: 'silent' });
  const api = await startServer(config, pino({ level: 'silent' }), neo4j.uri);
  try {
    await api.schemaReady;
    const grown = Date.now();
    await api.db.write(GROW, { people: PEOPLE });
    const [size] = await api.db.read('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS rels', {});
    console.log(`graph: ${size?.nodes} nodes, ${size?.rels} relationships (grown in ${Date.now() - grown} ms)`);
    const rows: string[] = [];
    for (const [name, op] of Object.entries(OPERATIONS)) {
      const times: number[] = [];
      for (let i = 0; i < ROUNDS + 10; i++) {
        const started = performance.now();
        const res = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(op),
        });
        const body = (await res.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
        if (i >= 10) times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(times, p).toFixed(1));
      console.log(`${name}: p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms`);
      rows.push(`| ${name} | ${p50} | ${p95} | ${p99} |`);
    }
    const date = new Date().toISOString().slice(0, 10);
    const out = join(repoRoot(), 'docs', 'benchmarks');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      join(out, `read-${date}.md`),
      [
        `# Read and traversal latency, ${date}`,
        '',
        `Command: \`npm run bench:read -- --people ${PEOPLE} --rounds ${ROUNDS}\``,
        '',
        `Machine: ${cpus().length} cores, Node ${process.version}, local Neo4j 5.26 (heap 1g). Graph: the seed plus ${PEOPLE} generated people, ${size?.nodes} nodes and ${size?.rels} relationships in all.`,
        `Each operation ${ROUNDS} times in a row over HTTP on loopback after 10 warm-up runs (end-to-end: HTTP, Apollo, loaders, Cypher).`,
        '',
        '| operation | p50 ms | p95 ms | p99 ms |',
        '|---|---|---|---|',
        ...rows,
        '',
      ].join('\n'),
    );
    console.log(`wrote docs/benchmarks/read-${date}.md`);
  } finally {
    await api.stop();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
