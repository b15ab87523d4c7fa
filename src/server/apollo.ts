// Builds the Apollo Server (HTTP) from the options it shares with the WebSocket server (graphql-options.ts):
// their schema, limits, error formatting, observers and readiness; plus request ids on errors, no CDN landing page.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type ValidationRule } from 'graphql';
import { observeApollo } from '../observability/index.js';
import type { Context } from '../core/context.js';
import type { GraphQLOptions } from './graphql-options.js';
import { readinessGate } from './readiness-gate.js';
import { bookmarksInResponse } from './bookmarks.js';

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

/** What a request with failed credentials runs in place of its own document: nothing of it is parsed or validated. */
const WITHHELD_DOCUMENT = '{ __typename }';

/**
 * Raises a credential problem found while building the context, before the client's document is parsed or
 * validated: a caller without valid credentials learns nothing of the schema from validation messages
 * (under READS_REQUIRE_AUTH anonymous introspection is refused this way too). Apollo answers an error thrown
 * before validation as a 500 that no hook sees, so the document is swapped for one that passes, and the
 * error is raised where Apollo answers it with its status and the observers log and count it.
 */
const credentialsFirst: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue, request }) {
    // Apollo reads the query after every requestDidStart has run.
    if (contextValue.authError) request.query = WITHHELD_DOCUMENT;
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
      credentialsFirst,
      bookmarksInResponse,
      readinessGate(options.readiness),
      observeApollo(options.observers),
      ...options.limitPlugins,
    ],
  });
}
