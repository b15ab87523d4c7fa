// Entry point (npm start): local Neo4j unless NEO4J_URI is set, then the server; clean stop on signals.
import { pino } from 'pino';
import { loadConfig } from './config.js';
import { resolveNeo4j } from './db/connect.js';
import { onTermination } from './server/shutdown.js';
import { startServer } from './server/start.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL });

  const { uri, local } = await resolveNeo4j(config, (msg) => logger.info(msg));

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
