// Builds the Apollo Server (HTTP) from the options it shares with the WebSocket server (graphql-options.ts):
// their schema, limits, error formatting, observers and readiness; plus request ids on errors, no CDN landing page.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type ValidationRule } from 'graphql';
import { observeApollo } from '../observability/index.js';
import type { Context } from '../core/context.js';
import type { GraphQLOptions } from './graphql-options.js';
import { readinessGate } from './readiness-gate.js';

/** Puts the request id on every error so a client can quote it and an operator can find the log line. */
const requestIdOnErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
          ...e,
          extensions: { ...e.extensions, requestId: contextValue.requestId },
        }));
      },
    };
  },
};

/** Raises a credential problem found while building the context, inside the pipeline (logged, counted). */
const credentialErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue }) {
        if (contextValue.authError) throw contextValue.authError;
      },
    };
  },
};

/** Refuses operation types the schema has no root for, and subscriptions (WebSocket only), at validation. */
const supportedOperations: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(
        new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP.', { nodes: node }),
      );
    } else if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: node }));
    }
  },
});

/** The HTTP server of `options`' schema, with their limits, formatting, readiness gate and observers. */
export function createApollo(options: GraphQLOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: options.schema,
    formatError: options.formatError,
    includeStacktraceInErrorResponses: false,
    // Apollo's switch stays on; the options' rule refuses in its place, naming the INTROSPECTION variable.
    introspection: true,
    validationRules: [supportedOperations, ...options.validationRules],
    // Automatic persisted queries are a CDN cache feature this API does not need: off, one less surface.
    persistedQueries: false,
    parseOptions: options.parseOptions,
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM (it must also close the driver and the local Neo4j).
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's default cache-control plugin wraps every field's resolver to compute cache hints this API
      // never sends (no HTTP caching of POSTs): about 10 µs a field, most of a compiled answer's time in Node.
      ApolloServerPluginCacheControlDisabled(),
      requestIdOnErrors,
      credentialErrors,
      readinessGate(options.readiness),
      observeApollo(options.observers),
      ...options.limitPlugins,
    ],
  });
}
