// GET /export: a subgraph as GraphML, node-link JSON or CSV, streamed as Neo4j yields it and written only as
// fast as the client reads (backpressure both ways). Reads' rules: the same authentication, the readiness gate.
// Errors found before the first byte answer JSON with a code; a failure mid-stream aborts the connection, so
// a client sees an incomplete transfer, never a short file that looks whole.
// A running export holds a database connection until it is sent, so exports are admitted per client and in all
// (TOO_MANY_REQUESTS otherwise), and one whose client stops reading, or that outlives its deadline, is cut.
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Authenticate } from '../auth/authenticate.js';
import { requireRole } from '../auth/roles.js';
import { AppError, fromDriverError } from '../base/errors.js';
import { isoDay } from '../domain/iso-date.js';
import type { GraphDatabase } from '../db/database.js';
import { Admission, clientKey } from '../core/admission.js';
import { exportContentType, exportChunks, type ExportStats } from './run.js';
import { exportFileName, parseExportRequest, type RawParams } from './request.js';

export interface ExportRouteOptions {
  db: GraphDatabase;
  logger: Logger;
  authenticate: Authenticate;
  readsRequireAuth: boolean;
  /** Whether the graph may be served yet (the schema keeper's state). */
  readiness: () => { ready: boolean; reason?: string };
  /** Each statement's transaction timeout, and the deadline of the whole export (EXPORT_TIMEOUT_MS). */
  timeoutMs: number;
  /** Exports at once per client and in all (EXPORTS_PER_CLIENT, EXPORTS_MAX). */
  perClient: number;
  total: number;
  /** An export whose client takes no data for this long is cut (EXPORT_IDLE_TIMEOUT_MS). */
  idleTimeoutMs: number;
}

const STATUS: Partial<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_MANY_REQUESTS: 429,
  DATABASE_UNAVAILABLE: 503,
  TIMEOUT: 504,
};

function rawParams(req: Request): RawParams {
  const raw: RawParams = {};
  for (const [key, value] of Object.entries(req.query)) {
    const first = Array.isArray(value) ? value[0] : value;
    raw[key] = typeof first === 'string' ? first : undefined;
  }
  return raw;
}

function sendError(res: Response, error: AppError, requestId: string): void {
  const code = String(error.extensions.code);
  const status = STATUS[code] ?? 500;
  const { http, ...extensions } = error.extensions;
  const retryAfter = (http as { headers?: Map<string, string> } | undefined)?.headers?.get('retry-after');
  if (retryAfter) res.setHeader('retry-after', retryAfter);
  else if (status === 503) res.setHeader('retry-after', '2');
  res
    .status(status)
    .json({ errors: [{ message: status === 500 ? 'Internal server error' : error.message, extensions: { ...extensions, requestId } }] });
}

/**
 * Resolves true once the response can take more or has closed (a client that went away), false when `ms`
 * passed first: the client took no data for that long.
 */
function drained(res: Response, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (res.destroyed) return resolve(true);
    const done = (taken: boolean) => {
      clearTimeout(timer);
      res.off('drain', onDrain);
      res.off('close', onDrain);
      resolve(taken);
    };
    const onDrain = () => done(true);
    const timer = setTimeout(() => done(false), Math.max(0, ms));
    res.on('drain', onDrain);
    res.on('close', onDrain);
  });
}

export function exportHandler(options: ExportRouteOptions) {
  const admission = new Admission({ name: 'exports', perClient: options.perClient, total: options.total });
  return async (req: Request, res: Response): Promise<void> => {
    const requestId = String(res.locals.requestId);
    const started = Date.now();
    const deadline = started + options.timeoutMs;
    const stats: ExportStats = { nodes: 0, edges: 0, characters: 0 };
    let request;
    let chunks: AsyncGenerator<string> | undefined;
    let first: IteratorResult<string>;
    let release = () => {};
    try {
      const principal = await options.authenticate(req.header('authorization'));
      if (options.readsRequireAuth) requireRole(principal, 'reader');
      const state = options.readiness();
      if (!state.ready) throw new AppError('DATABASE_UNAVAILABLE', `Not ready: ${state.reason ?? 'starting'}; retry shortly.`);
      request = parseExportRequest(rawParams(req), isoDay(new Date()));
      const admitted = admission.enter(clientKey(req.socket.remoteAddress));
      if ('refused' in admitted) throw admitted.refused;
      release = admitted.release;
      chunks = exportChunks(options.db, request, { timeoutMs: options.timeoutMs }, stats);
      first = await chunks.next();
    } catch (error) {
      release();
      const mapped = fromDriverError(error);
      if (mapped.extensions.code === 'INTERNAL_SERVER_ERROR') options.logger.error({ err: error, requestId }, 'export failed');
      sendError(res, mapped, requestId);
      return;
    }
    res.status(200);
    res.setHeader('content-type', exportContentType(request));
    res.setHeader('content-disposition', `attachment; filename="${exportFileName(request)}"`);
    res.setHeader('cache-control', 'no-store');
    const context = { requestId, scope: request.scope, format: request.format };
    try {
      let cut: string | undefined;
      for (let next = first; !next.done; next = await chunks.next()) {
        if (res.destroyed) break;
        if (Date.now() > deadline) cut = `not sent within EXPORT_TIMEOUT_MS (${options.timeoutMs} ms)`;
        else if (!res.write(next.value)) {
          const wait = Math.min(options.idleTimeoutMs, deadline - Date.now());
          if (!(await drained(res, wait))) {
            cut =
              wait < options.idleTimeoutMs
                ? `not sent within EXPORT_TIMEOUT_MS (${options.timeoutMs} ms)`
                : `the client took no data for EXPORT_IDLE_TIMEOUT_MS (${options.idleTimeoutMs} ms)`;
          }
        }
        if (cut) break;
      }
      if (cut || res.destroyed) {
        // The connection goes first, so the client sees an incomplete transfer; then the transaction closes.
        if (cut) res.destroy();
        await chunks.return(undefined);
        if (cut) options.logger.warn({ ...context, ...stats, ms: Date.now() - started }, `export cut: ${cut}`);
        else options.logger.info({ ...context, ...stats }, 'export abandoned by the client');
        return;
      }
      res.end();
      options.logger.info({ ...context, ...stats, ms: Date.now() - started }, 'export sent');
    } catch (error) {
      options.logger.error({ err: error, ...context, ...stats }, 'export failed mid-stream; connection aborted');
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    } finally {
      release();
    }
  };
}
