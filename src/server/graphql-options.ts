// How this server serves GraphQL, built once and shared by both transports: HTTP (Apollo, apollo.ts) and
// WebSocket (graphql-ws, subscriptions.ts). One executable schema, one set of limits and validation rules,
// one error formatter, one request log and one set of metrics, one readiness gate, one authentication.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema, type ParseOptions, type ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import type { Authenticate } from '../auth/authenticate.js';
import { requireRole, type Principal } from '../auth/roles.js';
import { createContext, type Context } from '../core/context.js';
import type { GraphDatabase } from '../db/database.js';
import type { Extractions } from '../extract/extraction.js';
import { requestLog, type Metrics, type OperationObserver } from '../observability/index.js';
import { ALWAYS_READY, type GraphReadiness } from '../setup/schema-keeper.js';
import { createFormatError } from './format-error.js';
import { DEFAULT_LIMITS, operationLimits, type OperationLimits } from './limits.js';
import { buildExecutableSchema } from './schema.js';

export interface GraphQLOptionsInput {
  schemaDir: string;
  db: GraphDatabase;
  logger: Logger;
  introspection: boolean;
  /** Depth, alias, directive, token and cost limits; the configuration's defaults when absent. */
  limits?: OperationLimits;
  /** Counted in these metrics when given. */
  metrics?: Metrics;
  /** Operations touching the graph are refused until it is ready; always ready when absent. */
  readiness?: GraphReadiness;
  authenticate: Authenticate;
  readsRequireAuth: boolean;
  /** extractDocument's worker pool and caps; a shared default set when absent. */
  extractions?: Extractions;
}

export interface GraphQLOptions {
  schema: GraphQLSchema;
  limits: OperationLimits;
  /** The token limit, for both transports' parser. */
  parseOptions: ParseOptions;
  /** Run after graphql-js's own rules by both transports: the limits' rules and the introspection switch. */
  validationRules: ValidationRule[];
  /** The limits' checks that Apollo runs as plugins (the cost); the WebSocket server calls them itself. */
  limitPlugins: ApolloServerPlugin<Context>[];
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  logger: Logger;
  /** Told of every operation, over either transport: the request log, and the metrics when on. */
  observers: readonly OperationObserver[];
  readiness: GraphReadiness;
  /** The caller behind an Authorization value: throws UNAUTHENTICATED or FORBIDDEN (a reader's role when reads require it). */
  principalOf(authorization: string | undefined): Promise<Principal>;
  /** A fresh context for one operation. */
  contextFor(init: { requestId?: string; principal?: Principal; idempotencyKey?: string; client?: string }): Context;
}

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

/** Builds the executable schema and everything both transports serve it with. */
export function createGraphQLOptions(input: GraphQLOptionsInput): GraphQLOptions {
  const limits = input.limits ?? DEFAULT_LIMITS;
  const checks = operationLimits<Context>(limits);
  return {
    schema: buildExecutableSchema(input.schemaDir, input.extractions),
    limits,
    parseOptions: checks.parseOptions,
    validationRules: [...(input.introspection ? [] : [noIntrospection]), ...checks.validationRules],
    limitPlugins: checks.plugins,
    formatError: createFormatError({ hideSuggestions: limits.blockFieldSuggestions }),
    logger: input.logger,
    observers: [requestLog(input.logger), ...(input.metrics ? [input.metrics.observer] : [])],
    readiness: input.readiness ?? ALWAYS_READY,
    async principalOf(authorization) {
      const principal = await input.authenticate(authorization);
      if (input.readsRequireAuth) requireRole(principal, 'reader');
      return principal;
    },
    contextFor: (init) => createContext(input.db, init),
  };
}
