// GraphQL subscriptions over WebSocket (graphql-ws) on the HTTP server's port and path: the same executable
// schema, the same authentication as HTTP reads (the token in connectionParams) and the same operation limits
// (tokens, depth, aliases, directives, cost), plus a cap on subscriptions per connection.
import type { IncomingMessage, Server } from 'node:http';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Authenticate } from '../auth/authenticate.js';
import { requireRole, type Principal } from '../auth/roles.js';
import { badInput } from '../base/errors.js';
import type { ChangeSource } from '../core/change-source.js';
import { createContext } from '../core/context.js';
import type { GraphDatabase } from '../db/database.js';
import { isOriginAllowed } from './cors.js';
import { createFormatError } from './format-error.js';
import { limitRejection, operationLimits, tooComplex, type OperationLimits } from './limits.js';
import { operationCost } from './operation-cost.js';

export interface SubscriptionServerOptions {
  server: Server;
  schema: GraphQLSchema;
  db: GraphDatabase;
  changes: ChangeSource;
  authenticate: Authenticate;
  readsRequireAuth: boolean;
  limits: OperationLimits;
  maxPerConnection: number;
  /** Largest WebSocket message accepted (MAX_BODY_BYTES, as for HTTP bodies); larger closes the socket (1009). */
  maxMessageBytes: number;
  /** Origins allowed to open a socket from a browser (CORS_ORIGINS); the server's own origin always is. */
  corsOrigins: readonly string[];
  logger: Logger;
  isProd: boolean;
}

/** `authorization: "Bearer <token>"` or `token: "<token>"`, as browsers cannot set headers on a WebSocket. */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const { authorization, Authorization, token } = params ?? {};
  const header = authorization ?? Authorization;
  if (typeof header === 'string') return header;
  return typeof token === 'string' ? `Bearer ${token}` : undefined;
}

/**
 * Browsers apply no CORS to WebSockets, so the upgrade checks Origin itself: no Origin (a program, not a
 * page), the server's own origin, or one CORS_ORIGINS allows; any other page is refused with 403.
 */
function originAccepted(origins: readonly string[], origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  if (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`)) return true;
  return isOriginAllowed(origins, origin);
}

/** Serves subscriptions at ws://<host>:<port>/graphql until `close` (which ends every connection). */
export function serveSubscriptions(options: SubscriptionServerOptions): { close(): Promise<void> } {
  const wss = new WebSocketServer({
    server: options.server,
    path: '/graphql',
    maxPayload: options.maxMessageBytes,
    verifyClient: ({ origin, req }: { origin?: string; req: IncomingMessage }, done: (ok: boolean, status?: number, reason?: string) => void) =>
      originAccepted(options.corsOrigins, origin || undefined, req.headers.host) ? done(true) : done(false, 403, 'Origin not allowed (CORS_ORIGINS)'),
  });
  const limits = operationLimits(options.limits);
  const rules = [...specifiedRules, ...limits.validationRules];
  const formatError = createFormatError({ hideSuggestions: options.limits.blockFieldSuggestions });
  const principals = new WeakMap<object, Principal>();
  const formatted = (errors: readonly GraphQLError[]) =>
    errors.map((error) => {
      const shown = formatError(error.toJSON(), error);
      if (shown.extensions?.code === 'INTERNAL_SERVER_ERROR') options.logger.error({ err: error }, 'subscription error');
      return shown;
    });

  const disposable = useServer(
    {
      schema: options.schema,
      isProd: options.isProd,
      // A refused credential closes the socket with 4403 Forbidden before any operation.
      onConnect: async (ctx) => {
        try {
          const principal = await options.authenticate(authorizationOf(ctx.connectionParams));
          if (options.readsRequireAuth) requireRole(principal, 'reader');
          principals.set(ctx, principal);
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        // ctx.subscriptions already holds this one.
        if (Object.keys(ctx.subscriptions).length > options.maxPerConnection) {
          const message = `At most ${options.maxPerConnection} subscriptions per connection (SUBSCRIPTIONS_PER_CONNECTION).`;
          return [tooComplex('subscriptions', message, { maxSubscriptions: options.maxPerConnection })];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, limits.parseOptions);
        } catch (error) {
          const message = error instanceof GraphQLError ? error.message : 'The document could not be parsed.';
          return [limitRejection(error) ?? new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        // The codes Apollo gives these over HTTP; a limit's own QUERY_TOO_COMPLEX passes as it is.
        const invalid = validate(options.schema, document, rules).map((e) =>
          limitRejection(e) ? e : new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
        );
        if (invalid.length > 0) return invalid;
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return [badInput('Only subscriptions are served over WebSocket; send queries and mutations over HTTP.')];
        }
        const variables = payload.variables ?? {};
        const cost = operationCost(options.schema, document, { operationName: payload.operationName, variables });
        if (cost > options.limits.maxCost) {
          return [tooComplex('cost', `Operation cost ${cost} exceeds the limit of ${options.limits.maxCost}.`, { cost, maxCost: options.limits.maxCost })];
        }
        const contextValue = { ...createContext(options.db, { principal: principals.get(ctx) }), changes: options.changes };
        return { schema: options.schema, document, operationName: payload.operationName, variableValues: variables, contextValue };
      },
      onError: (_ctx, _id, _payload, errors) => formatted(errors),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: formatted(result.errors) } : undefined),
    },
    wss,
  );
  return {
    async close() {
      await disposable.dispose();
    },
  };
}
