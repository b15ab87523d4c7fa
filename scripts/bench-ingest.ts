// Ingestion throughput (npm run bench:ingest -- [--documents 60] [--claims 20] [--concurrency 4]):
// a throwaway local Neo4j, the seed, then generated documents ingested one by one, concurrently, and
// again (the idempotent no-op path). Prints claims per second and writes docs/benchmarks/.
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { connectDatabase } from '../src/db/connect.js';
import { ingestDocument } from '../src/ingest/ingest.js';
import { applySchemaAndSeed } from './lib/database.js';
import { today, writeReport } from './lib/report.js';
import { startThrowawayNeo4j } from './lib/throwaway-neo4j.js';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '60' },
    claims: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '4' },
  },
});
const DOCUMENTS = Number(values.documents);
const CLAIMS = Number(values.claims);
const CONCURRENCY = Number(values.concurrency);
const TRACKS = ['track:ukraine', 'track:iran', 'track:israel-hamas'];
const SHARED = ['Steve Witkoff', 'J.D. Vance', 'Marco Rubio', 'Vladimir Putin'];

/** A made-up desk note: its own desk and analysts, claims about shared people and tracks, evidenced relations. */
function note(run: string, d: number) {
  const desk = `Bench desk ${run}-${d % 10}`;
  const analysts = Array.from({ length: 3 }, (_, a) => `Bench analyst ${run}-${d % 10}-${a}`);
  return {
    source: { title: `Bench note ${run}-${d}`, url: `https://example.org/bench/${run}/${d}`, publishedDate: '2025-10-01' },
    entities: [{ kind: 'INSTITUTION', name: desk }, ...analysts.map((name) => ({ kind: 'PERSON', name }))],
    claims: Array.from({ length: CLAIMS }, (_, c) => ({
      text: `Bench note ${d}, point ${c}: ${SHARED[c % SHARED.length]} was active on the file this week.`,
      kind: c % 3 === 0 ? 'ANALYSIS' : 'FACT',
      speaker: c % 2 === 0 ? desk : analysts[c % 3],
      about: [SHARED[c % SHARED.length], TRACKS[c % TRACKS.length]],
      ...(c > 0 && c % 5 === 0 ? { supports: [`#${c - 1}`] } : {}),
    })),
    relations: analysts.map((name, a) => ({ type: 'BACKS', from: name, to: SHARED[a % SHARED.length], evidence: [`#${a}`] })),
  };
}

async function timed(label: string, docs: object[], concurrency: number, run: (doc: object) => Promise<unknown>) {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < docs.length) await run(docs[next++]!);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const claims = docs.length * CLAIMS;
  const row = { label, documents: docs.length, claims, seconds: +seconds.toFixed(2), claimsPerSecond: Math.round(claims / seconds) };
  console.log(`${label}: ${row.claims} claims in ${row.seconds} s = ${row.claimsPerSecond} claims/s`);
  return row;
}

async function main() {
  const neo4j = await startThrowawayNeo4j({ name: 'bench', heap: '1g' });
  const db = connectDatabase(loadConfig({ NEO4J_PASSWORD: neo4j.target.password }), neo4j.target.uri);
  try {
    await applySchemaAndSeed(db);
    const ingest = (doc: object) => ingestDocument(db, doc, { dryRun: false, actor: 'bench' });
    await timed(
      'warm-up',
      Array.from({ length: 5 }, (_, d) => note('warm', d)),
      1,
      ingest,
    );
    const sequential = Array.from({ length: DOCUMENTS }, (_, d) => note('seq', d));
    const concurrent = Array.from({ length: DOCUMENTS }, (_, d) => note('con', d));
    const rows = [
      await timed('one by one', sequential, 1, ingest),
      await timed(`${CONCURRENCY} at a time`, concurrent, CONCURRENCY, ingest),
      await timed('again, one by one (nothing to write)', sequential, 1, ingest),
    ];
    const version = await db.readPlain('CALL dbms.components() YIELD versions, edition RETURN versions[0] + " " + edition AS v', {});
    const date = today();
    const lines = [
      `# Ingestion throughput, ${date}`,
      '',
      `Command: \`npm run bench:ingest -- --documents ${DOCUMENTS} --claims ${CLAIMS} --concurrency ${CONCURRENCY}\``,
      '',
      `Machine: ${cpus().length} cores, Node ${process.version}, Neo4j ${String(version[0]?.v)} (local, heap 1g).`,
      `Each document: ${CLAIMS} claims, 4 entities, 3 relations, resolved by name against the seeded graph; ` +
        'one transaction each, through `ingestDocument` (no HTTP).',
      '',
      '| run | documents | claims | seconds | claims/s |',
      '|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.label} | ${r.documents} | ${r.claims} | ${r.seconds} | ${r.claimsPerSecond} |`),
      '',
    ];
    writeReport(`docs/benchmarks/ingest-${date}.md`, lines);
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
