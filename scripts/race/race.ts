// runRace: the side-by-side race shared by `npm run bench:race` and the CI smoke test. One Neo4j with
// the generated graph, three servers on it (this server, the @neo4j/graphql peer, the raw floor), every
// operation's answers checked equal, then interleaved timing rounds. Every child process is stopped at
// the end, also on failure.
import { cpus } from 'node:os';
import { isoDay } from '../../src/domain/iso-date.js';
import { repoRoot } from '../../src/base/paths.js';
import { benchmarkIds, type BenchmarkIds, type GraphSize } from '../graph-gen/index.js';
import { checkAnswers, prepareOperations } from './check.js';
import { describeCheckout } from './checkout.js';
import { createSend } from './client.js';
import { openDatabase, type Neo4jTarget } from '../lib/database.js';
import { startThrowawayNeo4j } from '../lib/throwaway-neo4j.js';
import { graphCounts, loadGenerated, loadSchemaAndSeed, type GraphInfo } from './graph.js';
import { startLoadClient } from './measure/load-client.js';
import { measure, type ResultRow, type Sample } from './measure/rounds.js';
import { OPERATIONS } from './ops/operations.js';
import { SERVER_NAMES, type ServerName } from './ops/types.js';
import { probe, type ProbeResult } from './probe.js';
import { stopAllChildren } from './servers/child.js';
import type { RaceServer } from './servers/server.js';
import { startServers, type ServerRoots } from './servers/start.js';

export interface RaceOptions {
  size: GraphSize;
  seed?: number;
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  /** Heap of the throwaway Neo4j. */
  heap: string;
  /** The caller's Neo4j (the test's); otherwise a throwaway one is started. */
  neo4j?: Neo4jTarget;
  /** Load schema, seed and generated graph (the database must be empty); default: only into a throwaway Neo4j. */
  load?: boolean;
  /** Checkout whose src/main.ts is raced as "this server" (default: this repository). */
  thisRoot?: string;
  /** Operation keys to race (default: all). */
  only?: readonly string[];
  log: (msg: string) => void;
}

export interface RaceResult {
  options: Omit<RaceOptions, 'log' | 'neo4j' | 'load'>;
  startedAt: Date;
  machine: { cores: number; cpu: string; node: string };
  /** Commit of the checkout raced as this server. */
  thisVersion: string;
  graph: GraphInfo;
  ids: BenchmarkIds;
  today: string;
  operations: { key: string; title: string }[];
  probes: ProbeResult[];
  rows: ResultRow[];
  samples: Sample[];
}

/** The Neo4j to race on: the caller's, or a throwaway one. */
async function raceNeo4j(options: RaceOptions): Promise<{ target: Neo4jTarget; stop(): Promise<void> }> {
  if (options.neo4j) return { target: options.neo4j, stop: async () => {} };
  return startThrowawayNeo4j({ name: 'race', heap: options.heap, log: options.log });
}

/**
 * Loads the graph (when asked) while the servers start: they need only the schema and the seed to
 * start on, so the generated graph loads meanwhile. Gives the servers and the graph's size.
 */
async function graphAndServers(
  options: RaceOptions,
  target: Neo4jTarget,
  roots: ServerRoots,
): Promise<{ graph: GraphInfo; servers: Partial<Record<ServerName, RaceServer>> }> {
  if (!(options.load ?? !options.neo4j)) {
    const db = openDatabase(target);
    const counts = await graphCounts(db).finally(() => db.close());
    return { graph: { ...counts, loadSeconds: 0 }, servers: await startServers(SERVER_NAMES, target, roots) };
  }
  const started = performance.now();
  await loadSchemaAndSeed(target);
  const [counts, servers] = await Promise.allSettled([
    loadGenerated(target, { size: options.size, seed: options.seed, log: options.log }),
    startServers(SERVER_NAMES, target, roots),
  ]);
  if (servers.status === 'rejected') throw servers.reason;
  if (counts.status === 'rejected') {
    await Promise.all(Object.values(servers.value).map((s) => s.stop()));
    throw counts.reason;
  }
  const graph = { ...counts.value, loadSeconds: (performance.now() - started) / 1000 };
  options.log(
    `graph ${options.size}: ${graph.nodes} nodes, ${graph.relationships} relationships, loaded in ${graph.loadSeconds.toFixed(1)} s`,
  );
  return { graph, servers: servers.value };
}

export async function runRace(options: RaceOptions): Promise<RaceResult> {
  const startedAt = new Date();
  const root = repoRoot();
  const ops = OPERATIONS.filter((op) => !options.only || options.only.includes(op.key));
  const ids = benchmarkIds(options.size, options.seed);
  const today = isoDay(startedAt);
  const thisVersion = describeCheckout(options.thisRoot ?? root);
  const { target, stop: stopNeo4j } = await raceNeo4j(options);
  let servers: Partial<Record<ServerName, RaceServer>> = {};
  const load = startLoadClient(root);
  try {
    const ready = await graphAndServers(options, target, { thisRoot: options.thisRoot ?? root, raceRoot: root });
    servers = ready.servers;
    const graph = ready.graph;
    const all = servers as Record<ServerName, RaceServer>;
    const send = createSend(all);
    const prepared = await prepareOperations(ops, { ids, today }, send);
    const unanswered = await checkAnswers(prepared, send, options.log);
    const probes: ProbeResult[] = [];
    for (const { op, input } of prepared) {
      for (const variant of op.probes?.(input) ?? []) probes.push(await probe(op.key, variant.label, all.this.url, variant.call));
    }
    const { rows, samples } = await measure(prepared, servers, load, {
      servers: SERVER_NAMES,
      throughput: true,
      rounds: options.rounds,
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
      unanswered,
      log: options.log,
    });
    const { log: _log, neo4j: _neo4j, load: _load, ...rest } = options;
    return {
      options: rest,
      startedAt,
      machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
      thisVersion,
      graph,
      ids,
      today,
      operations: ops.map((op) => ({ key: op.key, title: op.title })),
      probes,
      rows,
      samples,
    };
  } finally {
    await load.stop();
    await Promise.all(Object.values(servers).map((s) => s.stop()));
    await stopAllChildren();
    await stopNeo4j();
  }
}
