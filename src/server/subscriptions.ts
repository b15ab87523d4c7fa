// GraphQL subscriptions over WebSocket (graphql-ws) on the HTTP server's port and path, served with the
// options HTTP is served with (graphql-options.ts): the same executable schema, authentication (the token in
// connectionParams), limits, readiness gate, error formatting, request log and metrics (ws-operations.ts),
// plus a cap on subscriptions per connection.
import type { IncomingMessage, Server } from 'node:http';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Principal } from '../auth/roles.js';
import type { ChangeSource } from '../core/change-source.js';
import { isOriginAllowed } from './cors.js';
import type { GraphQLOptions } from './graphql-options.js';
import { wsOperationHooks } from './ws-operations.js';

export interface SubscriptionServerOptions {
  server: Server;
  /** The options the HTTP server was built with (createApp returns them). */
  graphql: GraphQLOptions;
  changes: ChangeSource;
  maxPerConnection: number;
  /** Largest WebSocket message accepted (MAX_BODY_BYTES, as for HTTP bodies); larger closes the socket (1009). */
  maxMessageBytes: number;
  /** Origins allowed to open a socket from a browser (CORS_ORIGINS); the server's own origin always is. */
  corsOrigins: readonly string[];
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
    verifyClient: (
      { origin, req }: { origin?: string; req: IncomingMessage },
      done: (ok: boolean, status?: number, reason?: string) => void,
    ) =>
      originAccepted(options.corsOrigins, origin || undefined, req.headers.host)
        ? done(true)
        : done(false, 403, 'Origin not allowed (CORS_ORIGINS)'),
  });
  const principals = new WeakMap<object, Principal>();
  const disposable = useServer(
    {
      schema: options.graphql.schema,
      isProd: options.isProd,
      // A refused credential closes the socket with 4403 Forbidden before any operation.
      onConnect: async (ctx) => {
        try {
          principals.set(ctx, await options.graphql.principalOf(authorizationOf(ctx.connectionParams)));
          return true;
        } catch {
          return false;
        }
      },
      ...wsOperationHooks(options.graphql, {
        changes: options.changes,
        maxPerConnection: options.maxPerConnection,
        principalOf: (connection) => principals.get(connection),
      }),
    },
    wss,
  );
  return {
    async close() {
      await disposable.dispose();
    },
  };
}
