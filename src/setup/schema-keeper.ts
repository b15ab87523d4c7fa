// Brings the database to a usable state (constraints, indexes, seed when empty) and keeps trying while
// Neo4j is down, so the API can start and serve readiness = 503 until the database answers.
import type { Logger } from 'pino';
import { AppError } from '../base/errors.js';
import type { GraphDatabase } from '../db/database.js';
import { applySchema, isEmpty, loadSeed } from './schema-setup.js';

export interface SchemaKeeperOptions {
  cypherDir: string;
  seedOnEmpty: boolean;
  logger: Logger;
  retryMs?: number;
}

/** Resolves once the schema is in place; retries unavailable-database errors until stopped. */
export function keepSchema(db: GraphDatabase, options: SchemaKeeperOptions): { ready: Promise<void>; stop(): void } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const retryMs = options.retryMs ?? 2_000;
  const attempt = async (): Promise<void> => {
    await applySchema(db, options.cypherDir);
    if (options.seedOnEmpty && (await isEmpty(db))) {
      await loadSeed(db, options.cypherDir);
      options.logger.info('loaded the seed graph into an empty database');
    }
  };
  const ready = new Promise<void>((resolve, reject) => {
    const run = () => {
      attempt().then(resolve, (error: unknown) => {
        const unavailable = error instanceof AppError && error.extensions.code === 'DATABASE_UNAVAILABLE';
        if (!unavailable || stopped) return reject(error);
        options.logger.warn(`Neo4j unavailable; applying the schema again in ${retryMs} ms`);
        timer = setTimeout(run, retryMs);
      });
    };
    run();
  });
  return {
    ready,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
