// Refuses GraphQL reads and writes until the graph is ready (schema applied, seed committed): an answer
// from a half-loaded graph, or a write into it, would be wrong without anyone noticing.
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import { AppError } from '../base/errors.js';
import type { Context } from '../core/context.js';
import type { GraphReadiness } from '../setup/schema-keeper.js';

/** Seconds a refused client is asked to wait before trying again. */
const RETRY_AFTER_SECONDS = 2;

/** Introspection and `__typename` alone never touch the graph, so the playground works meanwhile. */
function touchesGraph(operation: OperationDefinitionNode | undefined): boolean {
  return !operation || operation.selectionSet.selections.some((s) => s.kind !== 'Field' || !s.name.value.startsWith('__'));
}

/**
 * DATABASE_UNAVAILABLE (HTTP 503, Retry-After) for an operation that would read or write the graph while it
 * is not ready; nothing when it may run. HTTP (the plugin below) and WebSocket (ws-operations.ts) both ask.
 */
export function notReady(readiness: GraphReadiness, operation: OperationDefinitionNode | undefined): AppError | undefined {
  const state = readiness.state();
  if (state.ready || !touchesGraph(operation)) return undefined;
  return new AppError('DATABASE_UNAVAILABLE', `Not ready: ${state.reason}; retry shortly.`, {
    reason: state.reason,
    http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
  });
}

/** Refuses every HTTP operation that would read or write the graph until it is ready. */
export function readinessGate(readiness: GraphReadiness): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          const refusal = notReady(readiness, operation);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
