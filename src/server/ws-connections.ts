// graphql-ws over `ws` sockets, as graphql-ws/use/ws does it, with two differences: protocol trouble is logged
// through the app's logger (one JSON line, never console.error's stack on stderr), and a client sending a
// message only a server may send (connection_ack, next, error) is closed with 4400, not 4500: it is the
// client's fault, which graphql-ws reports by throwing.
import type { IncomingMessage } from 'node:http';
import { CloseCode, makeServer, MessageType, type ServerOptions } from 'graphql-ws';
import type { Logger } from 'pino';
import type { WebSocket, WebSocketServer } from 'ws';

export interface WsExtra {
  socket: WebSocket;
  request: IncomingMessage;
}

type Params = Record<string, unknown> | undefined;

const SERVER_ONLY: ReadonlySet<string> = new Set([MessageType.ConnectionAck, MessageType.Next, MessageType.Error]);
// graphql-ws/use/ws's keep-alive: a ping every 12 s, and a socket that does not answer within as long is dropped.
const KEEP_ALIVE_MS = 12_000;

/** The message type of a raw message, when it is a JSON object with a string `type`. */
function typeOf(data: string): string | undefined {
  try {
    const message: unknown = JSON.parse(data);
    const type = (message as { type?: unknown } | null)?.type;
    return typeof type === 'string' ? type : undefined;
  } catch {
    return undefined;
  }
}

/** Serves the graphql-ws protocol on every socket `wss` accepts; `dispose` closes them with 1001 (going away). */
export function serveGraphqlWs(
  options: ServerOptions<Params, WsExtra>,
  wss: WebSocketServer,
  logger: Logger,
): { dispose(): Promise<void> } {
  const server = makeServer(options);
  wss.on('error', (err) => logger.error({ err }, 'websocket server error'));
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const fields = { remoteAddress: request.socket.remoteAddress, transport: 'ws' };
    socket.once('error', (err) => {
      logger.warn({ err, ...fields }, 'websocket error; closing the socket');
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
    let pongWait: NodeJS.Timeout | undefined;
    const ping = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), KEEP_ALIVE_MS);
      socket.once('pong', () => clearTimeout(pongWait));
      socket.ping();
    }, KEEP_ALIVE_MS);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (err) => (err ? reject(err) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (raw: Buffer) => {
            const data = String(raw);
            const type = typeOf(data);
            if (type !== undefined && SERVER_ONLY.has(type)) {
              logger.warn({ ...fields, messageType: type }, 'websocket: the client sent a message only a server may send; closed 4400');
              socket.close(CloseCode.BadRequest, 'Invalid message type');
              return;
            }
            handle(data).catch((err: unknown) => {
              logger.error({ err, ...fields }, 'websocket: message handling failed; closed 4500');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      { socket, request },
    );
    socket.once('close', (code, reason) => {
      clearTimeout(pongWait);
      clearInterval(ping);
      closed(code, String(reason)).catch((err: unknown) => logger.error({ err, ...fields }, 'websocket: closing failed'));
    });
  });
  return {
    async dispose() {
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
