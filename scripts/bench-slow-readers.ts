// Slow readers against GET /export (npm run bench:slow-readers -- [--readers 100] [--size M] [--hold-s 15]
// [--env KEY=VALUE,...]): a throwaway local Neo4j with the seed and a generated graph (M: about 21,500 entities),
// the server in a child process with the default configuration (plus --env), then N clients, each from a loopback
// address of its own, that ask for the whole graph as JSON, read about 1 KB and stop reading. While they hold on,
// the benchmark measures GraphQL reads (latency, successes), one ingest, readiness, how many exports were admitted
// and refused (429), and the transactions and Bolt connections the server holds open on Neo4j; then how long
// until the stalled exports are cut (EXPORT_IDLE_TIMEOUT_MS). Writes docs/benchmarks/slow-readers-<date>.md.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { repoRoot } from '../src/base/paths.js';
import { freePort } from '../src/db/local-neo4j-probe.js';
import { GRAPH_SIZES, type GraphSize } from './graph-gen/index.js';
import { openDatabase } from './lib/database.js';
import { today, writeReport } from './lib/report.js';
import { percentile } from './lib/stats.js';
import { startThrowawayNeo4j } from './lib/throwaway-neo4j.js';
import { loadRaceGraph } from './race/graph.js';
import { runMain } from './lib/run-main.js';

const { values } = parseArgs({
  options: {
    readers: { type: 'string', default: '100' },
    size: { type: 'string', default: 'M' },
    'hold-s': { type: 'string', default: '15' },
    env: { type: 'string', default: '' },
  },
});
const SIZE = GRAPH_SIZES.find((s) => s === values.size?.toUpperCase()) as GraphSize | undefined;
if (!SIZE) throw new Error(`--size: one of ${GRAPH_SIZES.join(', ')}`);
const READERS = Number(values.readers);
const HOLD_MS = Number(values['hold-s']) * 1000;
const EXTRA_ENV = Object.fromEntries(
  values.env
    .split(',')
    .filter(Boolean)
    .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);
const EDITOR_KEY = 'slow-readers-editor-key-0123456789';
/** Each reader client's pace: 8 a second, under the per-client rate limit's refill of 10 a second. */
const READ_EVERY_MS = 125;
const READ = `{ tracksRoutedThrough(personId: "person:witkoff") { track { id } } }`;
const INGEST = `mutation($input: DocumentInput!) { ingestDocument(input: $input) { sourceId } }`;
const note = (n: string) => ({
  source: { title: `Slow readers bench note ${n}`, url: `https://example.org/bench/slow-readers/${n}`, publishedDate: '2025-09-02' },
  entities: [{ kind: 'INSTITUTION', name: 'Slow Readers Bench Desk' }],
  claims: [
    { text: 'Slow readers bench note: the envoy kept his schedule.', kind: 'FACT', speaker: 'Slow Readers Bench Desk', about: ['Witkoff'] },
  ],
  relations: [],
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Reader {
  status: number;
  socket: Socket;
}

/** One slow reader: GET /export from its own loopback address, read the headers and about 1 KB, then stop reading. */
function slowReader(port: number, index: number): Promise<Reader> {
  const localAddress = `127.0.${1 + Math.floor(index / 250)}.${1 + (index % 250)}`;
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress });
    let received = Buffer.alloc(0);
    let status = 0;
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf('\r\n\r\n');
      if (status || end < 0) return;
      status = Number(received.subarray(0, end).toString('latin1').split(' ')[1]);
      // A refused request's JSON is short; an admitted export has sent its first chunk: stop reading either way.
      socket.pause();
      resolve({ status, socket });
    });
    socket.once('connect', () =>
      socket.write('GET /export?scope=graph&format=json HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'),
    );
    socket.once('close', () => reject(new Error(`reader ${index}: closed before an answer`)));
  });
}

interface Timed {
  ms: number;
  ok: boolean;
  status: number;
  code: string | null;
}

