// Brings the database to a usable state (constraints, indexes, seed when empty) and keeps trying while
// Neo4j is down, so the API can start at once. Until it is done the graph is not ready: health answers 503
// and the GraphQL path refuses reads and writes (never an answer from a half-loaded graph).
import type { Logger } from 'pino';
import { AppError } from '../base/errors.js';
import type { GraphDatabase } from '../db/database.js';
import { applySchema, isEmpty, loadSeed } from './schema-setup.js';

export type GraphState = { ready: true } | { ready: false; reason: string };

/** Whether the graph may be served yet; health and the GraphQL path ask the same object. */
export interface GraphReadiness {
  state(): GraphState;
}

/** Always ready: for servers over a database prepared beforehand (tests, scripts). */
export const ALWAYS_READY: GraphReadiness = { state: () => ({ ready: true }) };

export interface SchemaKeeperOptions {
  cypherDir: string;
  seedOnEmpty: boolean;
  logger: Logger;
  retryMs?: number;
}

export interface SchemaKeeper extends GraphReadiness {
  /** Resolves once the schema is in place and the seed (when loaded) committed. */
  ready: Promise<void>;
  stop(): void;
}

const preparing = (step: string): GraphState => ({ ready: false, reason: `the graph is being prepared (${step})` });

/** Applies schema and seed, retrying unavailable-database errors until stopped; reports its state. */
export function keepSchema(db: GraphDatabase, options: SchemaKeeperOptions): SchemaKeeper {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let state = preparing('waiting for Neo4j');
  const retryMs = options.retryMs ?? 2_000;
  const attempt = async (): Promise<void> => {
    state = preparing('applying the schema');
    await applySchema(db, options.cypherDir);
    // The seed is one transaction (see loadSeed): another instance finds the database empty or seeded.
    if (options.seedOnEmpty && (await isEmpty(db))) {
      state = preparing('loading the seed');
      await loadSeed(db, options.cypherDir);
      options.logger.info('loaded the seed graph into an empty database');
    }
    state = { ready: true };
  };
  const ready = new Promise<void>((resolve, reject) => {
    const run = () => {
      attempt().then(resolve, (error: unknown) => {
        const unavailable = error instanceof AppError && error.extensions.code === 'DATABASE_UNAVAILABLE';
        if (!unavailable || stopped) {
          state = { ready: false, reason: 'the schema or seed could not be applied; the server log says why' };
          return reject(error);
        }
        state = preparing('waiting for Neo4j');
        options.logger.warn(`Neo4j unavailable; applying the schema again in ${retryMs} ms`);
        timer = setTimeout(run, retryMs);
      });
    };
    run();
  });
  return {
    ready,
    state: () => state,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
