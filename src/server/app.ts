// HTTP wiring: Express with the GraphQL endpoint, the offline playground and health checks.
import { randomUUID } from 'node:crypto';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request } from 'express';
import type { Logger } from 'pino';
import type { GraphDatabase } from '../db/database.js';
import { createMetrics, requestLogPlugin } from '../observability/index.js';
import { loadExamples, playgroundRouter, wantsPlayground } from '../playground/index.js';
import { createApollo } from './apollo.js';
import type { Authenticate } from '../auth/authenticate.js';
import { requireRole } from '../auth/roles.js';
import { createContext } from './context.js';
import { healthRoutes } from './health.js';
import { bodyErrors, DEFAULT_MAX_BODY_BYTES, type OperationLimits } from './limits.js';

export interface AppOptions {
  db: GraphDatabase;
  logger: Logger;
  schemaDir: string;
  examplesDir: string;
  introspection: boolean;
  authenticate: Authenticate;
  readsRequireAuth: boolean;
  /** Operation limits; the configuration's defaults when absent. */
  limits?: OperationLimits;
  /** Largest JSON body accepted on /graphql (larger: 413). */
  maxBodyBytes?: number;
  /** Serve Prometheus metrics at GET /metrics (default true). */
  metricsEnabled?: boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The client's x-request-id when it is safe to echo, else a fresh one. */
function requestIdOf(req: Request): string {
  const header = req.header('x-request-id');
  return header && REQUEST_ID.test(header) ? header : randomUUID();
}

/** Builds and starts the Apollo server and returns the Express app serving it. */
export async function createApp(options: AppOptions) {
  const metrics = options.metricsEnabled === false ? undefined : createMetrics();
  const apollo = createApollo({
    schemaDir: options.schemaDir,
    logger: options.logger,
    introspection: options.introspection,
    limits: options.limits,
    plugins: [requestLogPlugin(options.logger), ...(metrics ? [metrics.plugin] : [])],
  });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  const health = healthRoutes(options.db);
  app.get('/health/live', health.live);
  app.get('/health/ready', health.ready);
  if (metrics) app.get('/metrics', metrics.handler);

  const playground = playgroundRouter({ endpoint: '/graphql', examples: await loadExamples(options.examplesDir) });
  app.use(playground);
  app.get('/graphql', (req, res, next) => (wantsPlayground(req) ? res.redirect(302, '/playground') : next()));
  app.use(
    '/graphql',
    express.json({ limit: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const header = req.header('x-request-id');
        const requestId = header && REQUEST_ID.test(header) ? header : randomUUID();
        res.setHeader('x-request-id', requestId);
        const principal = await options.authenticate(req.header('authorization'));
        if (options.readsRequireAuth) requireRole(principal, 'reader');
        return createContext(options.db, { requestId, principal });
      },
    }),
    bodyErrors(requestIdOf),
  );
  return { app, apollo };
}
