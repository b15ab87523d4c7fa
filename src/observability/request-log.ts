// One structured log line per GraphQL operation, and the server-side errors behind it, with its request id.
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { clipped, MAX_LOGGED_TEXT_LENGTH } from './bounded.js';
import { SERVER_ERROR_CODES, type OperationObserver } from './outcome.js';

/**
 * Logs `graphql request` with requestId, operationName, operationType, transport, durationMs,
 * cypherQueries, errorCodes and status once the operation is over (warn when the server failed), and each
 * error as it happens: server failures at error level with the unmasked error, client errors at debug.
 * A subscription is over when it ends: its duration is its lifetime, its Cypher that of all its events.
 * Operation names and aliases past 64 characters, and messages past 500, are cut with a marker.
 */
export function requestLog(logger: Logger): OperationObserver {
  // Client text (operation names, aliases in paths, messages quoting the document) is cut to a bound.
  const bounded = (name: string | null) => (name === null ? null : clipped(name));
  const boundedKey = (key: string | number) => (typeof key === 'string' ? clipped(key) : key);
  return {
    started() {
      const started = performance.now();
      return {
        errors(errors, { requestId, operationName }) {
          for (const error of errors) {
            const code = typeof error.extensions.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
            const fields = { requestId, operationName: bounded(operationName), code: clipped(code), path: error.path?.map(boundedKey) };
            if (SERVER_ERROR_CODES.has(code)) logger.error({ ...fields, err: unwrapResolverError(error) }, 'graphql error');
            else logger.debug({ ...fields, message: clipped(error.message, MAX_LOGGED_TEXT_LENGTH) }, 'graphql error');
          }
        },
        ended(outcome) {
          const durationMs = Math.round((performance.now() - started) * 10) / 10;
          const failed = outcome.status >= 500 || outcome.errorCodes.some((c) => SERVER_ERROR_CODES.has(c));
          const errorCodes = outcome.errorCodes.map((c) => clipped(c));
          logger[failed ? 'warn' : 'info'](
            { ...outcome, operationName: bounded(outcome.operationName), errorCodes, durationMs },
            'graphql request',
          );
        },
      };
    },
  };
}
