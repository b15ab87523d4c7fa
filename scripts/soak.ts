// Soak test (npm run soak -- --clients 8 --seconds 60 [--max-requests 20000] [--timeout-ms 20000]):
// a throwaway local Neo4j (or NEO4J_URI), schema and seed, the real app in-process on 127.0.0.1, then N
// clients mixing reads, traversals and ingests over loopback HTTP for T seconds. Prints throughput, errors
// and latency percentiles, then verifies every acknowledged ingest is in the graph exactly once and no
// refused one left anything. Writes docs/soak/<date>-c<clients>-t<seconds>.md; exit 1 if verification fails.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { pino } from 'pino';
import { createAuthenticator } from '../src/auth/authenticate.js';
import { loadConfig } from '../src/config.js';
import { connectDatabase, CYPHER_DIR } from '../src/db/connect.js';
import type { GraphDatabase } from '../src/db/database.js';
import { repoRoot } from '../src/base/paths.js';
import { applySchema, isEmpty, loadSeed } from '../src/setup/schema-setup.js';
import { createApp } from '../src/server/app.js';
import { closeServer } from '../src/server/shutdown.js';
import { today, writeReport } from './lib/report.js';
import { percentile } from './lib/stats.js';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from './lib/throwaway-neo4j.js';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '60' },
    'max-requests': { type: 'string', default: '20000' },
    'timeout-ms': { type: 'string', default: '20000' },
  },
});
const CLIENTS = Number(args.clients);
const SECONDS = Number(args.seconds);
const MAX_REQUESTS = Number(args['max-requests']);
const TIMEOUT_MS = Number(args['timeout-ms']);
for (const [name, n] of Object.entries({ CLIENTS, SECONDS, MAX_REQUESTS, TIMEOUT_MS })) {
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name.toLowerCase().replace('_', '-')} must be a positive integer`);
}
const RUN = randomBytes(3).toString('hex');
// A full GC before each heap reading (tsx gives no --expose-gc): heap growth across the run hints at a leak.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
const EDITOR_KEY = `soak-editor-${randomBytes(16).toString('hex')}`;

type Category = 'read' | 'traversal' | 'ingest';
interface Outcome {
  category: Category;
  operation: string;
  ms: number;
  /** 'ok', an extensions.code, 'HTTP <status>', 'timeout' or 'network: <reason>'. */
  result: string;
}

/** What the soak remembers of each ingest it sent, to verify afterwards. */
interface SentIngest {
  sourceId: string;
  claims: string[];
  relationId: string;
  state: 'acknowledged' | 'refused' | 'unknown';
}

interface Ids {
  people: string[];
  routed: string[];
  tracks: string[];
  entities: string[];
  claims: string[];
}

const outcomes: Outcome[] = [];
const ingests: SentIngest[] = [];
let sent = 0;
let stopRequested = false;
const hardStop = new AbortController();

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const WORDS = ['Witkoff', 'Ukraine', 'talks', 'envoy', 'Kremlin', 'uncertainty', 'ceasefire', 'Soak', 'channel', 'Vance'];
const DATES = ['2025-04-20', '2025-05', '2025-06-30', '2025', '2026-01-01'];

/** One operation of a category, as a GraphQL request (reads and traversals need no credentials). */
function readOperation(ids: Ids, cursor: { people?: string | null }): [string, object] {
  switch (pick(['node', 'people', 'search', 'contradictions'] as const)) {
    case 'node':
      return [
        'node',
        {
          query: 'query($id: ID!) { node(id: $id) { id ... on Entity { name } ... on Claim { text speaker { name } } } }',
          variables: { id: pick([...ids.entities, ...ids.claims]) },
        },
      ];
    case 'people':
      return [
        'people',
        {
          query:
            'query($after: String) { people(first: 10, after: $after) { ' +
            'totalCount pageInfo { endCursor hasNextPage } nodes { id name institutions { id } } } }',
          variables: { after: cursor.people ?? null },
        },
      ];
    case 'search':
      return [
        'search',
        { query: 'query($q: String!) { search(query: $q, first: 10) { score node { id } } }', variables: { q: pick(WORDS) } },
      ];
    default:
      return [
        'contradictions',
        {
          query: 'query($t: ID) { contradictions(trackId: $t) { claim { id } contradictingClaim { id } } }',
          variables: { t: pick(ids.tracks) },
        },
      ];
  }
}

function traversalOperation(ids: Ids): [string, object] {
  switch (pick(['paths', 'neighborhood', 'routed', 'routedAsOf'] as const)) {
    case 'paths': {
      const from = pick(ids.people);
      const to = pick(ids.people.filter((p) => p !== from));
      return [
        'paths',
        {
          query: 'query($f: ID!, $t: ID!) { paths(from: $f, to: $t, maxHops: 3) { length hops { relation { type evidence { id } } } } }',
          variables: { f: from, t: to },
        },
      ];
    }
    case 'neighborhood':
      return [
        'neighborhood',
        {
          query: 'query($id: ID!, $d: Int) { neighborhood(id: $id, depth: $d) { nodes { id } edges { type } } }',
          variables: { id: pick(ids.people), d: pick([1, 1, 2]) },
        },
      ];
    case 'routed':
      return [
        'tracksRoutedThrough + evidence',
        {
          query: 'query($p: ID!) { tracksRoutedThrough(personId: $p) { track { id } evidence { id source { id } } } }',
          variables: { p: pick(ids.routed) },
        },
      ];
    default:
      return [
        'tracksRoutedThrough(asOf)',
        {
          query: 'query($p: ID!, $d: String) { tracksRoutedThrough(personId: $p, asOf: $d) { track { id } } }',
          variables: { p: pick(ids.routed), d: pick(DATES) },
        },
      ];
  }
}

const INGEST = 'mutation($input: DocumentInput!) { ingestDocument(input: $input) { sourceId created updated changes { action kind id } } }';

/** A small desk note of our own: 1-3 claims about Witkoff and the Ukraine track, and one evidenced relation. */
function ingestOperation(client: number, seq: number): [string, object, SentIngest] {
  const key = `soak-${RUN}-${client}-${seq}`;
  const analyst = `person:soak-analyst-${seq % 4}`;
  const claimCount = 1 + (seq % 3);
  const texts = [
    `Soak note ${client}.${seq}: the desk reads the envoy's latest trip as a sign the Ukraine channel still runs through him.`,
    `Soak note ${client}.${seq}: the envoy's schedule suggests another round of talks is being prepared.`,
    `Soak note ${client}.${seq}: the envoy said the talks had been useful, according to the desk's summary.`,
  ];
  const claims = [
    {
      id: `claim:${key}-0`,
      text: texts[0],
      kind: 'ANALYSIS',
      speaker: analyst,
      attributedTo: ['institution:soak-desk'],
      about: ['track:ukraine', 'Witkoff'],
    },
    { id: `claim:${key}-1`, text: texts[1], kind: 'FACT', speaker: 'Soak Desk', about: ['Steve Witkoff'], supports: ['#0'] },
    { id: `claim:${key}-2`, text: texts[2], kind: 'REPORT', speaker: 'Witkoff', attributedTo: ['Soak Desk'], about: ['Ukraine'] },
  ].slice(0, claimCount);
  const document = {
    source: {
      id: `source:${key}`,
      title: `Soak note ${client}.${seq}`,
      publisher: 'Soak Desk (load test)',
      url: `https://example.org/soak/${RUN}/${client}/${seq}`,
      publishedDate: '2025-10-01',
    },
    entities: [
      {
        kind: 'INSTITUTION',
        id: 'institution:soak-desk',
        name: 'Soak Desk',
        description: 'A made-up analysis desk used by the soak test.',
      },
      { kind: 'PERSON', id: analyst, name: `Soak Analyst ${seq % 4}` },
    ],
    claims,
    relations: [{ type: 'INVOLVED_IN', from: analyst, to: 'track:ukraine', evidence: ['#0'] }],
  };
  const record: SentIngest = {
    sourceId: `source:${key}`,
    claims: claims.map((c) => c.id),
    relationId: `rel:involved_in:${analyst}:track:ukraine`,
    state: 'unknown',
  };
  return ['ingestDocument', { query: INGEST, variables: { input: document } }, record];
}

