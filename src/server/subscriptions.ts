// GraphQL subscriptions over WebSocket (graphql-ws) on the HTTP server's port and path, served with the
// options HTTP is served with (graphql-options.ts): the same executable schema, authentication (the token in
// connectionParams), limits, readiness gate, error formatting, request log and metrics (ws-operations.ts),
// plus a cap on subscriptions per connection. The upgrade is checked at the door as HTTP requests are: the
// Host (ALLOWED_HOSTS), the page's Origin, and the sockets the client already holds (SOCKETS_PER_CLIENT).
import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { handleProtocols } from 'graphql-ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Principal } from '../auth/roles.js';
import { Admission, clientKey } from '../core/admission.js';
import type { ChangeSource } from '../core/change-source.js';
import { hostRefusal, requestHostAllowed } from './allowed-hosts.js';
import { isOriginAllowed } from './cors.js';
import type { GraphQLOptions } from './graphql-options.js';
import { serveGraphqlWs } from './ws-connections.js';
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
  /** Host names the upgrade may name (ALLOWED_HOSTS); others get 421. */
  allowedHosts: readonly string[];
  /** WebSockets one client (remote address) may hold open (SOCKETS_PER_CLIENT); one more gets 429. */
  socketsPerClient: number;
  logger: Logger;
}

const PATH = '/graphql';
// Sockets in all: far above any per-client share, a bound on file descriptors.
const SOCKETS_IN_ALL = 10_000;
// The time a token has left is waited for in steps of at most this (setTimeout's limit is about 24.8 days).
const MAX_TIMER_MS = 2 ** 31 - 1;

/** `authorization: "Bearer <token>"` or `token: "<token>"`, as browsers cannot set headers on a WebSocket. */
function authorizationOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const { authorization, Authorization, token } = params ?? {};
  const header = authorization ?? Authorization;
  if (typeof header === 'string') return header;
  return typeof token === 'string' ? `Bearer ${token}` : undefined;
}

/**
 * Browsers apply no CORS to WebSockets, so the upgrade checks Origin itself: no Origin (a program, not a
 * page), the server's own origin, or one CORS_ORIGINS allows; any other page is refused with 403. "Own" is
 * the Host the request names, which has passed the allow-list by then: a rebinding page's Host has not.
 */
function originAccepted(origins: readonly string[], origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  if (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`)) return true;
  return isOriginAllowed(origins, origin);
}

/** Answers an upgrade with an HTTP error and a GraphQL-style JSON body, then closes the connection. */
function refuse(socket: Duplex, status: number, body: string, headers: Record<string, string> = {}): void {
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Connection: close',
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.once('finish', () => socket.destroy());
  socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`);
}

const errorBody = (message: string, extensions: Record<string, unknown>) => JSON.stringify({ errors: [{ message, extensions }] });

/** Closes the socket with 4403 once the token it authenticated with expires (its `exp`). */
function closeAtExpiry(socket: import('ws').WebSocket, expiresAt: number): void {
  let timer: NodeJS.Timeout | undefined;
  const wait = () => {
    const left = expiresAt - Date.now();
    if (left <= 0) return socket.close(4403, 'Token expired');
    timer = setTimeout(wait, Math.min(left, MAX_TIMER_MS));
  };
  wait();
  socket.once('close', () => clearTimeout(timer));
}

/** Serves subscriptions at ws://<host>:<port>/graphql until `close` (which ends every connection). */
export function serveSubscriptions(options: SubscriptionServerOptions): { close(): Promise<void> } {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes,
    handleProtocols: (protocols) => handleProtocols(protocols),
  });
  const sockets = new Admission({ name: 'sockets', perClient: options.socketsPerClient, total: SOCKETS_IN_ALL });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(req.url ?? '/', 'http://host').pathname !== PATH)
      return refuse(socket, 400, errorBody('Not a WebSocket endpoint', { code: 'BAD_REQUEST' }));
    if (!requestHostAllowed(options.allowedHosts, req)) {
      const refusal = hostRefusal();
      return refuse(socket, refusal.status, refusal.body);
    }
    const origin = req.headers.origin || undefined;
    if (!originAccepted(options.corsOrigins, origin, req.headers.host)) {
      return refuse(socket, 403, errorBody('Origin not allowed (CORS_ORIGINS)', { code: 'FORBIDDEN' }));
    }
    const admitted = sockets.enter(clientKey(req.socket.remoteAddress));
    if ('refused' in admitted) {
      const extensions = { ...admitted.refused.extensions };
      delete extensions.http;
      const retryAfter = String(extensions.retryAfter);
      return refuse(socket, 429, errorBody(`${admitted.refused.message} (SOCKETS_PER_CLIENT)`, extensions), { 'Retry-After': retryAfter });
    }
    // The slot is the TCP connection's: freed however it ends (closed socket, failed handshake).
    socket.once('close', admitted.release);
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  options.server.on('upgrade', onUpgrade);

  const principals = new WeakMap<object, Principal>();
  const disposable = serveGraphqlWs(
    {
      schema: options.graphql.schema,
      // A refused credential closes the socket with 4403 Forbidden before any operation; an accepted token
      // with an expiry closes it with 4403 then (the socket must not outlive its token).
      onConnect: async (ctx) => {
        try {
          const principal = await options.graphql.principalOf(authorizationOf(ctx.connectionParams));
          principals.set(ctx, principal);
          if (principal.expiresAt !== undefined) closeAtExpiry(ctx.extra.socket, principal.expiresAt);
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
    options.logger,
  );
  return {
    async close() {
      options.server.off('upgrade', onUpgrade);
      await disposable.dispose();
    },
  };
}
