// One WebSocket operation (graphql-ws) served as Apollo serves an HTTP one, from the same options: a request
// id; parse with the token limit, validation with the same rules, the readiness gate, the cost limit; errors
// formatted the same way with the request id on each; one request-log line and the same metrics when it is
// over (refused, failed, or, for a subscription, ended by either side).
import { randomUUID } from 'node:crypto';
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  subscribe,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
} from 'graphql';
import type { Context as WsContext, ServerOptions, SubscribePayload } from 'graphql-ws';
import type { Principal } from '../auth/roles.js';
import { badInput } from '../base/errors.js';
import type { ChangeSource } from '../core/change-source.js';
import type { Context } from '../core/context.js';
import { sentName, type OperationWatch } from '../observability/index.js';
import type { GraphQLOptions } from './graphql-options.js';
import { costRefusal, limitRejection, tooComplex } from './limits.js';
import { notReady } from './readiness-gate.js';

export interface WsOperationOptions {
  /** The instance's change feed, which subscription resolvers read. */
  changes: ChangeSource;
  maxPerConnection: number;
  /** The principal the connection authenticated as (subscriptions.ts, at connect). */
  principalOf(connection: object): Principal | undefined;
}

/** What is known of one operation while it runs. */
interface Running {
  requestId: string;
  operationName: string | null;
  operationType: string | null;
  watches: OperationWatch[];
  /** Set once the operation passed every check and runs. */
  context?: Context;
  errorCodes: string[];
  /** The HTTP status errors asked for (Apollo's `extensions.http`), the last one winning as in Apollo. */
  status?: number;
}

type Params = Record<string, unknown> | undefined;
type Connection = WsContext<Params, unknown>;
type Hooks = Required<Pick<ServerOptions<Params, unknown>, 'onSubscribe' | 'onNext' | 'onError' | 'onComplete' | 'subscribe'>>;