async function request(base: string, body: object, headers: Record<string, string>): Promise<{ result: string; data: unknown }> {
  try {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.any([AbortSignal.timeout(TIMEOUT_MS), hardStop.signal]),
    });
    const text = await res.text();
    let json: { data?: unknown; errors?: { extensions?: { code?: string } }[] } | undefined;
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      return { result: `HTTP ${res.status} (not JSON)`, data: undefined };
    }
    const code = json?.errors?.[0]?.extensions?.code;
    if (code) return { result: String(code), data: json?.data };
    return { result: res.status === 200 ? 'ok' : `HTTP ${res.status}`, data: json?.data };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError') return { result: 'timeout', data: undefined };
    if (name === 'AbortError') return { result: 'aborted at the hard stop', data: undefined };
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return { result: `network: ${cause}`, data: undefined };
  }
}

async function client(n: number, base: string, ids: Ids, deadline: number): Promise<void> {
  const cursor: { people?: string | null } = {};
  for (let seq = 0; !stopRequested && Date.now() < deadline && sent < MAX_REQUESTS; seq++) {
    sent += 1;
    const roll = Math.random();
    const category: Category = roll < 0.45 ? 'read' : roll < 0.8 ? 'traversal' : 'ingest';
    let operation: string;
    let body: object;
    let record: SentIngest | undefined;
    if (category === 'read') [operation, body] = readOperation(ids, cursor);
    else if (category === 'traversal') [operation, body] = traversalOperation(ids);
    else [operation, body, record] = ingestOperation(n, seq);
    const started = performance.now();
    const { result, data } = await request(base, body, record ? { authorization: `Bearer ${EDITOR_KEY}` } : {});
    outcomes.push({ category, operation, ms: performance.now() - started, result });
    if (operation === 'people' && result === 'ok') {
      const page = (data as { people: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } }).people.pageInfo;
      cursor.people = page.hasNextPage ? page.endCursor : null;
    }
    if (record) {
      // Refused: the server answered with a coded error. Timeouts, broken connections and non-GraphQL
      // answers leave the outcome unknown: the commit may or may not have happened.
      record.state = result === 'ok' ? 'acknowledged' : /^[A-Z_]+$/.test(result) ? 'refused' : 'unknown';
      ingests.push(record);
    }
  }
}

