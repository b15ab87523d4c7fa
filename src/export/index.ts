// Exports of the graph or a part of it (GraphML, node-link JSON, CSV), over HTTP and from the command line.
export { exportHandler, type ExportRouteOptions } from './router.js';
export { exportChunks, exportContentType, type ExportStats } from './run.js';
export { exportFileName, parseExportRequest, type ExportRequest } from './request.js';

/** EXPORT_TIMEOUT_MS's default: a whole-graph export of a large graph streams for minutes. */
export const DEFAULT_EXPORT_TIMEOUT_MS = 600_000;

/** EXPORTS_PER_CLIENT, EXPORTS_MAX and EXPORT_IDLE_TIMEOUT_MS's defaults (src/config.ts says why). */
export const DEFAULT_EXPORT_LIMITS = { perClient: 2, total: 8, idleTimeoutMs: 30_000 } as const;