/** Each event of `source` executed into a result; `return` reaches the source at once, even while it waits. */
function mapped(source: AsyncIterator<unknown>, args: ExecutionArgs): AsyncIterableIterator<ExecutionResult> {
  const done = (): IteratorResult<ExecutionResult> => ({ value: undefined, done: true });
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const event = await source.next();
      return event.done ? done() : { value: await execute({ ...args, rootValue: event.value }), done: false };
    },
    async return() {
      await source.return?.();
      return done();
    },
    async throw(error: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** The graphql-ws hooks that serve each operation with `graphql`'s schema, checks, formatting and observers. */
export function wsOperationHooks(graphql: GraphQLOptions, options: WsOperationOptions): Hooks {
  const rules = [...specifiedRules, ...graphql.validationRules];
  // Source streams opened while checking an operation, by its context, for `subscribe` to serve.
  const sources = new WeakMap<object, AsyncIterator<unknown>>();
  // Per connection, by operation id; a connection that goes away takes its entries with it.
  const operations = new WeakMap<object, Map<string, Running>>();
  const running = (ctx: Connection, id: string) => operations.get(ctx)?.get(id);

  const begin = (ctx: object, id: string, name: string | null | undefined): Running => {
    const op: Running = {
      requestId: randomUUID(),
      operationName: sentName(name),
      operationType: null,
      watches: graphql.observers.map((o) => o.started()),
      errorCodes: [],
    };
    let byId = operations.get(ctx);
    if (!byId) operations.set(ctx, (byId = new Map()));
    byId.set(id, op);
    return op;
  };

  /**
   * Observers hear of the errors as raised; the client gets them formatted as over HTTP, with the request id.
   * (An operation no longer tracked, which graphql-ws should not report on, still gets them formatted.)
   */
  const report = (op: Running | undefined, errors: readonly GraphQLError[]): GraphQLFormattedError[] => {
    if (op) for (const watch of op.watches) watch.errors?.(errors, { requestId: op.requestId, operationName: op.operationName });
    return errors.map((error) => {
      const { http, ...extensions } = error.extensions as { http?: { status?: number } };
      if (op && typeof http?.status === 'number') op.status = http.status;
      // Apollo takes `http` out of an error's extensions before formatting; so does this.
      const { extensions: _all, ...json } = error.toJSON();
      const shown = graphql.formatError({ ...json, ...(Object.keys(extensions).length ? { extensions } : {}) }, error);
      if (!op) return shown;
      op.errorCodes.push(String(shown.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
      return { ...shown, extensions: { ...shown.extensions, requestId: op.requestId } };
    });
  };

  const end = (ctx: object, id: string) => {
    const op = operations.get(ctx)?.get(id);
    if (!op) return;
    operations.get(ctx)?.delete(id);
    // A refusal is a 400 over HTTP unless its error says otherwise (503 not ready, 401 ...); a result is a 200.
    const status = op.status ?? (op.context ? 200 : 400);
    const outcome = {
      requestId: op.requestId,
      operationName: op.operationName,
      operationType: op.operationType,
      transport: 'ws' as const,
      cypherQueries: op.context?.counter.count ?? 0,
      errorCodes: op.errorCodes,
      status,
    };
    for (const watch of op.watches) watch.ended(outcome);
  };

  /** The checks Apollo runs over HTTP, in its order; the execution arguments, or the errors refusing it. */
  const check = (ctx: Connection, op: Running, payload: SubscribePayload) => {
    // ctx.subscriptions already holds this one.
    if (Object.keys(ctx.subscriptions).length > options.maxPerConnection) {
      const message = `At most ${options.maxPerConnection} subscriptions per connection (SUBSCRIPTIONS_PER_CONNECTION).`;
      return [tooComplex('subscriptions', message, { maxSubscriptions: options.maxPerConnection })];
    }
    let document: DocumentNode;
    try {
      document = parse(payload.query, graphql.parseOptions);
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : 'The document could not be parsed.';
      return [limitRejection(error) ?? new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
    }
    // The codes Apollo gives these over HTTP; a limit's own QUERY_TOO_COMPLEX passes as it is.
    const invalid = validate(graphql.schema, document, rules).map((e) =>
      limitRejection(e) ? e : new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    );
    if (invalid.length > 0) return invalid;
    const operation = getOperationAST(document, payload.operationName);
    op.operationName = operation?.name?.value ?? op.operationName;
    op.operationType = operation?.operation ?? null;
    if (operation?.operation !== 'subscription') {
      return [badInput('Only subscriptions are served over WebSocket; send queries and mutations over HTTP.')];
    }
    const variables = payload.variables ?? {};
    const refusal =
      notReady(graphql.readiness, operation) ??
      costRefusal(graphql.schema, document, { operationName: payload.operationName, variables }, graphql.limits.maxCost);
    if (refusal) return [refusal];
    const contextValue: Context = {
      ...graphql.contextFor({ requestId: op.requestId, principal: options.principalOf(ctx) }),
      changes: options.changes,
    };
    op.context = contextValue;
    return { schema: graphql.schema, document, operationName: payload.operationName, variableValues: variables, contextValue };
  };

  return {
    onSubscribe: async (ctx, id, payload) => {
      const op = begin(ctx, id, payload.operationName);
      try {
        const args = check(ctx, op, payload);
        if (Array.isArray(args)) return args;
        // The stream is opened here, so that a refused argument (the subscribe resolver's coded error) reaches
        // the client as an `error` message, as any refused operation does, rather than as a result.
        const source = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in source)) return [...(source.errors ?? [new GraphQLError('No event stream')])];
        sources.set(args.contextValue, source[Symbol.asyncIterator]());
        return args;
      } catch (error) {
        // Reported like any error (logged with its cause, masked for the client), with Apollo's 500.
        return [
          new GraphQLError('Internal server error', {
            originalError: error instanceof Error ? error : undefined,
            extensions: { http: { status: 500 } },
          }),
        ];
      }
    },
    onNext: (ctx, id, _payload, _args, result) =>
      result.errors ? { ...result, errors: report(running(ctx, id), result.errors) } : undefined,
    // A refusal from onSubscribe, or a stream that failed: the operation is over either way.
    onError: (ctx, id, _payload, errors) => {
      const shown = report(running(ctx, id), errors);
      end(ctx, id);
      return shown;
    },
    onComplete: (ctx, id) => end(ctx, id),
    subscribe: (args) => {
      const source = sources.get(args.contextValue as object);
      if (!source) return subscribe(args);
      sources.delete(args.contextValue as object);
      return mapped(source, args);
    },
  };
}
