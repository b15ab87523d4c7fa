// npm run bench:brokers -- [--size M] [--runs 30] [--from 2024-09] [--to 2025-08] [--bucket MONTH] [--heap 2g] [--seed N]
//   [--tracks track:a,track:b | all] [--uri bolt://... (a Neo4j already holding the generated graph; NEO4J_PASSWORD)]
// Loads a generated graph (scripts/graph-gen) into a throwaway Neo4j (or uses --uri), then times `brokers` for the
// seed's three policy tracks (or --tracks) over a year by month through the server's own Apollo (in process: no HTTP), and writes
// docs/benchmarks/brokers-<date>.md with p50/p99 and the size of each bucket graph.
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createAuthenticator } from '../src/auth/authenticate.js';
import { repoRoot } from '../src/base/paths.js';
import { createContext } from '../src/core/context.js';
import { createApollo } from '../src/server/apollo.js';
import { createGraphQLOptions } from '../src/server/graphql-options.js';
import type { GraphSize } from './graph-gen/index.js';
import { openDatabase } from './lib/database.js';
import { today, writeReport } from './lib/report.js';
import { percentile } from './lib/stats.js';
import { startThrowawayNeo4j, stopThrowawayNeo4js } from './lib/throwaway-neo4j.js';
import { graphCounts, loadRaceGraph } from './race/graph.js';

const { values: opts } = parseArgs({
  options: {
    size: { type: 'string', default: 'M' },
    runs: { type: 'string', default: '30' },
    from: { type: 'string', default: '2024-09' },
    to: { type: 'string', default: '2025-08' },
    bucket: { type: 'string', default: 'MONTH' },
    heap: { type: 'string', default: '2g' },
    seed: { type: 'string' },
    tracks: { type: 'string', default: 'track:ukraine,track:iran,track:israel-hamas' },
    uri: { type: 'string' },
  },
});

const BROKERS = /* GraphQL */ `
  query Brokers($trackIds: [ID!]!, $from: String!, $to: String!, $bucket: TimeBucket) {
    brokers(trackIds: $trackIds, from: $from, to: $to, bucket: $bucket) {
      limits { maxNodes }
      buckets { label nodeCount edgeCount truncated brokers { person { id name } tracks { id } betweenness evidenceCount roles { liaison } } }
      undated { label nodeCount edgeCount truncated brokers { person { id } betweenness } }
    }
  }
`;

interface Bucket {
  label: string;
  nodeCount: number;
  edgeCount: number;
  truncated: boolean;
  brokers: unknown[];
}

