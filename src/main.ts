// Entry point (npm start): local Neo4j unless NEO4J_URI is set, then the server; clean stop on signals.
import { pino } from 'pino';
import { loadConfig } from './config.js';
import { resolveNeo4j } from './db/connect.js';
import type { LocalNeo4jHandle } from './db/local-neo4j.js';
import { onTermination } from './server/shutdown.js';
import { startServer, type RunningServer } from './server/start.js';

let stopping = false;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL });
  let running: RunningServer | undefined;

  const neo4j = resolveNeo4j(config, (msg) => logger.info(msg));
  // Signals are handled from the first moment: a supervisor may stop us while the local Neo4j is starting.
  onTermination(async (signal) => {
    stopping = true;
    logger.info(`${signal}: shutting down; finishing in-flight requests for up to ${config.SHUTDOWN_DEADLINE_MS} ms`);
    if (running) {
      const finished = await running.stop();
      logger.info(finished ? 'in-flight requests finished; driver closed' : 'deadline reached; connections closed');
    }
    await stopLocal(neo4j);
    logger.info('stopped');
  });

  try {
    const { uri, local } = await neo4j;
    if (stopping) return;
    running = await startServer(config, logger, uri);
    if (local) await running.schemaReady;
    logger.info(`GraphQL at ${running.url}/graphql (Neo4j ${uri}); playground at ${running.url}/playground`);
  } catch (error) {
    if (!stopping) {
      await running?.stop();
      await stopLocal(neo4j);
    }
    throw error;
  }
}

/** Stops the local Neo4j if this process started it, once its start (possibly under way) has settled. */
async function stopLocal(neo4j: Promise<{ local?: LocalNeo4jHandle }>): Promise<void> {
  const { local } = await neo4j.catch(() => ({ local: undefined }));
  if (local?.startedHere) await local.stop();
}

main().catch((error: unknown) => {
  // While stopping, the termination handler owns the exit.
  if (stopping) return;
  console.error(`Failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
