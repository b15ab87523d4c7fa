// Operation limits: GraphQL Armor's depth, alias and directive rules, graphql-js's token limit, our own
// cost estimate (with variables), and the JSON error for request bodies Express refuses. Every rejection
// is QUERY_TOO_COMPLEX and happens before any resolver, hence before any Cypher.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ErrorRequestHandler, Request, Response } from 'express';
import {
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { loadConfig, type Config } from '../config.js';
import { AppError } from '../base/errors.js';
import { operationCost, type CostInput } from './operation-cost.js';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Bounds our estimate of the items an operation may resolve (operation-cost.ts). */
  maxCost: number;
  /** Replace "Did you mean ...?" in validation errors, so the schema cannot be guessed field by field. */
  blockFieldSuggestions: boolean;
}

export type LimitKind = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost' | 'subscriptions';

/** The limits a configuration asks for; field suggestions are always hidden in production. */
export function limitsFromConfig(config: Config): OperationLimits {
  return {
    maxDepth: config.MAX_DEPTH,
    maxAliases: config.MAX_ALIASES,
    maxDirectives: config.MAX_DIRECTIVES,
    maxTokens: config.MAX_TOKENS,
    maxCost: config.MAX_COST,
    blockFieldSuggestions: config.NODE_ENV === 'production' || config.FIELD_SUGGESTIONS !== true,
  };
}

/** Introspection is on unless NODE_ENV is production; INTROSPECTION overrides either way. */
export function introspectionFromConfig(config: Config): boolean {
  return config.INTROSPECTION ?? config.NODE_ENV !== 'production';
}

// The configuration's defaults (config.ts holds the numbers), for servers built without a config.
const defaults = loadConfig({});
export const DEFAULT_LIMITS: OperationLimits = limitsFromConfig(defaults);
export const DEFAULT_MAX_BODY_BYTES = defaults.MAX_BODY_BYTES;

/** The error every limit produces; `http` makes Apollo answer 400 rather than 500. */
export function tooComplex(limit: LimitKind, message: string, extra: Record<string, unknown> = {}): AppError {
  return new AppError('QUERY_TOO_COMPLEX', message, { ...extra, limit, http: { status: 400 } });
}

// graphql-js 16.15 says "more that N tokens"; accept the spelling a later release may fix.
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * The QUERY_TOO_COMPLEX error behind an error Apollo is about to send, if a limit caused it: Apollo
 * wraps validation errors (code GRAPHQL_VALIDATION_FAILED) and parse errors (GRAPHQL_PARSE_FAILED).
 */
export function limitRejection(error: unknown): AppError | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  for (const candidate of [error, error.originalError]) {
    if (candidate instanceof AppError && candidate.extensions.code === 'QUERY_TOO_COMPLEX') return candidate;
  }
  const tokens = TOKEN_LIMIT.exec(error.message);
  if (tokens && error.extensions.code === 'GRAPHQL_PARSE_FAILED') {
    return tooComplex('tokens', `The document has more than ${tokens[1]} tokens.`, { maxTokens: Number(tokens[1]) });
  }
  return undefined;
}

/** Armor reports through the validation context; its messages start with "Syntax Error: ". */
const reportAs = (limit: LimitKind) => ({
  propagateOnRejection: false,
  onReject: [
    (ctx: ValidationContext | null, error: GraphQLError) =>
      ctx?.reportError(tooComplex(limit, error.message.replace(/^Syntax Error: /, ''))),
  ],
});

/** QUERY_TOO_COMPLEX when the operation's estimated cost (see operation-cost.ts) exceeds `maxCost`. */
export function costRefusal(schema: GraphQLSchema, document: DocumentNode, input: CostInput, maxCost: number): AppError | undefined {
  const cost = operationCost(schema, document, input);
  if (cost <= maxCost) return undefined;
  return tooComplex('cost', `Operation cost ${cost} exceeds the limit of ${maxCost}.`, { cost, maxCost });
}

/** Rejects HTTP operations whose estimated cost exceeds `maxCost` (WebSocket: ws-operations.ts). */
export function costLimitPlugin<T extends object>(maxCost: number): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        // Not a validation rule: validation cannot see variables, and Apollo skips it for cached documents.
        async didResolveOperation({ schema, document, operationName, request }) {
          const refusal = costRefusal(schema, document, { operationName, variables: request.variables }, maxCost);
          if (refusal) throw refusal;
        },
      };
    },
  };
}

/** What ApolloServer needs to enforce the limits: validation rules, plugins and parse options. */
export function operationLimits<T extends object>(limits: OperationLimits = DEFAULT_LIMITS) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...reportAs('depth') },
    maxAliases: { n: limits.maxAliases, ...reportAs('aliases') },
    maxDirectives: { n: limits.maxDirectives, ...reportAs('directives') },
    // One cost limit, ours (operation-cost.ts): Armor's static cost multiplies every scalar by a literal
    // `first` and ignores variables, so it refused what the argument checks accept (changes(first: 500)).
    costLimit: { enabled: false },
    // Armor's masking leaves "[Suggestion hidden]?" in the message; format-error.ts removes the hint whole.
    blockFieldSuggestion: { enabled: false },
    // Armor 3.2's Apollo token check throws from parsingDidStart, which Apollo treats as a crash
    // (no formatted error, no willSendResponse hooks). graphql-js counts tokens in the parser itself.
    maxTokens: { enabled: false },
  }).protect();
  const validationRules: ValidationRule[] = armor.validationRules;
  const plugins = [...(armor.plugins as ApolloServerPlugin<T>[]), costLimitPlugin<T>(limits.maxCost)];
  const parseOptions: ParseOptions = { maxLexicalTokens: limits.maxTokens };
  return { validationRules, plugins, parseOptions };
}

/**
 * JSON errors for bodies express.json refuses (too large: 413, malformed: 400) instead of Express's
 * HTML page. They never reach Apollo, so the request id is set here.
 */
export function bodyErrors(requestIdOf: (req: Request, res: Response) => string): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    const { type, status: given, limit, code } = (err ?? {}) as Record<string, unknown>;
    const fromBody = typeof type === 'string' || (typeof code === 'string' && code.startsWith('Z_'));
    if (res.headersSent || !fromBody) {
      next(err);
      return;
    }
    // Errors from reading the body (size, JSON, a content-encoding that does not decode) are the
    // client's; their own messages can carry internals, so only known kinds are described.
    const status = typeof given === 'number' && given >= 400 && given < 500 ? given : 400;
    const requestId = requestIdOf(req, res);
    const message =
      type === 'entity.too.large'
        ? `The request body is larger than ${String(limit)} bytes.`
        : type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : 'The request body could not be read (check its content-type and content-encoding).';
    res.setHeader('x-request-id', requestId);
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST', requestId } }] });
  };
}