async function seedIds(db: GraphDatabase): Promise<Ids> {
  const column = async (cypher: string) => (await db.readPlain(cypher, {})).map((r) => String(r.id));
  return {
    people: await column('MATCH (n:Person) RETURN n.id AS id ORDER BY id'),
    routed: await column('MATCH (:PolicyTrack)-[:ROUTED_THROUGH]->(p:Person) RETURN DISTINCT p.id AS id ORDER BY id'),
    tracks: await column('MATCH (n:PolicyTrack) RETURN n.id AS id ORDER BY id'),
    entities: await column('MATCH (n:Entity) RETURN n.id AS id ORDER BY id'),
    claims: await column('MATCH (n:Claim) RETURN n.id AS id ORDER BY id'),
  };
}

const VERIFY_SOURCES = 'UNWIND $ids AS id OPTIONAL MATCH (s:Source {id: id}) RETURN id, count(s) AS n';
const VERIFY_CLAIMS = `
UNWIND $claims AS c
OPTIONAL MATCH (x:Claim {id: c.id})
RETURN c.id AS id, count(x) AS nodes,
       sum(COUNT { (x)-[:SAID_BY]->() }) AS saidBy,
       sum(COUNT { (x)-[:APPEARS_IN]->() }) AS appearsIn,
       sum(COUNT { (x)-[:APPEARS_IN]->(:Source {id: c.sourceId}) }) AS appearsInOwn`;
