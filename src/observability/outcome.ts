// What a finished GraphQL request looked like, for request logs and metrics alike.
import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { Context } from '../core/context.js';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,127}$/;

/** Codes that mean the server, not the request, failed. */
export const SERVER_ERROR_CODES = new Set(['INTERNAL_SERVER_ERROR', 'DATABASE_UNAVAILABLE', 'TIMEOUT']);

export interface RequestOutcome {
  requestId: string;
  /** The operation's name; the name the client sent when the document did not get that far. */
  operationName: string | null;
  cypherQueries: number;
  /** `extensions.code` of each error sent to the client, in order. */
  errorCodes: string[];
  status: number;
}

export function requestOutcome(rc: GraphQLRequestContextWillSendResponse<Context>): RequestOutcome {
  const sent = rc.request.operationName;
  const body = rc.response.body;
  const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
  return {
    requestId: rc.contextValue.requestId,
    operationName: rc.operationName ?? (sent && GRAPHQL_NAME.test(sent) ? sent : null),
    cypherQueries: rc.contextValue.counter.count,
    errorCodes: (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
    status: rc.response.http.status ?? 200,
  };
}
