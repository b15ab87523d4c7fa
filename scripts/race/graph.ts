// The race's graph: the schema and the seed, then the generated graph of the chosen size
// (scripts/graph-gen), on a throwaway Neo4j (scripts/lib) or the caller's.
import type { GraphDatabase } from '../../src/db/database.js';
import { loadGeneratedGraph, type GraphSize } from '../graph-gen/index.js';
import { applySchemaAndSeed, openDatabase, type Neo4jTarget } from '../lib/database.js';

export interface GraphInfo {
  nodes: number;
  relationships: number;
  /** Schema, seed and generated graph, seconds. */
  loadSeconds: number;
}

/** Node and relationship counts of the whole database. */
export async function graphCounts(db: GraphDatabase): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.readPlain(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    {},
  );
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.rels ?? 0) };
}

/** Applies the schema and loads the seed into an empty database (what this server needs to start on it). */
export async function loadSchemaAndSeed(target: Neo4jTarget): Promise<void> {
  const db = openDatabase(target);
  try {
    await applySchemaAndSeed(db);
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
