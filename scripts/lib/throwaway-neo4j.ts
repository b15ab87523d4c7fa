// A throwaway local Neo4j for a script: a free port and a temporary data folder, both gone again on stop().
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j } from '../../src/db/local-neo4j.js';
import type { Neo4jTarget } from './database.js';

/** A running throwaway Neo4j: where it is, its process, how to stop it. */
export interface ThrowawayNeo4j {
  target: Neo4jTarget;
  /** Neo4j's process id (undefined when it was not started here). */
  pid: number | undefined;
  /** Stops Neo4j and removes its data folder; again is a no-op. */
  stop(): Promise<void>;
}

/** What to start: the folder's name, the heap, where Neo4j's start-up messages go. */
export interface ThrowawayOptions {
  /** Names the data folder: <tmp>/policy-graph-<name>-XXXXXX. */
  name: string;
  /** Neo4j's JVM heap, e.g. '1g'. */
  heap: string;
  /** Neo4j's page cache, e.g. '6g'; unset: sized for an empty store (src/db/local-neo4j-memory.ts), too small for a graph loaded later. */
  pageCache?: string;
  log?: (msg: string) => void;
}

const running = new Set<() => Promise<void>>();

/** Starts a fresh local Neo4j on a free port in a new temporary folder; it also exits when this process does. */
export async function startThrowawayNeo4j(options: ThrowawayOptions): Promise<ThrowawayNeo4j> {
  const dataDir = mkdtempSync(join(tmpdir(), `policy-graph-${options.name}-`));
  const password = `throwaway-${randomBytes(12).toString('hex')}`;
  const neo4j = await startLocalNeo4j({
    port: 0,
    dataDir,
    password,
    heap: options.heap,
    pageCache: options.pageCache,
    exitWithThisProcess: true,
    log: options.log,
  });
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      running.delete(stop);
      await neo4j.stop();
      rmSync(dataDir, { recursive: true, force: true });
    })());
  running.add(stop);
  return { target: { uri: neo4j.uri, user: neo4j.user, password, database: 'neo4j' }, pid: neo4j.pid, stop };
}

/** Stops every throwaway Neo4j still running (on a signal). */
export async function stopThrowawayNeo4js(): Promise<void> {
  await Promise.all([...running].map((stop) => stop()));
}
