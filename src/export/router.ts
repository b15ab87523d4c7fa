// GET /export: a subgraph as GraphML, node-link JSON or CSV, streamed as Neo4j yields it and written only as
// fast as the client reads (backpressure both ways). Reads' rules: the same authentication, the readiness gate.
// Errors found before the first byte answer JSON with a code; a failure mid-stream aborts the connection, so
// a client sees an incomplete transfer, never a short file that looks whole.
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Authenticate } from '../auth/authenticate.js';
import { requireRole } from '../auth/roles.js';
import { AppError, fromDriverError } from '../base/errors.js';
import { isoDay } from '../domain/iso-date.js';
import type { GraphDatabase } from '../db/database.js';
import { exportContentType, exportChunks, type ExportStats } from './run.js';
import { exportFileName, parseExportRequest, type RawParams } from './request.js';

export interface ExportRouteOptions {
  db: GraphDatabase;
  logger: Logger;
  authenticate: Authenticate;
  readsRequireAuth: boolean;
  /** Whether the graph may be served yet (the schema keeper's state). */
  readiness: () => { ready: boolean; reason?: string };
  timeoutMs: number;
}

const STATUS: Partial<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
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
  if (status === 503) res.setHeader('retry-after', '2');
  const { http: _http, ...extensions } = error.extensions;
  res
    .status(status)
    .json({ errors: [{ message: status === 500 ? 'Internal server error' : error.message, extensions: { ...extensions, requestId } }] });
}

/** Resolves once the response can take more, or has closed (a client that went away). */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) return resolve();
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

export function exportHandler(options: ExportRouteOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    const requestId = String(res.locals.requestId);
    const started = Date.now();
    const stats: ExportStats = { nodes: 0, edges: 0, characters: 0 };
    let request;
    let chunks: AsyncGenerator<string> | undefined;
    let first: IteratorResult<string>;
    try {
      const principal = await options.authenticate(req.header('authorization'));
      if (options.readsRequireAuth) requireRole(principal, 'reader');
      const state = options.readiness();
      if (!state.ready) throw new AppError('DATABASE_UNAVAILABLE', `Not ready: ${state.reason ?? 'starting'}; retry shortly.`);
      request = parseExportRequest(rawParams(req), isoDay(new Date()));
      chunks = exportChunks(options.db, request, { timeoutMs: options.timeoutMs }, stats);
      first = await chunks.next();
    } catch (error) {
      const mapped = fromDriverError(error);
      if (mapped.extensions.code === 'INTERNAL_SERVER_ERROR') options.logger.error({ err: error, requestId }, 'export failed');
      sendError(res, mapped, requestId);
      return;
    }
    res.status(200);
    res.setHeader('content-type', exportContentType(request));
    res.setHeader('content-disposition', `attachment; filename="${exportFileName(request)}"`);
    res.setHeader('cache-control', 'no-store');
    try {
      for (let next = first; !next.done; next = await chunks.next()) {
        if (res.destroyed) break;
        if (!res.write(next.value)) await drained(res);
      }
      if (res.destroyed) {
        await chunks.return(undefined);
        options.logger.info({ requestId, scope: request.scope, format: request.format, ...stats }, 'export abandoned by the client');
        return;
      }
      res.end();
      options.logger.info({ requestId, scope: request.scope, format: request.format, ...stats, ms: Date.now() - started }, 'export sent');
    } catch (error) {
      options.logger.error(
        { err: error, requestId, scope: request.scope, format: request.format, ...stats },
        'export failed mid-stream; connection aborted',
      );
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  };
}
