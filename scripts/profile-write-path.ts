// PROFILEs the two write-side queries that used to scan the whole graph (npx tsx scripts/profile-write-path.ts
// [--people 30000] [--runs 15]): ingest's entity candidates and changes(trackId, since). A throwaway local Neo4j
// gets the schema without the "Write-path and change-feed indexes" section, the seed and a grown graph (~100k
// nodes); the queries as they were before (commit c8aa051) are measured, then the whole schema is applied and
// the current queries are measured; answers are checked equal. Writes docs/benchmarks/write-path-scale-<date>.md.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j, { type Session } from 'neo4j-driver';
import { CYPHER_DIR } from '../src/db/connect.js';
import { loadQueries, splitStatements } from '../src/db/cypher-files.js';
import type { GraphDatabase } from '../src/db/database.js';
import { applySchema, loadSeed } from '../src/setup/schema-setup.js';
import { ingestDocument } from '../src/ingest/ingest.js';
import { nameKey } from '../src/domain/names.js';
import { openDatabase } from './lib/database.js';
import { today, writeReport } from './lib/report.js';
import { median } from './lib/stats.js';
import { startThrowawayNeo4j } from './lib/throwaway-neo4j.js';

const { values } = parseArgs({ options: { people: { type: 'string', default: '30000' }, runs: { type: 'string', default: '15' } } });
const PEOPLE = Number(values.people);
const RUNS = Number(values.runs);
const SECTION = '// Write-path and change-feed indexes';

/** The before queries (commit c8aa051, verbatim) and the steps that grow the graph: profile-write-path/*.cypher. */
const QUERIES = loadQueries(join(dirname(fileURLToPath(import.meta.url)), 'profile-write-path'));
const OLD_CANDIDATES = QUERIES.get('before/ingest/candidates')!;
const OLD_CHANGES = QUERIES.get('before/changes/on-track')!;

/**
 * The grown graph, each step in batches of [$from, $to): people tied to tracks (a third to the seed's Ukraine track),
 * institutions, events and each other, two claims per person; timestamps spread over 2025. One relation in ten
 * carries only createdAt (as the seed's do), one in fifty was updated 120 days after it was created.
 */
const GROW: { step: string; count: number; batch: number }[] = [
  { step: '1-tracks-and-sources', count: 1, batch: 1 },
  { step: '2-institutions', count: 5000, batch: 5000 },
  { step: '3-people', count: PEOPLE, batch: 10000 },
  { step: '4-claims-and-relations', count: PEOPLE, batch: 2500 },
  { step: '5-events', count: 2000, batch: 2000 },
];

/** A document's references as ingest looks them up (findCandidates in src/ingest/ingest.ts). */
function candidateParams(refs: string[]) {
  return { ids: refs, keys: [...new Set(refs.map(nameKey))] };
}

/** 30 references, half of them unknown to the graph. */
function smallDocumentRefs(): string[] {
  return [
    ...[17, 4242, 29999].flatMap((i) => [`person:gen-${i}`, `Gen person ${i}`, `GP ${i + 1}`, `Gen P. ${i + 2}`]),
    'Steve Witkoff',
    'person:witkoff',
    'J.D. Vance',
    'Gen institution 17',
    'institution:gen-17',
    'track:ukraine',
    'Gen track 3',
    ...Array.from({ length: 11 }, (_, i) => `Brand New Analyst ${i}`),
  ];
}

/** 1,000 references (a very large document): every other one a known person's name. */
const largeDocumentRefs = (): string[] =>
  Array.from({ length: 1000 }, (_, i) => (i % 2 ? `Gen person ${(i * 37) % PEOPLE}` : `Unknown analyst ${i}`));

const DOCUMENT = {
  source: { title: 'Profile note', url: 'https://example.org/profile-note' },
  entities: [
    { kind: 'PERSON', name: 'Gen person 4242', aliases: ['GP 4243'] },
    { kind: 'INSTITUTION', name: 'Profile Desk' },
  ],
  claims: [{ text: 'A profile claim.', kind: 'FACT', speaker: 'Profile Desk', about: ['Gen P. 17', 'track:ukraine', 'Steve Witkoff'] }],
  relations: [{ type: 'BACKS', from: 'Gen person 4242', to: 'Witkoff', evidence: ['#0'] }],
};

