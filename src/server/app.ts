// HTTP wiring: Express with the GraphQL endpoint, the offline playground and health checks.
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';
import type { GraphDatabase } from '../db/database.js';
import { loadExamples, playgroundRouter, wantsPlayground } from '../playground/index.js';
import { createApollo } from './apollo.js';
import { createContext } from './context.js';
import { healthRoutes } from './health.js';

export interface AppOptions {
  db: GraphDatabase;
  logger: Logger;
  schemaDir: string;
  examplesDir: string;
  introspection: boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds and starts the Apollo server and returns the Express app serving it. */
export async function createApp(options: AppOptions) {
  const apollo = createApollo({ schemaDir: options.schemaDir, logger: options.logger, introspection: options.introspection });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  const health = healthRoutes(options.db);
  app.get('/health/live', health.live);
  app.get('/health/ready', health.ready);

  const playground = playgroundRouter({ endpoint: '/graphql', examples: await loadExamples(options.examplesDir) });
  app.use(playground);
  app.get('/graphql', (req, res, next) => (wantsPlayground(req) ? res.redirect(302, '/playground') : next()));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const header = req.header('x-request-id');
        const ctx = createContext(options.db, header && REQUEST_ID.test(header) ? header : undefined);
        res.setHeader('x-request-id', ctx.requestId);
        return ctx;
      },
    }),
  );
  return { app, apollo };
}
