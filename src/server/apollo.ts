// Builds the Apollo Server: schema, error masking, request ids on errors, no CDN landing page.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import { requestLogPlugin } from '../observability/index.js';
import type { Context } from '../core/context.js';
import type { GraphReadiness } from '../setup/schema-keeper.js';
import { createFormatError } from './format-error.js';
import { operationLimits, type OperationLimits } from './limits.js';
import { readinessGate } from './readiness-gate.js';
import { buildResolvers, loadTypeDefs } from './schema.js';

export interface ApolloOptions {
  schemaDir: string;
  logger: Logger;
  introspection: boolean;
  /** Depth, alias, directive, token and cost limits; the configuration's defaults when absent. */
  limits?: OperationLimits;
  /** More plugins (metrics). */
  plugins?: ApolloServerPlugin<Context>[];
  /** Operations touching the graph are refused until it is ready; always ready when absent. */
  readiness?: GraphReadiness;
}

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
      context.reportError(new GraphQLError('Subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP.', { nodes: node }));
    } else if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: node }));
    }
  },
});

/**
 * Apollo's own rule with a message that names the switch: Apollo's tells the reader to pass
 * `introspection: true` to ApolloServer, which an operator of this server cannot do.
 */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(
        new GraphQLError(
          'Introspection is turned off on this server (the default under NODE_ENV=production). Set INTROSPECTION=true to turn it on.',
          { nodes: node, extensions: { validationErrorCode: 'INTROSPECTION_DISABLED' } },
        ),
      );
    }
  },
});

export function createApollo(options: ApolloOptions): ApolloServer<Context> {
  const limits = operationLimits<Context>(options.limits);
  const typeDefs = loadTypeDefs(options.schemaDir);
  return new ApolloServer<Context>({
    typeDefs,
    resolvers: buildResolvers(typeDefs),
    formatError: createFormatError({ hideSuggestions: options.limits?.blockFieldSuggestions ?? true }),
    includeStacktraceInErrorResponses: false,
    // Apollo's switch stays on; noIntrospection refuses in its place, naming the INTROSPECTION variable.
    introspection: true,
    validationRules: [supportedOperations, ...(options.introspection ? [] : [noIntrospection]), ...limits.validationRules],
    // Automatic persisted queries are a CDN cache feature this API does not need: off, one less surface.
    persistedQueries: false,
    parseOptions: limits.parseOptions,
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
      ...(options.readiness ? [readinessGate(options.readiness)] : []),
      requestLogPlugin(options.logger),
      ...limits.plugins,
      ...(options.plugins ?? []),
    ],
  });
}
