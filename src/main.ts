// Entry point (npm start): local Neo4j unless NEO4J_URI is set, schema, seed if empty, then serve.
import type { Server } from 'node:http';
import { join } from 'node:path';
import { pino } from 'pino';
import { createAuthenticator } from './auth/authenticate.js';
import { loadConfig } from './config.js';
import { loadQueries } from './db/cypher-files.js';
import { createDriver, GraphDatabase } from './db/database.js';
import { repoRoot, startLocalNeo4j, type LocalNeo4jHandle } from './db/local-neo4j.js';
import { applySchema, isEmpty, loadSeed } from './db/schema-setup.js';
import { createApp } from './server/app.js';
import { introspectionFromConfig, limitsFromConfig } from './server/limits.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL });
  const root = repoRoot();
  const cypherDir = join(root, 'cypher');

  let local: LocalNeo4jHandle | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    local = await startLocalNeo4j({
      port: config.LOCAL_NEO4J_PORT,
      dataDir: config.LOCAL_NEO4J_DATA_DIR,
      password: config.NEO4J_PASSWORD,
      heap: config.LOCAL_NEO4J_HEAP,
      log: (msg) => logger.info(msg),
    });
    uri = local.uri;
  }

  const db = new GraphDatabase(createDriver(uri, config.NEO4J_USER, config.NEO4J_PASSWORD), loadQueries(cypherDir), {
    database: config.NEO4J_DATABASE,
    txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
  });
  await applySchema(db, cypherDir);
  if (config.SEED_ON_EMPTY && (await isEmpty(db))) {
    await loadSeed(db, cypherDir);
    logger.info('loaded the seed graph into an empty database');
  }

  const { app, apollo } = await createApp({
    db,
    logger,
    schemaDir: join(root, 'schema'),
    examplesDir: join(root, 'docs', 'examples'),
    introspection: introspectionFromConfig(config),
    limits: limitsFromConfig(config),
    maxBodyBytes: config.MAX_BODY_BYTES,
    metricsEnabled: config.METRICS_ENABLED,
    authenticate: createAuthenticator(config),
    readsRequireAuth: config.READS_REQUIRE_AUTH,
  });
  const server: Server = app.listen(config.PORT, config.HOST, () => {
    logger.info(`GraphQL at http://${config.HOST}:${config.PORT}/graphql (Neo4j ${uri}); playground at /playground`);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    logger.info('http server closed');
    await apollo.stop();
    await db.close();
    logger.info('driver closed');
    if (local?.startedHere) await local.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`Failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
