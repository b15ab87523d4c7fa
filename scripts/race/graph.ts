// The race's graph: a throwaway local Neo4j (or the caller's), the schema and the seed, then the
// generated graph of the chosen size (scripts/graph-gen).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadQueries } from '../../src/db/cypher-files.js';
import { createDriver, GraphDatabase } from '../../src/db/database.js';
import { repoRoot } from '../../src/base/paths.js';
import { startLocalNeo4j } from '../../src/db/local-neo4j.js';
import { applySchema, loadSeed } from '../../src/setup/schema-setup.js';
import { loadGeneratedGraph, type GraphSize } from '../graph-gen/index.js';
import type { Neo4jTarget } from './servers/server.js';

export interface GraphInfo {
  nodes: number;
  relationships: number;
  /** Schema, seed and generated graph, seconds. */
  loadSeconds: number;
}

const CYPHER_DIR = join(repoRoot(), 'cypher');

export function openDatabase(target: Neo4jTarget): GraphDatabase {
  return new GraphDatabase(createDriver(target.uri, target.user, target.password), loadQueries(CYPHER_DIR), {
    database: target.database,
    txTimeoutMs: 600_000,
    commitRetryMs: 30_000,
  });
}

const throwaways = new Set<() => Promise<void>>();

/** A fresh local Neo4j in a temporary folder; stop() also removes the folder. */
export async function startThrowawayNeo4j(heap: string, log: (msg: string) => void): Promise<{ target: Neo4jTarget; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'policy-graph-race-'));
  const password = 'race-password-1';
  const neo4j = await startLocalNeo4j({ port: 0, dataDir, password, heap, exitWithThisProcess: true, log });
  const stop = async () => {
    throwaways.delete(stop);
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  throwaways.add(stop);
  return { target: { uri: neo4j.uri, user: 'neo4j', password, database: 'neo4j' }, stop };
}

/** Stops every throwaway Neo4j still running (on a signal). */
export async function stopThrowawayNeo4js(): Promise<void> {
  await Promise.all([...throwaways].map((stop) => stop()));
}

/** Node and relationship counts of the whole database. */
export async function graphCounts(db: GraphDatabase): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels', {});
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.rels ?? 0) };
}

/** Applies the schema and loads the seed into an empty database (what this server needs to start on it). */
export async function loadSchemaAndSeed(target: Neo4jTarget): Promise<void> {
  const db = openDatabase(target);
  try {
    await applySchema(db, CYPHER_DIR);
    await loadSeed(db, CYPHER_DIR);
  } finally {
    await db.close();
  }
}

/** Loads the generated graph on top of the seed and counts the whole database. */
export async function loadGenerated(
  target: Neo4jTarget,
  options: { size: GraphSize; seed?: number; log: (msg: string) => void },
): Promise<{ nodes: number; relationships: number }> {
  const db = openDatabase(target);
  try {
    await loadGeneratedGraph(db, { size: options.size, seed: options.seed, log: options.log });
    return await graphCounts(db);
  } finally {
    await db.close();
  }
}

/** Schema, seed and the generated graph, into an empty database. */
export async function loadRaceGraph(
  target: Neo4jTarget,
  options: { size: GraphSize; seed?: number; log: (msg: string) => void },
): Promise<GraphInfo> {
  const started = performance.now();
  await loadSchemaAndSeed(target);
  const counts = await loadGenerated(target, options);
  return { ...counts, loadSeconds: (performance.now() - started) / 1000 };
}
