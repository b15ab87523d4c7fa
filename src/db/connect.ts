// Builds the GraphDatabase the configuration describes (driver timeouts, database name, Cypher files).
import { join } from 'node:path';
import type { Config } from '../config.js';
import { loadQueries } from './cypher-files.js';
import { createDriver, GraphDatabase } from './database.js';
import { repoRoot } from '../base/paths.js';
import { startLocalNeo4j, type LocalNeo4jHandle } from './local-neo4j.js';

export const CYPHER_DIR = join(repoRoot(), 'cypher');

export function connectDatabase(config: Config, uri: string): GraphDatabase {
  const driver = createDriver(uri, config.NEO4J_USER, config.NEO4J_PASSWORD, {
    maxRetryMs: config.NEO4J_MAX_RETRY_MS,
    connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
    maxPoolSize: config.NEO4J_MAX_POOL_SIZE,
    acquisitionTimeoutMs: config.NEO4J_ACQUISITION_TIMEOUT_MS,
  });
  return new GraphDatabase(driver, loadQueries(CYPHER_DIR), {
    database: config.NEO4J_DATABASE,
    txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
    commitRetryMs: config.NEO4J_COMMIT_RETRY_MS,
    readRetryMs: config.NEO4J_MAX_RETRY_MS,
  });
}

/** The Neo4j to use: NEO4J_URI when set, else the local one (reused when running, started otherwise). */
export async function resolveNeo4j(config: Config, log?: (msg: string) => void): Promise<{ uri: string; local?: LocalNeo4jHandle }> {
  if (config.NEO4J_URI) return { uri: config.NEO4J_URI };
  const local = await startLocalNeo4j({
    port: config.LOCAL_NEO4J_PORT,
    dataDir: config.LOCAL_NEO4J_DATA_DIR,
    password: config.NEO4J_PASSWORD,
    heap: config.LOCAL_NEO4J_HEAP,
    pageCache: config.LOCAL_NEO4J_PAGECACHE,
    log,
  });
  return { uri: local.uri, local };
}
