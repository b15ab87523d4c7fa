// HTTP wiring: Express with the GraphQL endpoint, the offline playground and health checks.
import { randomUUID } from 'node:crypto';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { GraphDatabase } from '../db/database.js';
import type { Extractions } from '../extract/extraction.js';
import { createMetrics } from '../observability/index.js';
import { loadExamples, playgroundRouter, wantsPlayground } from '../playground/index.js';
import { exploreRouter } from '../explore/index.js';
import { reviewRouter } from '../review/index.js';
import { DEFAULT_EXPORT_LIMITS, DEFAULT_EXPORT_TIMEOUT_MS, exportHandler } from '../export/index.js';
import { createApollo } from './apollo.js';
import type { Authenticate } from '../auth/authenticate.js';
import { createGraphQLOptions } from './graphql-options.js';
import { healthRoutes } from './health.js';
import { ALWAYS_READY, type GraphReadiness } from '../setup/schema-keeper.js';
import { bodyErrors, DEFAULT_MAX_BODY_BYTES, type OperationLimits } from './limits.js';
import { requestScope } from './request-scope.js';
import { corsPolicy } from './cors.js';
import { clientKey } from '../core/admission.js';
import { allowedHostsGuard, LOOPBACK_HOSTS } from './allowed-hosts.js';
import { rateLimit, type RateLimitOptions } from './rate-limit.js';
import { BOOKMARK_HEADER, requestBookmarks } from './bookmarks.js';
import { withBookmarks } from '../core/context.js';

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
  /** Browser origins allowed to call /graphql (CORS); none when absent. `*`: any. */
  corsOrigins?: readonly string[];
  /** The schema keeper: until it is done, health says why and GraphQL refuses (always ready when absent). */
  readiness?: GraphReadiness;
  /** Transaction timeout of each statement an export streams (EXPORT_TIMEOUT_MS). */
  exportTimeoutMs?: number;
  /** extractDocument's worker pool and caps (EXTRACT_*); a shared default set when absent. */
  extractions?: Extractions;
  /** Requests per client (RATE_LIMIT_*); no limit when absent. */
  rateLimit?: RateLimitOptions;
  /** Host names answered (ALLOWED_HOSTS); the loopback names when absent. */
  allowedHosts?: readonly string[];
  /** Exports at once per client and in all, and the idle cut (EXPORTS_PER_CLIENT, EXPORTS_MAX, EXPORT_IDLE_TIMEOUT_MS). */
  exportLimits?: { perClient: number; total: number; idleTimeoutMs: number };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** GraphQL-over-HTTP bodies Apollo would refuse before any plugin runs: refused here, with the request id. */
function refuseMalformedBodies(req: Request, res: Response, next: NextFunction): void {
  const body: unknown = req.body;
  const problem = Array.isArray(body)
    ? 'Batching is not supported: send one operation per request.'
    : req.method === 'POST' && (body === null || typeof body !== 'object')
      ? 'The request body must be a JSON object with a "query".'
      : body && typeof body === 'object' && 'query' in body && typeof body.query !== 'string'
        ? '"query" must be a string.'
        : null;
  if (!problem) return next();
  res.status(400).json({ errors: [{ message: problem, extensions: { code: 'BAD_REQUEST', requestId: res.locals.requestId } }] });
}

/** Anything that escaped every other handler: a JSON 500, never Express's HTML page with a stack trace. */
function lastResort(_err: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const requestId = typeof res.locals.requestId === 'string' ? res.locals.requestId : undefined;
  res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
}

/** The client's x-request-id when it is safe to echo, else a fresh one. */
function requestIdOf(req: Request): string {
  const header = req.header('x-request-id');
  return header && REQUEST_ID.test(header) ? header : randomUUID();
}

/** Gives the request an id (the client's when safe) and echoes it in `x-request-id`. */
function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  res.locals.requestId = requestIdOf(req);
  res.setHeader('x-request-id', String(res.locals.requestId));
  next();
}

/**
 * Builds the GraphQL options (the one executable schema, limits, observers, readiness, authentication),
 * starts the Apollo server over them and returns the Express app serving it, and the options, which the
 * WebSocket server (subscriptions.ts) serves the same way.
 */
export async function createApp(options: AppOptions) {
  const metrics = options.metricsEnabled === false ? undefined : createMetrics();
  const graphql = createGraphQLOptions({
    schemaDir: options.schemaDir,
    db: options.db,
    logger: options.logger,
    introspection: options.introspection,
    limits: options.limits,
    metrics,
    readiness: options.readiness,
    authenticate: options.authenticate,
    readsRequireAuth: options.readsRequireAuth,
    extractions: options.extractions,
  });
  const apollo = createApollo(graphql);
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  // At the door, before any route: a foreign Host (DNS rebinding), then the client's request rate.
  app.use(allowedHostsGuard(options.allowedHosts ?? LOOPBACK_HOSTS));
  if (options.rateLimit) app.use(rateLimit(options.rateLimit));
  const health = healthRoutes(options.db, options.readiness);
  app.get('/health/live', health.live);
  app.get('/health/ready', health.ready);
  if (metrics) app.get('/metrics', metrics.handler);

  const playground = playgroundRouter({ endpoint: '/graphql', examples: await loadExamples(options.examplesDir) });
  app.use(playground);
  app.use(exploreRouter({ endpoint: '/graphql' }));
  app.use(reviewRouter({ endpoint: '/graphql' }));
  app.get('/graphql', (req, res, next) => (wantsPlayground(req) ? res.redirect(302, '/playground') : next()));
  const cors = corsPolicy(options.corsOrigins ?? []);
  app.use('/export', assignRequestId, cors);
  app.get(
    '/export',
    exportHandler({
      db: options.db,
      logger: options.logger,
      authenticate: options.authenticate,
      readsRequireAuth: options.readsRequireAuth,
      readiness: () => (options.readiness ?? ALWAYS_READY).state(),
      timeoutMs: options.exportTimeoutMs ?? DEFAULT_EXPORT_TIMEOUT_MS,
      ...(options.exportLimits ?? DEFAULT_EXPORT_LIMITS),
    }),
  );
  app.use(
    '/graphql',
    assignRequestId,
    cors,
    express.json({ limit: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES }),
    refuseMalformedBodies,
    requestScope,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(res.locals.requestId);
        const client = clientKey(req.socket.remoteAddress);
        // A bad credential or a missing reader token is raised inside the request pipeline (see
        // apollo.ts) so that it is logged, counted and carries the request id like any error.
        try {
          const bookmarks = requestBookmarks(req.header(BOOKMARK_HEADER), (req.body as { extensions?: unknown } | undefined)?.extensions);
          if (bookmarks instanceof Error) throw bookmarks;
          const principal = await graphql.principalOf(req.header('authorization'));
          return withBookmarks(
            graphql.contextFor({ requestId, principal, client, idempotencyKey: req.header('idempotency-key') }),
            bookmarks,
          );
        } catch (error) {
          return { ...graphql.contextFor({ requestId, client }), authError: error };
        }
      },
    }),
    bodyErrors((_req, res) => String(res.locals.requestId)),
  );
  app.use(lastResort);
  return { app, apollo, graphql };
}