const VERIFY_EVIDENCE =
  'UNWIND $rels AS x OPTIONAL MATCH ()-[r:INVOLVED_IN {id: x.id}]->() ' +
  'RETURN x.id AS id, count(r) AS n, [e IN x.claims WHERE NOT e IN coalesce(r.evidence, [])] AS missing';
const DUPLICATE_IDS = 'MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id, c LIMIT 20';
const DUPLICATE_RELS =
  'MATCH (a)-[r]->(b) WITH a.id AS a, type(r) AS t, b.id AS b, r.id AS id, count(*) AS c WHERE c > 1 RETURN a, t, b, id, c LIMIT 20';

/** Every acknowledged ingest exactly once and complete; refused ones left no source or claim. */
async function verify(db: GraphDatabase): Promise<string[]> {
  const failures: string[] = [];
  const acknowledged = ingests.filter((i) => i.state === 'acknowledged');
  const refused = ingests.filter((i) => i.state === 'refused');
  const unknown = ingests.filter((i) => i.state === 'unknown');
  const sources = new Map(
    (await db.readPlain(VERIFY_SOURCES, { ids: ingests.map((i) => i.sourceId) })).map((r) => [String(r.id), Number(r.n)]),
  );
  for (const i of acknowledged)
    if (sources.get(i.sourceId) !== 1) failures.push(`acknowledged ${i.sourceId}: ${sources.get(i.sourceId)} source nodes`);
  for (const i of refused) if (sources.get(i.sourceId) !== 0) failures.push(`refused ${i.sourceId} left a source node`);
  const present = [...acknowledged, ...unknown.filter((i) => sources.get(i.sourceId) === 1)];
  const claims = await db.readPlain(VERIFY_CLAIMS, {
    claims: present.flatMap((i) => i.claims.map((id) => ({ id, sourceId: i.sourceId }))),
  });
  for (const c of claims) {
    if ([c.nodes, c.saidBy, c.appearsIn, c.appearsInOwn].some((n) => Number(n) !== 1)) {
      failures.push(
        `claim ${String(c.id)}: ${c.nodes} nodes, ${c.saidBy} SAID_BY, ${c.appearsIn} APPEARS_IN (${c.appearsInOwn} to its source)`,
      );
    }
  }
  const leftovers = await db.readPlain('UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN c.id AS id', {
    ids: refused.flatMap((i) => i.claims),
  });
  for (const c of leftovers) failures.push(`refused ingest left claim ${String(c.id)}`);
  // Concurrent evidence unions must lose nothing: each relation lists every acknowledged claim #0.
  const byRelation = new Map<string, string[]>();
  for (const i of present) byRelation.set(i.relationId, [...(byRelation.get(i.relationId) ?? []), i.claims[0]!]);
  const rels = await db.readPlain(VERIFY_EVIDENCE, { rels: [...byRelation].map(([id, list]) => ({ id, claims: list })) });
  for (const r of rels) {
    const missing = r.missing as string[];
    if (Number(r.n) !== 1 || missing.length > 0)
      failures.push(`relation ${String(r.id)}: ${r.n} copies, evidence missing ${missing.length} claims`);
  }
  for (const r of await db.readPlain(DUPLICATE_IDS, {})) failures.push(`${r.c} nodes share the id ${String(r.id)}`);
  for (const r of await db.readPlain(DUPLICATE_RELS, {})) failures.push(`${r.c} copies of ${String(r.a)}-[${String(r.t)}]->${String(r.b)}`);
  return failures;
}

function latencyRows(groupOf: (o: Outcome) => string): string[] {
  const groups = new Map<string, number[]>();
  for (const o of outcomes) groups.set(groupOf(o), [...(groups.get(groupOf(o)) ?? []), o.ms]);
  return [...groups].map(([name, ms]) => {
    const sorted = ms.sort((a, b) => a - b);
    const [p50, p95, p99] = [50, 95, 99].map((p) => (percentile(sorted, p) ?? 0).toFixed(0));
    return `| ${name} | ${sorted.length} | ${p50} | ${p95} | ${p99} | ${sorted.at(-1)!.toFixed(0)} |`;
  });
}

