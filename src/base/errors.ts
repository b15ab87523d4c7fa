// The one vocabulary of error codes clients can rely on, and the mapping of driver errors onto it.
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

export const ERROR_CODES = {
  BAD_USER_INPUT: 'An argument or input is invalid; the message says which and why.',
  NOT_FOUND: 'An id names nothing in the graph.',
  UNAUTHENTICATED: 'The operation needs a valid token.',
  FORBIDDEN: 'The token lacks the role the operation needs.',
  QUERY_TOO_COMPLEX: 'The operation exceeds a depth, alias, token or cost limit, or the subscriptions a connection may hold.',
  TOO_MANY_REQUESTS:
    'A per-client or server-wide limit on requests, sockets, exports or extractions was reached; retry after `retryAfter` seconds.',
  TIMEOUT: 'The database did not answer within the transaction timeout; nothing was changed.',
  DATABASE_UNAVAILABLE: 'Neo4j cannot be reached; retry later.',
  INTERNAL_SERVER_ERROR: 'An unexpected error; the log has details under the request id.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A GraphQL error with a stable `extensions.code`. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, cause?: unknown) {
    super(message, { extensions: { ...extra, code }, originalError: cause instanceof Error ? cause : undefined });
    // Logged as "caused by" (pino), never sent to clients.
    if (cause !== undefined) this.cause = cause;
  }
}

export const badInput = (message: string, extra: Record<string, unknown> = {}) => new AppError('BAD_USER_INPUT', message, extra);

export const notFound = (id: string) => new AppError('NOT_FOUND', `No node with id "${id}"`, { id });

/** The driver error behind an error, if any (unwrapping an AppError that mapped it). */
export function driverError(error: unknown): Neo4jError | undefined {
  const cause = error instanceof AppError ? error.originalError : error;
  return cause instanceof Neo4jError ? cause : undefined;
}

/** How relation writes refuse a relation without evidence (cypher/ingest/write-relations.cypher). */
const EVIDENCE_REQUIRED = /EVIDENCE_REQUIRED ([^"\s]+)/;

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * neo4j-driver 6.3 gives a session that waited connectionAcquisitionTimeout for a pooled connection a plain
 * Neo4jError (code 'N/A', not retryable), told apart only by its message (neo4j-driver-core pool.js).
 */
const POOL_EXHAUSTED = /^Connection acquisition timed out/;

/** Seconds a client refused for want of a database connection is asked to wait. */
const POOL_RETRY_AFTER_SECONDS = 2;

/** Maps a driver error onto the vocabulary; anything unknown becomes INTERNAL_SERVER_ERROR. */
export function fromDriverError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (POOL_EXHAUSTED.test(error.message)) {
      // Every connection is busy: the database is up but cannot take this request now (HTTP 503, Retry-After).
      return new AppError(
        'DATABASE_UNAVAILABLE',
        'Every connection to the graph database is in use; retry shortly.',
        {
          reason: 'CONNECTION_POOL_EXHAUSTED',
          retryAfter: POOL_RETRY_AFTER_SECONDS,
          http: { status: 503, headers: new HeaderMap([['retry-after', String(POOL_RETRY_AFTER_SECONDS)]]) },
        },
        error,
      );
    }
    const refused = EVIDENCE_REQUIRED.exec(error.message);
    if (refused) {
      const relation = refused[1]!;
      return new AppError(
        'BAD_USER_INPUT',
        `Relation ${relation} would have no evidence: a relation needs at least one claim that asserts it; nothing was written.`,
        { relation },
        error,
      );
    }
    // Transient errors the driver's retries did not get past (database starting or stopping, leader
    // switch, lock timeouts): the client may simply retry.
    if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.')) {
      return new AppError('DATABASE_UNAVAILABLE', 'The graph database is unavailable; retry later.', {}, error);
    }
    if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return new AppError('TIMEOUT', 'The query took too long and was cancelled; nothing was changed.', {}, error);
    }
    if (error.code === 'Neo.ClientError.Security.Unauthorized') {
      return new AppError('DATABASE_UNAVAILABLE', 'The server cannot log in to the graph database.', {}, error);
    }
  }
  return new AppError('INTERNAL_SERVER_ERROR', 'Internal server error', {}, error);
}
