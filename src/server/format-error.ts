// Shapes every error sent to clients: known codes pass, anything else is masked.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, ERROR_CODES } from '../base/errors.js';
import { limitRejection } from './limits.js';
import { currentRequestId } from './request-scope.js';

/** Codes Apollo Server itself produces for malformed requests; stable, documented, safe to show. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** graphql-js's "Did you mean ...?" hints, in validation and variable coercion errors alike. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** Server-side errors are logged once, with the request id, by the request log (observability/request-log.ts). */
export function createFormatError(options: { hideSuggestions: boolean } = { hideSuggestions: true }) {
  const shown = (message: string) => (options.hideSuggestions ? message.replace(SUGGESTION, '') : message);
  // The request id goes on every error answered over HTTP, also those Apollo answers before a GraphQL
  // context exists (CSRF prevention, malformed requests); apollo.ts adds it from the context as well.
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    const requestId = currentRequestId();
    return requestId === undefined ? result : { ...result, extensions: { ...result.extensions, requestId } };
  };

  function format(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    // A limit's QUERY_TOO_COMPLEX, even where Apollo wrapped it as a parse or validation failure.
    const rejection = limitRejection(error);
    if (rejection) {
      const { http: _http, ...extensions } = rejection.extensions;
      return { message: rejection.message, locations: formatted.locations, extensions };
    }
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    if (original instanceof AppError || (typeof code === 'string' && APOLLO_CODES.has(code))) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: shown(formatted.message), extensions };
    }
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies keyof typeof ERROR_CODES },
    };
  }
}