/** Small documents that are written (run: 'before' or 'after'): a new desk, claims about known people, a relation. */
const writtenDocument = (run: string, d: number) => ({
  source: { title: `Profile ${run} note ${d}`, url: `https://example.org/profile/${run}/${d}` },
  entities: [{ kind: 'INSTITUTION', name: `Profile ${run} desk ${d}` }],
  claims: [0, 1, 2].map((c) => ({
    text: `Profile ${run} note ${d}, point ${c}.`,
    kind: 'ANALYSIS',
    speaker: `Profile ${run} desk ${d}`,
    // Tracks 10-19 only: the measured feeds (track:ukraine, track:gen-7) stay as they were.
    about: [`Gen person ${(d * 97 + c) % PEOPLE}`, `track:gen-${10 + ((d + c) % 10)}`],
  })),
  relations: [{ type: 'INFLUENCES', from: `Gen person ${(d * 97) % PEOPLE}`, to: `GP ${(d * 97 + 1) % PEOPLE}`, evidence: ['#0'] }],
});
const WRITTEN = 20;

/** Wall time of ingesting WRITTEN documents one by one (each one write transaction). */
async function timeWrites(db: GraphDatabase, run: string): Promise<number> {
  const started = performance.now();
  for (let d = 0; d < WRITTEN; d++) await ingestDocument(db, writtenDocument(run, d), { dryRun: false, actor: 'profile' });
  return performance.now() - started;
}

interface Profiled {
  dbHits: number;
  rows: number;
  answer: string;
  /** Where the plan starts: its leaf operators, counted (e.g. "NodeByLabelScan", "DirectedRelationshipIndexSeekByRange ×30"). */
  leaves: string;
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  children: PlanNode[];
}

const sumHits = (p: PlanNode): number => p.dbHits + p.children.reduce((s, c) => s + sumHits(c), 0);
const leafTypes = (p: PlanNode): string[] =>
  p.children.length === 0 ? [p.operatorType.replace(/@.*$/, '')] : p.children.flatMap(leafTypes);
function describeLeaves(plan: PlanNode): string {
  const counts = new Map<string, number>();
  for (const t of leafTypes(plan).filter((t) => t !== 'Argument')) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(', ');
}
const toParams = (p: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, typeof v === 'number' ? neo4j.int(v) : v]));

/** One PROFILE (db hits, plan leaves) and the answer, in a read transaction. */
async function profile(session: Session, cypher: string, params: Record<string, unknown>): Promise<Profiled> {
  const result = await session.executeRead((tx) => tx.run(`PROFILE ${cypher}`, toParams(params)));
  const plan = result.summary.profile as unknown as PlanNode;
  const answer = JSON.stringify(result.records.map((r) => r.keys.map((k) => comparable(r.get(k)))));
  return { dbHits: sumHits(plan), rows: result.records.length, answer, leaves: describeLeaves(plan) };
}

/**
 * Median wall time of each task over RUNS rounds after 3 warm-up rounds. Tasks alternate within a round, so
 * the load of a shared machine falls on all of them alike.
 */
async function timeInterleaved(tasks: (() => Promise<unknown>)[]): Promise<number[]> {
  const times = tasks.map(() => [] as number[]);
  for (let round = 0; round < RUNS + 3; round++) {
    for (const [i, task] of tasks.entries()) {
      const started = performance.now();
      await task();
      if (round >= 3) times[i]!.push(performance.now() - started);
    }
  }
  return times.map(median);
}

/** Nodes and relationships compared by id. */
function comparable(value: unknown): unknown {
  if (value && typeof value === 'object' && 'properties' in value) return (value as { properties: { id?: unknown } }).properties.id ?? null;
  return value;
}