async function main(): Promise<void> {
  const started = Date.now();
  const log = (msg: string) => console.log(`[brokers ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${msg}`);
  const size = opts.size as GraphSize;
  const runs = Number(opts.runs);
  const given = opts.uri && {
    uri: opts.uri,
    user: 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'policy-graph-local',
    database: 'neo4j',
  };
  const neo4j = given ? undefined : await startThrowawayNeo4j({ name: 'brokers', heap: opts.heap, log });
  try {
    const target = given || neo4j!.target;
    const loaded = given
      ? undefined
      : await loadRaceGraph(target, { size, seed: opts.seed === undefined ? undefined : Number(opts.seed), log });
    const db = openDatabase(target).with({ txTimeoutMs: 60_000 });
    const graph = loaded ?? { ...(await graphCounts(db)), loadSeconds: Number.NaN };
    // The database's share of each request: the one compiled query, timed around the one place reads run.
    const read = db.readProjected.bind(db);
    let dbMs = 0;
    db.readProjected = async (...args: Parameters<typeof read>) => {
      const t0 = performance.now();
      try {
        return await read(...args);
      } finally {
        dbMs = performance.now() - t0;
      }
    };
    log(`size ${size}: ${graph.nodes} nodes, ${graph.relationships} relationships`);
    const options = createGraphQLOptions({
      schemaDir: join(repoRoot(), 'schema'),
      db,
      logger: pino({ level: 'error' }),
      introspection: false,
      authenticate: createAuthenticator({
        API_KEYS: '',
        JWT_SECRET: undefined,
        JWT_JWKS: undefined,
        JWT_ISSUER: undefined,
        JWT_AUDIENCE: undefined,
      }),
      readsRequireAuth: false,
    });
    const apollo = createApollo(options);
    await apollo.start();
    const all = (await db.readPlain('MATCH (t:PolicyTrack) RETURN t.id AS id ORDER BY id', {})).map((r) => String(r.id));
    const tracks = opts.tracks === 'all' ? all : opts.tracks.split(',');
    const variables = { trackIds: tracks, from: opts.from, to: opts.to, bucket: opts.bucket };
    const once = async () => {
      const contextValue = createContext(db, {});
      const t0 = performance.now();
      const response = await apollo.executeOperation({ query: BROKERS, variables }, { contextValue });
      const ms = performance.now() - t0;
      if (response.body.kind !== 'single' || response.body.singleResult.errors) {
        throw new Error(
          `brokers failed: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : 'incremental')}`,
        );
      }
      return { ms, dbMs, data: response.body.singleResult.data as { brokers: { buckets: Bucket[]; undated: Bucket } } };
    };
    const { data } = await once();
    for (let i = 0; i < 2; i++) await once();
    const times: number[] = [];
    const dbTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await once();
      times.push(run.ms);
      dbTimes.push(run.dbMs);
    }
    times.sort((a, b) => a - b);
    dbTimes.sort((a, b) => a - b);
    const [p50, p99] = [percentile(times, 50)!, percentile(times, 99)!];
    log(`p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms over ${runs} runs`);
    await apollo.stop();
    await db.close();
    const sections = [...data.brokers.buckets, data.brokers.undated];
    const date = today();
    writeReport(`docs/benchmarks/brokers-${date}.md`, [
      `# brokers: a year by month on the ${size} graph, ${date}`,
      '',
      `Command: \`npm run bench:brokers -- ${process.argv.slice(2).join(' ')}\``,
      '',
      `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), shared with other work; Node ${process.version}; ` +
        (given ? `the local Neo4j 5.26 at ${opts.uri}.` : `local Neo4j 5.26 (heap ${opts.heap}) in a throwaway folder.`) +
        ` Load average at the end (1, 5, 15 min): ${loadavg()
          .map((n) => n.toFixed(1))
          .join(', ')}.`,
      `Graph: \`graph:generate --size ${size}\` on the seed: ${graph.nodes} nodes, ${graph.relationships} relationships ` +
        (given ? `(already loaded at ${opts.uri}).` : `(loaded in ${graph.loadSeconds.toFixed(0)} s).`),
      '',
      `Operation: \`brokers(trackIds: [${tracks.join(', ')}], from: "${opts.from}", to: "${opts.to}", bucket: ${opts.bucket})\` ` +
        `with each broker's person, tracks, betweenness, evidence count and liaison count, through the server's Apollo in ` +
        `process (no HTTP); one Cypher query, then graphology-metrics on each bucket graph. ${runs} runs after 3 warm-up runs, one at a time.`,
      '',
      '| | p50 ms | p99 ms | min ms | max ms |',
      '|---|---|---|---|---|',
      `| whole request | ${p50.toFixed(0)} | ${p99.toFixed(0)} | ${times[0]!.toFixed(0)} | ${times.at(-1)!.toFixed(0)} |`,
      `| of which the Cypher query | ${percentile(dbTimes, 50)!.toFixed(0)} | ${percentile(dbTimes, 99)!.toFixed(0)} | ` +
        `${dbTimes[0]!.toFixed(0)} | ${dbTimes.at(-1)!.toFixed(0)} |`,
      '',
      'Bucket graphs (relations touching a routed person or a requested track, at most limits.maxNodes entities); ' +
        'brokers: those listed (the default `first`, 100):',
      '',
      '| bucket | entities | relations | truncated | brokers |',
      '|---|---|---|---|---|',
      ...sections.map((b) => `| ${b.label} | ${b.nodeCount} | ${b.edgeCount} | ${b.truncated ? 'yes' : 'no'} | ${b.brokers.length} |`),
      '',
    ]);
  } finally {
    await neo4j?.stop();
  }
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  await stopThrowawayNeo4js();
  process.exit(1);
});
