// One structured log line per GraphQL request, and the server-side errors behind it, with its request id.
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import type { Context } from '../core/context.js';
import { requestOutcome, SERVER_ERROR_CODES } from './outcome.js';

/**
 * Logs `graphql request` with requestId, operationName, durationMs, cypherQueries, errorCodes and
 * status once the response is ready (warn when the server failed), and each error as it happens:
 * server failures at error level with the unmasked error, client errors at debug.
 */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = typeof error.extensions.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
            const fields = { requestId: contextValue.requestId, operationName, code, path: error.path };
            if (SERVER_ERROR_CODES.has(code)) logger.error({ ...fields, err: unwrapResolverError(error) }, 'graphql error');
            else logger.debug({ ...fields, message: error.message }, 'graphql error');
          }
        },
        async willSendResponse(rc) {
          const outcome = requestOutcome(rc);
          const durationMs = Math.round((performance.now() - started) * 10) / 10;
          const failed = outcome.status >= 500 || outcome.errorCodes.some((c) => SERVER_ERROR_CODES.has(c));
          logger[failed ? 'warn' : 'info']({ ...outcome, durationMs }, 'graphql request');
        },
      };
    },
  };
}
