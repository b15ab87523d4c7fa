// Entry point (npm start): local Neo4j unless NEO4J_URI is set, schema, seed if empty, then serve.
import type { Server } from 'node:http';
import { join } from 'node:path';
import { pino } from 'pino';
import { createAuthenticator } from './auth/authenticate.js';
import { loadConfig } from './config.js';
import { loadQueries } from './db/cypher-files.js';
import { createDriver, GraphDatabase } from './db/database.js';
import { repoRoot, startLocalNeo4j, type LocalNeo4jHandle } from './db/local-neo4j.js';
import { keepSchema } from './db/schema-keeper.js';
import { createApp } from './server/app.js';
import { closeServer, onTermination } from './server/shutdown.js';
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

  const driver = createDriver(uri, config.NEO4J_USER, config.NEO4J_PASSWORD, {
    maxRetryMs: config.NEO4J_MAX_RETRY_MS,
    connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
  });
  const db = new GraphDatabase(driver, loadQueries(cypherDir), {
    database: config.NEO4J_DATABASE,
    txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
  });
  // With an external Neo4j that is down, serve anyway: readiness says 503 and queries fail fast with
  // DATABASE_UNAVAILABLE until the schema keeper gets through.
  const schema = keepSchema(db, { cypherDir, seedOnEmpty: config.SEED_ON_EMPTY, logger });
  if (local) await schema.ready;
  schema.ready.catch((error: unknown) => logger.error({ err: error }, 'could not apply the schema'));

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

  onTermination(async (signal) => {
    logger.info(`${signal}: shutting down; finishing in-flight requests for up to ${config.SHUTDOWN_DEADLINE_MS} ms`);
    schema.stop();
    const finished = await closeServer(server, config.SHUTDOWN_DEADLINE_MS);
    logger.info(finished ? 'in-flight requests finished' : 'deadline reached; closed the remaining connections');
    await apollo.stop();
    await db.close();
    if (local?.startedHere) await local.stop();
    logger.info('stopped');
  });
}

main().catch((error: unknown) => {
  console.error(`Failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
