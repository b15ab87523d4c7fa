// The database a script works on: where a Neo4j is, a GraphDatabase on it with a script's patience, schema and seed.
import { CYPHER_DIR } from '../../src/db/connect.js';
import { loadQueries } from '../../src/db/cypher-files.js';
import { createDriver, GraphDatabase } from '../../src/db/database.js';
import { applySchema, loadSeed } from '../../src/setup/schema-setup.js';

/** Where a Neo4j listens and how to log in: what a driver or a server started on it needs. */
export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** A GraphDatabase (its own driver) on `target` with long timeouts (large loads); `queries` default to cypher/'s. */
export function openDatabase(target: Neo4jTarget, queries: Map<string, string> = loadQueries(CYPHER_DIR)): GraphDatabase {
  return new GraphDatabase(createDriver(target.uri, target.user, target.password), queries, {
    database: target.database,
    txTimeoutMs: 600_000,
    commitRetryMs: 30_000,
  });
}

/** Applies the schema and loads the seed (into an empty database: what the server needs to start on it). */
export async function applySchemaAndSeed(db: GraphDatabase): Promise<void> {
  await applySchema(db, CYPHER_DIR);
  await loadSeed(db, CYPHER_DIR);
}
