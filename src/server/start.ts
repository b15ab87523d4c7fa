// Assembles the running product from a configuration: driver, schema keeper, app, HTTP listener.
// main.ts adds the local Neo4j and signal handling; tests start exactly this.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { createAuthenticator } from '../auth/authenticate.js';
import type { Config } from '../config.js';
import { connectDatabase, CYPHER_DIR } from '../db/connect.js';
import { Extractions, extractionOptionsFromConfig } from '../extract/extraction.js';
import type { GraphDatabase } from '../db/database.js';
import { repoRoot } from '../base/paths.js';
import { keepReceiptsSwept } from '../setup/receipt-sweeper.js';
import { keepSchema } from '../setup/schema-keeper.js';
import { ChangeFeed } from '../live/change-feed.js';
import { keepChangesSwept } from '../live/change-log-sweeper.js';
import { createApp } from './app.js';
import { corsOriginsFromConfig } from './cors.js';
import { introspectionFromConfig, limitsFromConfig } from './limits.js';
import { closeServer } from './shutdown.js';
import { allowedHostsFromConfig } from './allowed-hosts.js';
import { rateLimitFromConfig } from './rate-limit.js';
import { serveSubscriptions } from './subscriptions.js';

export interface RunningServer {
  url: string;
  db: GraphDatabase;
  server: Server;
  /** Resolves when the schema is in place and the seed committed (it keeps retrying while Neo4j is down). */
  schemaReady: Promise<void>;
  /** Graceful stop: finish in-flight requests up to SHUTDOWN_DEADLINE_MS, then close the driver. */
  stop(): Promise<boolean>;
}

export async function startServer(config: Config, logger: Logger, neo4jUri: string): Promise<RunningServer> {
  const root = repoRoot();
  const db = connectDatabase(config, neo4jUri);
  // The API serves at once: until the keeper has applied the schema and committed the seed (it keeps
  // retrying while Neo4j is down), readiness is 503 and GraphQL reads and writes get DATABASE_UNAVAILABLE.
  const schema = keepSchema(db, { cypherDir: CYPHER_DIR, seedOnEmpty: config.SEED_ON_EMPTY, logger });
  let sweeper: { stop(): void } | undefined;
  let changeSweeper: { stop(): void } | undefined;
  let stopping = false;
  schema.ready.then(
    () => {
      if (stopping) return;
      sweeper = keepReceiptsSwept(db, { ttlHours: config.WRITE_RECEIPT_TTL_HOURS, logger });
      changeSweeper = keepChangesSwept(db, { retentionHours: config.CHANGE_LOG_RETENTION_HOURS, logger });
    },
    (error: unknown) => logger.error({ err: error }, 'could not apply the schema'),
  );

  const extractions = new Extractions(extractionOptionsFromConfig(config));
  const { app, apollo, graphql } = await createApp({
    db,
    logger,
    schemaDir: join(root, 'schema'),
    examplesDir: join(root, 'docs', 'examples'),
    introspection: introspectionFromConfig(config),
    corsOrigins: corsOriginsFromConfig(config),
    limits: limitsFromConfig(config),
    maxBodyBytes: config.MAX_BODY_BYTES,
    metricsEnabled: config.METRICS_ENABLED,
    authenticate: createAuthenticator(config),
    readsRequireAuth: config.READS_REQUIRE_AUTH,
    readiness: schema,
    exportTimeoutMs: config.EXPORT_TIMEOUT_MS,
    extractions,
    rateLimit: rateLimitFromConfig(config),
    allowedHosts: allowedHostsFromConfig(config),
    exportLimits: { perClient: config.EXPORTS_PER_CLIENT, total: config.EXPORTS_MAX, idleTimeoutMs: config.EXPORT_IDLE_TIMEOUT_MS },
  });
  const server = app.listen(config.PORT, config.HOST);
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const { port } = server.address() as AddressInfo;
  const changes = new ChangeFeed(db, { pollMs: config.SUBSCRIPTION_POLL_MS, logger });
  // Live updates: one change-log poller for this instance, graphql-ws on the same port and path, serving the
  // HTTP server's schema with its options (limits, readiness, request log, metrics, authentication).
  const subscriptions = serveSubscriptions({
    server,
    graphql,
    changes,
    maxPerConnection: config.SUBSCRIPTIONS_PER_CONNECTION,
    maxMessageBytes: config.MAX_BODY_BYTES,
    corsOrigins: corsOriginsFromConfig(config),
    allowedHosts: allowedHostsFromConfig(config),
    socketsPerClient: config.SOCKETS_PER_CLIENT,
    logger,
  });

  return {
    url: `http://${config.HOST}:${port}`,
    db,
    server,
    schemaReady: schema.ready,
    async stop() {
      stopping = true;
      schema.stop();
      sweeper?.stop();
      changeSweeper?.stop();
      // Subscribers are told "going away" (1001) and may reconnect elsewhere, resuming with `since`.
      changes.stop();
      await subscriptions.close();
      const finished = await closeServer(server, config.SHUTDOWN_DEADLINE_MS);
      await apollo.stop();
      await extractions.close();
      await db.close();
      return finished;
    },
  };
}
