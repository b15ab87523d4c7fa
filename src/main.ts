// Entry point (npm start): local Neo4j unless NEO4J_URI is set, then the server; clean stop on signals.
import { pino } from 'pino';
import { loadConfig } from './config.js';
import { startLocalNeo4j, type LocalNeo4jHandle } from './db/local-neo4j.js';
import { onTermination } from './server/shutdown.js';
import { startServer } from './server/start.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL });

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

  const running = await startServer(config, logger, uri);
  if (local) await running.schemaReady;
  logger.info(`GraphQL at ${running.url}/graphql (Neo4j ${uri}); playground at ${running.url}/playground`);

  onTermination(async (signal) => {
    logger.info(`${signal}: shutting down; finishing in-flight requests for up to ${config.SHUTDOWN_DEADLINE_MS} ms`);
    const finished = await running.stop();
    logger.info(finished ? 'in-flight requests finished; driver closed' : 'deadline reached; connections closed');
    if (local?.startedHere) await local.stop();
    logger.info('stopped');
  });
}

main().catch((error: unknown) => {
  console.error(`Failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
