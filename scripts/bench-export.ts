// Export throughput and memory (npm run bench:export -- [--size W] [--heap-mb 128] [--formats graphml,json,csv]):
// a throwaway local Neo4j with the seed and a generated graph (W: 100,000 entities), the built server in a child
// process with a capped V8 heap, then the whole-graph export in each format over HTTP, read as fast as it comes.
// Reports rows (entities + relations) per second and the server's resident memory (sampled every 50 ms, and the
// kernel's high-water mark), and writes docs/benchmarks/export-<date>.md.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { repoRoot } from '../src/base/paths.js';
import { freePort } from '../src/db/local-neo4j-probe.js';
import { GRAPH_SIZES, type GraphSize } from './graph-gen/index.js';
import { openDatabase } from './lib/database.js';
import { today, writeReport } from './lib/report.js';
import { startThrowawayNeo4j } from './lib/throwaway-neo4j.js';
import { graphCounts, loadRaceGraph } from './race/graph.js';
import { runMain } from './lib/run-main.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'W' },
    'heap-mb': { type: 'string', default: '128' },
    formats: { type: 'string', default: 'graphml,json,csv-nodes,csv-edges' },
  },
});
const SIZE = GRAPH_SIZES.find((s) => s === values.size?.toUpperCase()) as GraphSize | undefined;
if (!SIZE) throw new Error(`--size: one of ${GRAPH_SIZES.join(', ')}`);
const HEAP_MB = Number(values['heap-mb']);
const FORMATS = values.formats.split(',');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (kb: number) => Math.round(kb / 102.4) / 10;

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : 0;
}

interface Run {
  format: string;
  bytes: number;
  seconds: number;
  firstByteMs: number;
  rows: number;
  peakRssKb: number;
}

/** Rows in one line of an export: each entity and relation is one line (GraphML, JSON) or one record (CSV, no line breaks in generated text). */
function isRow(format: string, line: string): boolean {
  if (format === 'graphml') return line.startsWith('<node ') || line.startsWith('<edge ');
  if (format === 'json') return line.startsWith('{"id"') || line.startsWith('{"key"');
  return line.length > 0;
}

async function exportOnce(base: string, pid: number, format: string): Promise<Run> {
  const [fmt, part] = format.split('-');
  const params = new URLSearchParams({ scope: 'graph', format: fmt!, ...(part ? { part } : {}) });
  let peak = statusKb(pid, 'VmRSS');
  const sampler = setInterval(() => (peak = Math.max(peak, statusKb(pid, 'VmRSS'))), 50);
  const started = performance.now();
  try {
    const response = await fetch(`${base}/export?${params}`);
    if (response.status !== 200) throw new Error(`${format}: HTTP ${response.status} ${await response.text()}`);
    let bytes = 0;
    let firstByteMs = 0;
    let rows = fmt === 'csv' ? -1 : 0; // the CSV header
    let partial = '';
    const decoder = new TextDecoder();
    for await (const chunk of response.body!) {
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += (chunk as Uint8Array).byteLength;
      const lines = (partial + decoder.decode(chunk as Uint8Array, { stream: true })).split('\n');
      partial = lines.pop()!;
      for (const line of lines) if (isRow(fmt!, line)) rows += 1;
    }
    const seconds = (performance.now() - started) / 1000;
    return { format, bytes, seconds, firstByteMs, rows, peakRssKb: Math.max(peak, statusKb(pid, 'VmRSS')) };
  } finally {
    clearInterval(sampler);
  }
}

async function main() {
  const root = repoRoot();
  const log = (line: string) => console.log(line);
  console.log('building the server (npm run build)');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  const neo4j = await startThrowawayNeo4j({ name: 'race', heap: '2g', log });
  let server: ReturnType<typeof spawn> | undefined;
  try {
    const graph = await loadRaceGraph(neo4j.target, { size: SIZE!, log });
    const db = openDatabase(neo4j.target);
    const [counts] = await db.readPlain(
      'CALL () { MATCH (n:Entity) RETURN count(n) AS entities } ' +
        'CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE r.absorbedInto IS NULL RETURN count(r) AS relations } RETURN entities, relations',
      {},
    );
    const whole = await graphCounts(db);
    await db.close();
    const entities = Number(counts!.entities);
    const relations = Number(counts!.relations);
    console.log(
      `graph ${SIZE}: ${entities} entities, ${relations} relations (${whole.nodes} nodes, ${whole.relationships} relationships in all)`,
    );

    const port = await freePort();
    server = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, 'dist/src/main.js'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        NEO4J_URI: neo4j.target.uri,
        NEO4J_PASSWORD: neo4j.target.password,
        SEED_ON_EMPTY: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const pid = server.pid!;
    const base = `http://127.0.0.1:${port}`;
    for (let ready = false; !ready;) {
      await sleep(250);
      ready = await fetch(`${base}/health/ready`).then(
        (r) => r.status === 200,
        () => false,
      );
    }
    const idleRssKb = statusKb(pid, 'VmRSS');
    const runs: Run[] = [];
    for (const format of FORMATS) {
      const run = await exportOnce(base, pid, format);
      runs.push(run);
      console.log(
        `${format}: ${(run.bytes / 1e6).toFixed(1)} MB in ${run.seconds.toFixed(1)} s, first byte ${Math.round(run.firstByteMs)} ms, ` +
          `${run.rows} rows, ${Math.round(run.rows / run.seconds)} rows/s, server RSS peak ${mb(run.peakRssKb)} MB`,
      );
    }
    const hwmKb = statusKb(pid, 'VmHWM');
    const date = today();
    const lines = [
      `# Export throughput and memory, ${date}`,
      '',
      `Command: \`npm run bench:export -- --size ${SIZE} --heap-mb ${HEAP_MB}\` on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}).`,
      `Graph: the seed plus the generated size ${SIZE}: **${entities.toLocaleString('en')} entities** and ${relations.toLocaleString('en')} relation records`,
      `(${whole.nodes.toLocaleString('en')} nodes and ${whole.relationships.toLocaleString('en')} relationships in the database, ` +
        `claims and sources included; loaded in ${graph.loadSeconds.toFixed(0)} s).`,
      `Server: the built server (\`node dist/src/main.js\`) in its own process with the V8 heap capped at **${HEAP_MB} MB**`,
      '(`--max-old-space-size`): an export that held the graph in memory would die there. Neo4j (2 GB heap) runs on the same 2 cores.',
      'Each export is the whole graph (`GET /export?scope=graph&format=...`), read by the benchmark as fast as it arrives.',
      '',
      '| format | MB sent | seconds | first byte (ms) | rows | rows/s | server RSS peak (MB) |',
      '|---|---|---|---|---|---|---|',
      ...runs.map(
        (r) =>
          `| ${r.format} | ${(r.bytes / 1e6).toFixed(1)} | ${r.seconds.toFixed(1)} | ${Math.round(r.firstByteMs)} | ` +
          `${r.rows.toLocaleString('en')} | ${Math.round(r.rows / r.seconds).toLocaleString('en')} | ${mb(r.peakRssKb)} |`,
      ),
      '',
      `Server RSS when idle before the first export: ${mb(idleRssKb)} MB; its high-water mark over the whole run (VmHWM): ${mb(hwmKb)} MB.`,
      '"rows" counts the entities and relations in the export (read from the stream); relations that ended, or whose every claim',
      'is retracted, are not in a default export, so there are fewer relations than relation records.',
      '',
    ];
    writeReport(`docs/benchmarks/export-${date}.md`, lines);
  } finally {
    server?.kill('SIGTERM');
    await neo4j.stop();
  }
}

runMain(main);