async function main() {
  const server = await startThrowawayNeo4j({ name: 'write-path', heap: '2g' });
  const db = openDatabase(server.target);
  const oldDb = openDatabase(server.target, new Map([...loadQueries(CYPHER_DIR), ['ingest/candidates', OLD_CANDIDATES]]));
  const session = db.driver.session({ database: 'neo4j' });
  const run = (cypher: string, params: Record<string, unknown>) => () => session.executeRead((tx) => tx.run(cypher, toParams(params)));
  try {
    const schema = readFileSync(join(CYPHER_DIR, 'schema', 'constraints.cypher'), 'utf8');
    for (const statement of splitStatements(schema.slice(0, schema.indexOf(SECTION)))) await db.write(statement, {});
    await loadSeed(db, CYPHER_DIR);
    const grown = Date.now();
    for (const step of GROW) {
      for (let from = 0; from < step.count; from += step.batch) {
        await db.write(QUERIES.get(`grow/${step.step}`)!, {
          people: PEOPLE,
          tracks: 30,
          sources: 300,
          from,
          to: Math.min(step.count, from + step.batch),
        });
      }
    }
    const [size] = await db.readPlain('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS rels', {});
    console.log(`graph: ${size?.nodes} nodes, ${size?.rels} relationships (grown in ${Date.now() - grown} ms)`);

    const cases = [
      {
        name: 'candidates (30 refs, 27 keys)',
        old: OLD_CANDIDATES,
        query: 'ingest/candidates',
        params: candidateParams(smallDocumentRefs()),
      },
      { name: 'candidates (1,000 refs)', old: OLD_CANDIDATES, query: 'ingest/candidates', params: candidateParams(largeDocumentRefs()) },
      ...['track:ukraine', 'track:gen-7'].flatMap((trackId) =>
        [
          ['2025-09-28', 'recent'],
          ['2025-01-01', 'everything'],
        ].map(([since, what]) => ({
          name: `changes(${trackId}, since ${since}: ${what}), first 50`,
          old: OLD_CHANGES,
          query: 'changes/on-track',
          params: { trackId, since, limit: 50 },
        })),
      ),
    ];
    const before: Profiled[] = [];
    for (const c of cases) before.push(await profile(session, c.old, c.params));
    const writesBefore = await timeWrites(oldDb, 'before');

    const indexing = Date.now();
    await applySchema(db, CYPHER_DIR);
    const indexMs = Date.now() - indexing;
    const rows: string[] = [];
    const plans: string[] = [];
    for (const [i, c] of cases.entries()) {
      const [b, a, oldNow] = [before[i]!, await profile(session, db.cypher(c.query), c.params), await profile(session, c.old, c.params)];
      // Same graph (the documents written before the indexes included), old query and new.
      const same = c.query === 'ingest/candidates' ? sortedAnswer(oldNow.answer) === sortedAnswer(a.answer) : oldNow.answer === a.answer;
      if (!same) throw new Error(`${c.name}: the answers differ`);
      // The old query's plan does not change with the new indexes (same db hits), so both are timed now, interleaved.
      const note = oldNow.dbHits === b.dbHits ? '' : ` (old query on the new schema: ${oldNow.dbHits})`;
      const [msBefore, msAfter] = await timeInterleaved([run(c.old, c.params), run(db.cypher(c.query), c.params)]);
      console.log(`${c.name}: ${b.dbHits} → ${a.dbHits} db hits, ${msBefore!.toFixed(1)} → ${msAfter!.toFixed(1)} ms, ${a.rows} rows`);
      rows.push(`| ${c.name} | ${b.dbHits}${note} | ${msBefore!.toFixed(1)} | ${a.dbHits} | ${msAfter!.toFixed(1)} | ${a.rows} |`);
      plans.push(`| ${c.name} | ${b.leaves} | ${a.leaves} |`);
    }
    const ingest = (on: GraphDatabase) => () => ingestDocument(on, DOCUMENT, { dryRun: true, actor: 'profile' });
    const [ingestBefore, ingestAfter] = await timeInterleaved([ingest(oldDb), ingest(db)]);
    console.log(`ingest dry run: ${ingestBefore!.toFixed(1)} → ${ingestAfter!.toFixed(1)} ms`);
    const writesAfter = await timeWrites(db, 'after');
    console.log(`${WRITTEN} documents written: ${writesBefore.toFixed(0)} → ${writesAfter.toFixed(0)} ms`);
    const ingestRows = [
      `| ingestDocument, dry run (4 entities/refs by name, 1 claim, 1 relation) | | ${ingestBefore!.toFixed(1)} | | ${ingestAfter!.toFixed(1)} | |`,
      `| ingestDocument, ${WRITTEN} small documents written one by one (total; before on the old schema, not interleaved) | | ` +
        `${writesBefore.toFixed(0)} | | ${writesAfter.toFixed(0)} | |`,
    ];

    const variants: string[] = [];
    for (const c of cases.filter((x) => x.query === 'changes/on-track')) {
      const texts = [db.cypher(c.query), forceStart(db.cypher(c.query), 'INDEX'), forceStart(db.cypher(c.query), 'TRACK')];
      const profiled: Profiled[] = [];
      for (const text of texts) profiled.push(await profile(session, text, c.params));
      if (profiled.some((p) => p.answer !== profiled[0]!.answer)) throw new Error(`${c.name}: a forced variant answers differently`);
      const ms = await timeInterleaved(texts.map((text) => run(text, c.params)));
      variants.push(`| ${c.name} | ${profiled.map((p, i) => `${p.dbHits} | ${ms[i]!.toFixed(1)}`).join(' | ')} |`);
    }
    const date = today();
    writeReport(`docs/benchmarks/write-path-scale-${date}.md`, report(date, { size, indexMs, rows, ingestRows, plans, variants }));
  } finally {
    await session.close();
    await oldDb.close();
    await db.close();
    await server.stop();
  }
}

/**
 * The changes query with each branch's choice forced: always from the time indexes, or always from the track.
 * (The query compares what changed with the track's degree; here the comparison is replaced by a constant.)
 */