async function gql(base: string, query: string, variables: Record<string, unknown> = {}, token?: string, agent?: Agent): Promise<Timed> {
  const started = performance.now();
  const body = JSON.stringify({ query, variables });
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const answer = await new Promise<{ status: number; text: string } | undefined>((resolve) => {
    const req = request(`${base}/graphql`, { method: 'POST', headers, agent, timeout: 30_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', () => resolve(undefined));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
    req.end(body);
  });
  const ms = performance.now() - started;
  if (!answer) return { ms, ok: false, status: 0, code: 'NO_ANSWER' };
  try {
    const parsed = JSON.parse(answer.text) as { errors?: { extensions?: { code?: string } }[] };
    const code = parsed.errors?.[0]?.extensions?.code ?? null;
    return { ms, ok: answer.status === 200 && !code, status: answer.status, code };
  } catch {
    return { ms, ok: false, status: answer.status, code: 'NOT_JSON' };
  }
}

/** Transactions and Bolt connections open on Neo4j, apart from the measuring ones (SHOW TRANSACTIONS, listConnections). */
async function openOnNeo4j(db: ReturnType<typeof openDatabase>): Promise<{ transactions: number; exports: number; connections: number }> {
  const rows = await db.readPlain(
    'SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH "SHOW" ' +
      // An export's two statements (src/export/queries.ts, scope graph): its entities, then its relations.
      'RETURN count(*) AS transactions, ' +
      'count(CASE WHEN currentQuery STARTS WITH "MATCH (n:Entity)" OR currentQuery STARTS WITH "MATCH (a:Entity)" THEN 1 END) AS exports',
    {},
  );
  const [connections] = await db.readPlain('CALL dbms.listConnections() YIELD connector WHERE connector = "bolt" RETURN count(*) AS n', {});
  return { transactions: Number(rows[0]?.transactions), exports: Number(rows[0]?.exports), connections: Number(connections?.n) };
}

async function main() {
  const root = repoRoot();
  const log = (line: string) => console.log(line);
  const neo4j = await startThrowawayNeo4j({ name: 'slow-readers', heap: '2g', log });
  let server: ReturnType<typeof spawn> | undefined;
  const readers: Reader[] = [];
  try {
    const graph = await loadRaceGraph(neo4j.target, { size: SIZE!, log });
    const db = openDatabase(neo4j.target);
    const [counts] = await db.readPlain('MATCH (n:Entity) RETURN count(n) AS entities', {});
    const entities = Number(counts!.entities);
    console.log(`graph ${SIZE}: ${entities} entities (${graph.nodes} nodes, ${graph.relationships} relationships)`);

    const port = await freePort();
    const env: Record<string, string> = {
      NODE_ENV: 'production',
      PORT: String(port),
      NEO4J_URI: neo4j.target.uri,
      NEO4J_PASSWORD: neo4j.target.password,
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'warn',
      API_KEYS: `${EDITOR_KEY}:editor`,
      ...EXTRA_ENV,
    };
    server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // The server's warnings (LOG_LEVEL=warn): when each stalled export was cut.
    const cuts: number[] = [];
    let pending = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (line.includes('"msg":"export cut')) cuts.push(Date.now());
    });
    const base = `http://127.0.0.1:${port}`;
    for (let ready = false; !ready;) {
      await sleep(250);
      ready = await fetch(`${base}/health/ready`).then(
        (r) => r.status === 200,
        () => false,
      );
    }
    for (let i = 0; i < 10; i++) await gql(base, READ); // warm-up: the first reads compile and plan
    const baseline = await Promise.all([1, 2, 3, 4].map(() => gql(base, READ)));
    const baselineIngest = await gql(base, INGEST, { input: note('before') }, EDITOR_KEY);
    console.log(`baseline read: ${baseline.map((r) => Math.round(r.ms)).join(', ')} ms`);

    // The slow readers, a few at a time as a crowd of clients would arrive.
    const stallStarted = Date.now();
    for (let i = 0; i < READERS; i += 10) {
      const batch = await Promise.all(Array.from({ length: Math.min(10, READERS - i) }, (_, k) => slowReader(port, i + k)));
      readers.push(...batch);
    }
    const admitted = readers.filter((r) => r.status === 200).length;
    const refused = readers.filter((r) => r.status === 429).length;
    const other = readers.length - admitted - refused;
    console.log(`readers: ${admitted} admitted, ${refused} refused (429), ${other} other`);

    // While they hold on: reads from 4 clients in a loop, one ingest, readiness, what is open on Neo4j.
    const holdEnds = Date.now() + HOLD_MS;
    const reads: Timed[] = [];
    const samples: { transactions: number; exports: number; connections: number }[] = [];
    const readiness: number[] = [];
    // Each reader client has a loopback address of its own and reads at most every READ_EVERY_MS, under the
    // default per-client rate limit (10 a second refilled), so what the reads meet is the pool, not the limiter.
    const loops = [1, 2, 3, 4].map(async (n) => {
      const agent = new Agent({ keepAlive: true, localAddress: `127.0.200.${n}` });
      while (Date.now() < holdEnds) {
        const next = Date.now() + READ_EVERY_MS;
        reads.push(await gql(base, READ, {}, undefined, agent));
        await sleep(Math.max(0, next - Date.now()));
      }
      agent.destroy();
    });
    const sampler = (async () => {
      while (Date.now() < holdEnds) {
        samples.push(await openOnNeo4j(db));
        readiness.push((await fetch(`${base}/health/ready`)).status);
        await sleep(1_000);
      }
    })();
    const ingest = await gql(base, INGEST, { input: note('held') }, EDITOR_KEY);
    await Promise.all([...loops, sampler]);
    const latencies = reads.map((r) => r.ms).sort((a, b) => a - b);
    const okReads = reads.filter((r) => r.ok).length;
    const failCodes = [...new Set(reads.filter((r) => !r.ok).map((r) => `${r.status} ${r.code}`))];
    const max = (key: 'transactions' | 'exports' | 'connections') => Math.max(...samples.map((s) => s[key]));
    console.log(
      `reads ${okReads}/${reads.length} ok, p50 ${percentile(latencies, 50)?.toFixed(0)} ms, p99 ${percentile(latencies, 99)?.toFixed(0)} ms; ` +
        `ingest ${ingest.status} ${ingest.code ?? 'ok'}; readiness ${[...new Set(readiness)].join('/')}; ` +
        `open on Neo4j (max): ${max('transactions')} transactions (${max('exports')} exports), ${max('connections')} connections`,
    );

    // Then: when the server cut the stalled exports (its log), and whether new clients are admitted again.
    for (const waitEnds = Date.now() + 90_000; cuts.length < admitted && Date.now() < waitEnds;) await sleep(500);
    const cutAfter = (at: number | undefined) => (at === undefined ? null : (at - stallStarted) / 1000);
    const [firstCut, lastCut] = [cutAfter(cuts[0]), cutAfter(cuts[cuts.length - 1])];
    await sleep(500);
    const exportsLeft = (await openOnNeo4j(db)).exports;
    const after = await Promise.all([0, 1, 2, 3].map((k) => slowReader(port, READERS + k)));
    const readmitted = after.filter((r) => r.status === 200).length;
    readers.push(...after);
    console.log(
      `${cuts.length} exports cut, ${firstCut?.toFixed(1)}-${lastCut?.toFixed(1)} s after the stall began; ` +
        `export transactions left ${exportsLeft}; new clients admitted ${readmitted}/4 (${after.map((r) => r.status).join(', ')})`,
    );
    await db.close();

    const fmt = (n: number | null) => (n === null ? '-' : n.toFixed(0));
    const date = today();
    const command = `npm run bench:slow-readers -- --readers ${READERS} --size ${SIZE} --hold-s ${HOLD_MS / 1000}${values.env ? ` --env ${values.env}` : ''}`;
    const config = Object.keys(EXTRA_ENV).length
      ? Object.entries(EXTRA_ENV)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')
      : 'none';
    const lines = [
      `# Slow readers of GET /export, ${date}`,
      '',
      `Command: \`${command}\``,
      `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), shared with other workers; load average at the end ${loadavg()[0]!.toFixed(1)}.`,
      `Node ${process.version}, Neo4j 5.26 (local, 2 GB heap) on the same cores.`,
      `Graph: the seed plus the generated size ${SIZE}: **${entities.toLocaleString('en')} entities** ` +
        `(${graph.nodes.toLocaleString('en')} nodes, ${graph.relationships.toLocaleString('en')} relationships; loaded in ${graph.loadSeconds.toFixed(0)} s).`,
      `Server: \`node --import tsx src/main.ts\` in its own process, the README's default configuration; changed: ${config}.`,
      `Load: ${READERS} clients, each from a loopback address of its own, ask for \`GET /export?scope=graph&format=json\`, read the`,
      `headers and first chunk and stop reading. For ${HOLD_MS / 1000} s while they hold on, 4 clients send GraphQL reads in a loop`,
      '(each from a loopback address of its own, at most 8 reads a second each: under the per-client rate limit)',
      '(`tracksRoutedThrough`), one editor ingests a document, readiness and Neo4j (`SHOW TRANSACTIONS`, `dbms.listConnections`)',
      'are sampled every second.',
      '',
      '| measure | value |',
      '|---|---|',
      `| exports admitted / refused with 429 / other | ${admitted} / ${refused} / ${other} |`,
      `| GraphQL reads answered 200 without errors | ${okReads} of ${reads.length}${failCodes.length ? ` (failures: ${failCodes.join(', ')})` : ''} |`,
      `| GraphQL read latency p50 / p99 (ms) | ${fmt(percentile(latencies, 50))} / ${fmt(percentile(latencies, 99))} |`,
      `| GraphQL read latency before the load, 4 reads at once after 10 warm-up reads (ms) | ${baseline.map((r) => Math.round(r.ms)).join(', ')} |`,
      `| ingest before the load | HTTP ${baselineIngest.status}, ${baselineIngest.code ?? 'no error'}, ${Math.round(baselineIngest.ms)} ms |`,
      `| ingest during the hold | HTTP ${ingest.status}, ${ingest.code ?? 'no error'}, ${Math.round(ingest.ms)} ms |`,
      `| readiness during the hold | ${[...new Set(readiness)].join(', ')} (${readiness.length} samples) |`,
      `| transactions open on Neo4j, max (of them export statements) | ${max('transactions')} (${max('exports')}) |`,
      `| Bolt connections open on Neo4j, max (the server's and 1 of the benchmark) | ${max('connections')} |`,
      `| stalled exports cut by EXPORT_IDLE_TIMEOUT_MS (server log), s after the stall began | ${cuts.length} of ${admitted}, ` +
        `first ${firstCut?.toFixed(1) ?? '-'} s, last ${lastCut?.toFixed(1) ?? '-'} s |`,
      `| export transactions open on Neo4j after the cut | ${exportsLeft} |`,
      `| new exports after the cut, from 4 new clients | ${readmitted} admitted (${after.map((r) => r.status).join(', ')}) |`,
      '',
    ];
    writeReport(`docs/benchmarks/slow-readers-${date}.md`, lines);
  } finally {
    for (const reader of readers) reader.socket.destroy();
    server?.kill('SIGTERM');
    await neo4j.stop();
  }
}

runMain(main);