interface ReportMeta {
  command: string;
  neo4j: string;
  seconds: number;
  failures: string[];
  interrupted: boolean;
  rss: [number, number];
  heap: [number, number];
  serverLog: { warn: number; error: number };
}

/** One row per result (ok, a code, an HTTP status...) with its count per category. */
function resultRows(): string[] {
  const categories: Category[] = ['read', 'traversal', 'ingest'];
  const results = new Map<string, Record<Category, number>>();
  for (const o of outcomes) {
    const row = results.get(o.result) ?? { read: 0, traversal: 0, ingest: 0 };
    row[o.category] += 1;
    results.set(o.result, row);
  }
  const total = (r: Record<Category, number>) => categories.reduce((sum, c) => sum + r[c], 0);
  return [...results]
    .sort((a, b) => total(b[1]) - total(a[1]))
    .map(([result, r]) => `| ${result} | ${categories.map((c) => r[c]).join(' | ')} | ${total(r)} |`);
}

function report(meta: ReportMeta): string {
  const count = (state: SentIngest['state']) => ingests.filter((i) => i.state === state).length;
  const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
  return [
    `# Soak: ${CLIENTS} clients, ${SECONDS} s, ${today()}`,
    '',
    `Command: \`${meta.command}\``,
    '',
    `Stopped by: ${meta.interrupted ? 'Ctrl-C' : sent >= MAX_REQUESTS ? `--max-requests (${MAX_REQUESTS})` : `the ${SECONDS} s deadline`}.`,
    '',
    `Machine: ${availableParallelism()} cores (nproc), Node ${process.version}, Neo4j ${meta.neo4j}. ` +
      `App in-process on 127.0.0.1, clients over loopback HTTP, request timeout ${TIMEOUT_MS} ms.`,
    'Mix per request: 45% reads (node, people page, search, contradictions), ' +
      '35% traversals (paths, neighborhood, tracksRoutedThrough with and without asOf), ' +
      '20% ingests (a new 1-3 claim note each, shared desk, analysts, Witkoff and track:ukraine).',
    '',
    `**${outcomes.length} requests in ${meta.seconds.toFixed(1)} s = ${(outcomes.length / meta.seconds).toFixed(1)} requests/s.** ` +
      `Process (app and clients): RSS ${mb(meta.rss[0])} before, ${mb(meta.rss[1])} after; ` +
      `heap after a full GC ${mb(meta.heap[0])} before, ${mb(meta.heap[1])} after. ` +
      `Server log: ${meta.serverLog.warn} warnings, ${meta.serverLog.error} errors.`,
    '',
    "Results (`ok`, the first error's `extensions.code`, or the HTTP or network failure):",
    '',
    '| result | read | traversal | ingest | total |',
    '|---|---|---|---|---|',
    ...resultRows(),
    '',
    'Latency (ms):',
    '',
    '| category | requests | p50 | p95 | p99 | max |',
    '|---|---|---|---|---|---|',
    ...latencyRows((o) => o.category),
    '',
    '| operation | requests | p50 | p95 | p99 | max |',
    '|---|---|---|---|---|---|',
    ...latencyRows((o) => o.operation).sort(),
    '',
    `Ingests: ${count('acknowledged')} acknowledged, ${count('refused')} refused, ${count('unknown')} with an unknown outcome (timeout or broken connection).`,
    '',
    meta.failures.length === 0
      ? '**Verification passed:** every acknowledged ingest is present exactly once ' +
        '(one source node; each claim once, with one SAID_BY and one APPEARS_IN to its source), ' +
        'every relation lists all acknowledged evidence, no refused ingest left a source or claim, ' +
        'and no id or relationship is duplicated.'
      : `**Verification FAILED** (${meta.failures.length} problems):\n\n${meta.failures
          .slice(0, 50)
          .map((f) => `- ${f}`)
          .join('\n')}`,
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  const config = loadConfig();
  let local: ThrowawayNeo4j | undefined;
  let server: Server | undefined;
  let stopApollo: (() => Promise<void>) | undefined;
  let db: GraphDatabase | undefined;
  let interrupted = false;
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      if (server) await closeServer(server, 5_000);
      await stopApollo?.();
      await db?.close();
      await local?.stop();
    })());
  let interruptedAt = 0;
  const onSignal = () => {
    // npm and tsx relay the terminal's SIGINT, so one Ctrl-C arrives more than once: only a later one quits.
    if (interrupted) {
      if (Date.now() - interruptedAt < 1_500) return;
      hardStop.abort();
      void cleanup().finally(() => process.exit(130));
      return;
    }
    interrupted = true;
    interruptedAt = Date.now();
    stopRequested = true;
    console.log('\nCtrl-C: stopping the clients, then verifying and cleaning up (Ctrl-C again to quit at once)');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    let uri = config.NEO4J_URI;
    let password = config.NEO4J_PASSWORD;
    if (!uri) {
      local = await startThrowawayNeo4j({ name: 'soak', heap: '1g', log: (m) => console.log(m) });
      ({ uri, password } = local.target);
    }
    db = connectDatabase({ ...config, NEO4J_PASSWORD: password }, uri);
    await applySchema(db, CYPHER_DIR);
    if (await isEmpty(db)) await loadSeed(db, CYPHER_DIR);
    const ids = await seedIds(db);
    const [version] = await db.readPlain('CALL dbms.components() YIELD versions, edition RETURN versions[0] + " " + edition AS v', {});
    const logFile = join(tmpdir(), `policy-graph-soak-${RUN}.log`);
    const { app, apollo } = await createApp({
      db,
      logger: pino({ level: 'warn' }, pino.destination({ dest: logFile, sync: true })),
      schemaDir: join(repoRoot(), 'schema'),
      examplesDir: join(repoRoot(), 'docs', 'examples'),
      introspection: false,
      authenticate: createAuthenticator({
        API_KEYS: `${EDITOR_KEY}:editor`,
        JWT_SECRET: undefined,
        JWT_JWKS: undefined,
        JWT_ISSUER: undefined,
        JWT_AUDIENCE: undefined,
      }),
      readsRequireAuth: false,
      metricsEnabled: false,
    });
    stopApollo = () => apollo.stop();
    const listening: Server = app.listen(0, '127.0.0.1');
    server = listening;
    await new Promise((resolve) => listening.once('listening', resolve));
    const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    console.log(
      `soak ${RUN}: ${CLIENTS} clients for ${SECONDS} s against ${base} (Neo4j ${String(version?.v)} at ${uri}); server warnings in ${logFile}`,
    );

    const [rssBefore, heapBefore] = [process.memoryUsage().rss, heapAfterGc()];
    const started = performance.now();
    const deadline = Date.now() + SECONDS * 1000;
    const timer = setTimeout(() => hardStop.abort(), SECONDS * 1000 + TIMEOUT_MS + 2_000);
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n, base, ids, deadline)));
    clearTimeout(timer);
    const seconds = (performance.now() - started) / 1000;
    const [rssAfter, heapAfter] = [process.memoryUsage().rss, heapAfterGc()];

    const failures = await verify(db);
    const levels = readFileSync(logFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { level: number }).level);
    const serverLog = { warn: levels.filter((l) => l === 40).length, error: levels.filter((l) => l >= 50).length };
    const extra = [
      MAX_REQUESTS !== 20_000 ? ` --max-requests ${MAX_REQUESTS}` : '',
      TIMEOUT_MS !== 20_000 ? ` --timeout-ms ${TIMEOUT_MS}` : '',
    ].join('');
    const command = `npm run soak -- --clients ${CLIENTS} --seconds ${SECONDS}${extra}`;
    const markdown = report({
      command,
      neo4j: `${String(version?.v)}${local ? ' (local, heap 1g)' : ' (NEO4J_URI)'}`,
      seconds,
      failures,
      interrupted,
      rss: [rssBefore, rssAfter],
      heap: [heapBefore, heapAfter],
      serverLog,
    });
    console.log(`\n${markdown}`);
    writeReport(`docs/soak/${today()}-c${CLIENTS}-t${SECONDS}.md`, markdown);
    return failures.length === 0 ? 0 : 1;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
