// What a GraphQL operation looked like once it was over, whatever carried it (HTTP or WebSocket), and the
// observers (request log, metrics) told about it: one description for both transports.
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Context } from '../core/context.js';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,127}$/;

/** Codes that mean the server, not the request, failed. */
export const SERVER_ERROR_CODES = new Set(['INTERNAL_SERVER_ERROR', 'DATABASE_UNAVAILABLE', 'TIMEOUT']);

export interface RequestOutcome {
  requestId: string;
  /** The operation's name; the name the client sent when the document did not get that far. */
  operationName: string | null;
  /** query, mutation or subscription; null when the document did not get that far. */
  operationType: string | null;
  transport: 'http' | 'ws';
  cypherQueries: number;
  /** `extensions.code` of each error sent to the client, in order. */
  errorCodes: string[];
  /** The HTTP status; over WebSocket, the one HTTP gives the same answer (a refusal's 400 or 503, else 200). */
  status: number;
}

/** Told about every GraphQL operation, from its start to its end. */
export interface OperationObserver {
  /** An operation starts; the watch returned hears of its errors and of its end. */
  started(): OperationWatch;
}

export interface OperationWatch {
  /** Errors as raised, before formatting (a server failure still has its cause), as they happen. */
  errors?(errors: readonly GraphQLError[], about: { requestId: string; operationName: string | null }): void;
  /** The answer is sent (HTTP), or the operation refused or ended (WebSocket: a subscription's end). */
  ended(outcome: RequestOutcome): void;
}

/** The name the client sent, when it is a GraphQL name (anything else is not worth a log field or a label). */
export const sentName = (name: string | null | undefined): string | null => (name && GRAPHQL_NAME.test(name) ? name : null);

export function requestOutcome(rc: GraphQLRequestContextWillSendResponse<Context>): RequestOutcome {
  const body = rc.response.body;
  const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
  return {
    requestId: rc.contextValue.requestId,
    operationName: rc.operationName ?? sentName(rc.request.operationName),
    // A request refused for its credentials ran a stand-in document (server/apollo.ts), not its own.
    operationType: rc.contextValue.authError ? null : (rc.operation?.operation ?? null),
    transport: 'http',
    cypherQueries: rc.contextValue.counter.count,
    errorCodes: (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
    status: rc.response.http.status ?? 200,
  };
}

/** Reports each HTTP operation Apollo serves to `observers`. */
export function observeApollo(observers: readonly OperationObserver[]): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const watches = observers.map((o) => o.started());
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const watch of watches) watch.errors?.(errors, { requestId: contextValue.requestId, operationName: operationName ?? null });
        },
        async willSendResponse(rc) {
          const outcome = requestOutcome(rc);
          for (const watch of watches) watch.ended(outcome);
        },
      };
    },
  };
}