function forceStart(cypher: string, start: 'INDEX' | 'TRACK'): string {
  let replaced = 0;
  // size(...) >= 0 is always true, < 0 never, and neither is folded into a constant (the planner fails on
  // a branch whose WHERE is literally false).
  const forced = cypher.replace(/WHERE size\((changed|created)\) (<=|>) COUNT \{ [^}]* \}/g, (_m, list: string, op: string) => {
    replaced += 1;
    return `WHERE size(${list}) ${(op === '<=') === (start === 'INDEX') ? '>=' : '<'} 0`;
  });
  if (replaced !== 6) throw new Error(`changes/on-track: expected 6 start choices, found ${replaced}`);
  return forced;
}

/** Candidates come back in index order; compare them as sets. */
const sortedAnswer = (answer: string) => JSON.stringify((JSON.parse(answer) as unknown[]).map((r) => JSON.stringify(r)).sort());

interface Report {
  size: Record<string, unknown> | undefined;
  indexMs: number;
  rows: string[];
  ingestRows: string[];
  plans: string[];
  variants: string[];
}

/** The report's Markdown lines. */
function report(date: string, r: Report): string[] {
  return [
    `# Write-path queries at scale, ${date}`,
    '',
    `Command: \`npx tsx scripts/profile-write-path.ts --people ${PEOPLE} --runs ${RUNS}\``,
    '',
    `Machine: ${cpus().length} cores (shared with other jobs), Node ${process.version}, local Neo4j 5.26 (heap 2g).`,
    `Graph: the seed plus a grown graph (${PEOPLE} people, ${PEOPLE * 2} claims, 5,000 institutions, 2,000 events, 30 tracks,`,
    `300 sources): ${String(r.size?.nodes)} nodes and ${String(r.size?.rels)} relationships. A third of the people and claims are on`,
    'track:ukraine (~10k claims about it), track:gen-7 has ~2k. Timestamps spread over 2025: "recent" is since 2025-09-28',
    '(~1.5% of the graph changed since), "everything" since 2025-01-01.',
    '',
    'Before: the queries of commit c8aa051, on the schema without the write-path indexes. After: the current queries,',
    `with the "Write-path and change-feed indexes" section applied (built in ${r.indexMs} ms on this graph). The old and new`,
    'queries give the same answers on the final graph.',
    'db hits: one PROFILE; before: on the old schema (in brackets: the old query on the final graph, where it differs).',
    `ms: median wall time of ${RUNS} rounds after 3 warm-up rounds, read transactions over Bolt on loopback, old and new`,
    'query alternating within each round on the indexed graph, so that the load of the shared machine falls on both.',
    'Full-text lookups run inside `db.index.fulltext.queryNodes`, whose work PROFILE does not count as db hits: for',
    'candidates, time is the honest comparison; their cost grows with the number of keys, not with the graph.',
    '',
    '| query | db hits before | ms before | db hits after | ms after | rows |',
    '|---|---|---|---|---|---|',
    ...r.rows,
    ...r.ingestRows,
    '',
    '## Where each plan starts (leaf operators)',
    '',
    '| query | before | after |',
    '|---|---|---|',
    ...r.plans,
    '',
    '## Start from the time indexes, or from the track',
    '',
    'Each branch (claims, relations, entities) collects what changed since `since` from the range indexes, then either',
    'checks each item against the track or, when more changed than the track holds (claims about it, its degree; both',
    'read from the store), starts from the track. The same query with that choice forced one way or the other',
    '(same answers):',
    '',
    '| query | db hits, as shipped | ms | db hits, always index | ms | db hits, always track | ms |',
    '|---|---|---|---|---|---|---|',
    ...r.variants,
    '',
    '## Reading',
    '',
    '- Candidates no longer scan every :Entity and its nameKeys: ids go through the uniqueness index, names through',
    '  `entity_name_keys` (one Lucene search per 500 keys), so the cost follows the document, not the graph; for a very',
    '  large document most of the time is returning the matched nodes.',
    '- changes() with a recent `since` (what a feed asks) costs what changed since then, not the graph or the track.',
    '  With a `since` before nearly everything, what changed *is* the graph (here all of it was written in 2025): the',
    '  relation branch then reads every relation through the per-type time indexes, which is the answer before LIMIT;',
    '  claims and entities start from the track instead. Still fewer db hits than the old scan, at about its speed.',
    '- The price is on writes: the section declares 35 indexes (one full-text, four node range of which',
    '  claim_retracted_at is shared with the read path, two range per relation type), so each written entity, claim',
    '  or relation updates one or two more index entries.',
    '',
  ];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
