// One size of the scale table: a fresh throwaway Neo4j loaded with the generated graph, this server
// alone on it, each operation answered once without errors, then timed at concurrency 1 (p50, p99).
import { cpus } from 'node:os';
import neo4jDriver from 'neo4j-driver';
import { repoRoot } from '../../src/base/paths.js';
import { benchmarkIds, type GraphSize } from '../graph-gen/index.js';
import { today } from '../lib/report.js';
import type { Neo4jTarget } from '../lib/database.js';
import { startThrowawayNeo4j, stopThrowawayNeo4js } from '../lib/throwaway-neo4j.js';
import { describeCheckout } from './checkout.js';
import { onSignalStop, raceArgs } from './cli-args.js';
import { prepareOperations } from './check.js';
import { createSend } from './client.js';
import { loadRaceGraph, type GraphInfo } from './graph.js';
import { startLoadClient } from './measure/load-client.js';
import { measure, type ResultRow } from './measure/rounds.js';
import { OPERATIONS } from './ops/operations.js';
import type { RaceOperation, ServerName } from './ops/types.js';
import { stopAllChildren } from './servers/child.js';
import type { RaceServer } from './servers/server.js';
import { startServers } from './servers/start.js';

export interface ScaleOptions {
  seed?: number;
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  heap: string;
  /** The throwaway Neo4j's page cache (e.g. '6g'); unset: sized for its empty store. */
  pageCache?: string;
  thisRoot: string;
  raceRoot: string;
  only?: readonly string[];
  /** The operations to time (default: the race's). */
  operations?: readonly RaceOperation[];
  log: (msg: string) => void;
}

export interface ScaleResult {
  size: GraphSize;
  graph: GraphInfo;
  rows: ResultRow[];
  /** The heap and page cache Neo4j ran with, as it reports them (e.g. "heap 2.0 GiB, page cache 512.00MiB"). */
  memory: string;
}

/** What the running Neo4j says its heap (JVM maximum) and page cache are: what a report's figures ran with. */
async function neo4jMemory(target: Neo4jTarget): Promise<string> {
  const driver = neo4jDriver.driver(target.uri, neo4jDriver.auth.basic(target.user, target.password), { disableLosslessIntegers: true });
  try {
    const options = { database: target.database };
    const cache = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name = 'server.memory.pagecache.size' RETURN value",
      {},
      options,
    );
    const heap = await driver.executeQuery(
      "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.max AS max",
      {},
      options,
    );
    const heapGib = Number(heap.records[0]?.get('max')) / 1024 ** 3;
    return `heap ${heapGib.toFixed(1)} GiB, page cache ${String(cache.records[0]?.get('value'))}`;
  } finally {
    await driver.close();
  }
}

const THIS: readonly ServerName[] = ['this'];

export async function scaleOneSize(size: GraphSize, options: ScaleOptions): Promise<ScaleResult> {
  const ops = (options.operations ?? OPERATIONS).filter((op) => !options.only || options.only.includes(op.key));
  const neo4j = await startThrowawayNeo4j({ name: 'race', heap: options.heap, pageCache: options.pageCache, log: options.log });
  let servers: Partial<Record<ServerName, RaceServer>> = {};
  const load = startLoadClient(options.raceRoot);
  try {
    const graph = await loadRaceGraph(neo4j.target, { size, seed: options.seed, log: options.log });
    options.log(`size ${size}: ${graph.nodes} nodes, ${graph.relationships} relationships, loaded in ${graph.loadSeconds.toFixed(1)} s`);
    const memory = await neo4jMemory(neo4j.target);
    options.log(`size ${size}: Neo4j ${memory}`);
    servers = await startServers(THIS, neo4j.target, { thisRoot: options.thisRoot, raceRoot: options.raceRoot });
    const send = createSend(servers as Record<ServerName, RaceServer>);
    const input = { ids: benchmarkIds(size, options.seed), today: today() };
    const prepared = await prepareOperations(ops, input, send, THIS);
    for (const { op, input: opInput } of prepared) op.normalise.this(await send('this', op.calls(opInput).this));
    const { rows } = await measure(prepared, servers, load, {
      servers: THIS,
      throughput: false,
      rounds: options.rounds,
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
      log: options.log,
    });
    return { size, graph, rows, memory };
  } finally {
    await load.stop();
    await Promise.all(Object.values(servers).map((s) => s.stop()));
    await stopAllChildren();
    await neo4j.stop();
  }
}

/** What a by-size command measured: its options, a result per size, and the checkout timed. */
export interface SizesRun {
  args: ReturnType<typeof raceArgs>;
  results: ScaleResult[];
  /** The report's lines on the machine and the graphs (after the title and the command). */
  setting: string[];
}

/**
 * The body of bench:scale and bench:provenance: options from the command line, then each size in turn on a fresh
 * throwaway Neo4j (`operations`, or the race's), child processes stopped on a signal. Logs are prefixed `[name]`.
 */
export async function measureSizes(name: string, operations?: readonly RaceOperation[]): Promise<SizesRun> {
  const args = raceArgs(process.argv.slice(2), 3);
  onSignalStop(async () => {
    await stopAllChildren();
    await stopThrowawayNeo4js();
  });
  const started = Date.now();
  const log = (msg: string) => console.log(`[${name} ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${msg}`);
  const root = repoRoot();
  const thisRoot = args.thisRoot ?? root;
  const results: ScaleResult[] = [];
  for (const size of args.sizes) results.push(await scaleOneSize(size, { ...args, thisRoot, raceRoot: root, log, operations }));
  const setting = [
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), shared with other work; Node ${process.version}; ` +
      `local Neo4j 5.26 (-Xmx${args.heap}), a fresh database per size. This server: ${describeCheckout(thisRoot)}.`,
    '',
    ...results.map(
      (r) =>
        `- ${r.size}: ${r.graph.nodes} nodes, ${r.graph.relationships} relationships, ` +
        `loaded (schema, seed, generated) in ${r.graph.loadSeconds.toFixed(1)} s; ` +
        `Neo4j ${r.memory} (the page cache sized at start, on the empty store, unless set)`,
    ),
  ];
  return { args, results, setting };
}

/** Runs a bench command's main; on failure, prints the reason, stops child processes and exits 1. */
export function runBench(main: () => Promise<void>): void {
  main().catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await stopAllChildren();
    process.exit(1);
  });
}
