// The one place that runs Cypher: named queries, read/write transactions with a timeout, error mapping.
import neo4j, {
  isRetryableError,
  Neo4jError,
  type BookmarkManager,
  type Driver,
  type ManagedTransaction,
  type SessionConfig,
} from 'neo4j-driver';
import { badInput, fromDriverError, type AppError } from '../base/errors.js';
import { toPlain, type Plain } from './plain.js';
import { once, ReceiptTaken, recordedAnswer, type TrackedRunner, type WriteReceipt } from './write-receipts.js';

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;

export interface DatabaseOptions {
  database: string;
  txTimeoutMs: number;
  /** How long a write whose commit outcome is unknown (connection lost) is retried. */
  commitRetryMs: number;
  /** How long a compiled read is retried on errors the driver calls retryable (NEO4J_MAX_RETRY_MS). */
  readRetryMs?: number;
}

/**
 * One request's bookmarks (read your own writes across instances): `given` are the client's, from an earlier
 * write through any instance, and every session of the request waits for them; `written` is the bookmark of
 * the request's last committed write, which the response hands back.
 */
export interface RequestBookmarks {
  readonly given: readonly string[];
  written: string[];
}

/** Counts the Cypher statements one request runs (for logs, metrics and the batching test). */
export interface QueryCounter {
  count: number;
}

/** What a transaction function gets: run a statement, get plain rows. */
export interface TxRunner {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

const PLACEHOLDER = /__([A-Z_]+)__/g;
const SAFE_FILL = /^[A-Za-z0-9_|]+$/;

export class GraphDatabase {
  constructor(
    readonly driver: Driver,
    private readonly queries: Map<string, string>,
    private readonly options: DatabaseOptions,
    // One causal chain per process: a read that follows a write on this instance sees the write,
    // also when a cluster routes the read to another member.
    private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager(),
    private readonly request?: RequestBookmarks,
  ) {}

  /** The same database (same driver, queries and causal chain) with other options, e.g. a shorter timeout. */
  with(options: Partial<DatabaseOptions>): GraphDatabase {
    return new GraphDatabase(this.driver, this.queries, { ...this.options, ...options }, this.bookmarks, this.request);
  }

  /** The same database for one request: its sessions start from the request's bookmarks and note its writes'. */
  forRequest(request: RequestBookmarks): GraphDatabase {
    return new GraphDatabase(this.driver, this.queries, this.options, this.bookmarks, request);
  }

  /**
   * The text of a named query with its `__NAME__` placeholders filled. Fills must come from allow-lists
   * (labels, relationship types, validated integers); anything else is refused.
   */
  cypher(name: string, fills: Record<string, string | number> = {}): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new Error(`Unknown Cypher query "${name}"`);
    return text.replace(PLACEHOLDER, (_m, key: string) => {
      const value = fills[key];
      if (value === undefined || !SAFE_FILL.test(String(value))) {
        throw new Error(`Cypher query "${name}": fill ${key} missing or unsafe`);
      }
      return String(value);
    });
  }

  /**
   * A read in a managed transaction (retried by the driver) whose rows are converted to plain values: nodes
   * and relationships become maps of their properties (`_labels`, `_type`), integers numbers. For statements
   * that return graph elements (the write path's lookups, setup, scripts).
   */
  async readPlain(cypher: string, params: Params, counter?: QueryCounter): Promise<Row[]> {
    return this.run('READ', (tx) => runRows(tx, cypher, params), counter);
  }

  /**
   * A read whose statement returns only projections (maps, lists and scalars: a compiled root field, an
   * export's anchors): rows as the driver gives them, without readPlain's conversion. One statement needs no explicit transaction: an
   * auto-commit read is one round trip (BEGIN and COMMIT are two more), with the same timeout and
   * bookmarks; retryable errors are retried here, as the driver's managed transactions would.
   */
  async readProjected(cypher: string, params: Params, counter?: QueryCounter): Promise<Record<string, unknown>[]> {
    if (counter) counter.count += 1;
    const deadline = Date.now() + (this.options.readRetryMs ?? 3_000);
    for (let delay = 500; ; delay *= 2) {
      const session = this.driver.session(this.sessionConfig('READ'));
      try {
        const result = await session.run(cypher, toCypherParams(params) as Params, { timeout: this.options.txTimeoutMs });
        return result.records.map((r) => r.toObject());
      } catch (error) {
        if (!isRetryableError(error) || Date.now() + delay > deadline) throw toAppError(error);
        await new Promise((resolve) => setTimeout(resolve, delay));
      } finally {
        await session.close();
      }
    }
  }

  /**
   * A read whose rows are pulled as the caller consumes them (exports): the driver fetches `fetchSize`
   * records at a time and pauses while its buffer is full, so neither side holds the whole answer. Not
   * retried (rows may already have gone out); the session closes when the caller stops early.
   */
  async *stream(
    cypher: string,
    params: Params,
    options: { timeoutMs?: number; fetchSize?: number } = {},
  ): AsyncGenerator<Record<string, unknown>> {
    const session = this.driver.session({ ...this.sessionConfig('READ'), fetchSize: options.fetchSize ?? 1_000 });
    try {
      const result = session.run(cypher, toCypherParams(params) as Params, { timeout: options.timeoutMs ?? this.options.txTimeoutMs });
      for await (const record of result) yield record.toObject();
    } catch (error) {
      throw toAppError(error);
    } finally {
      await session.close();
    }
  }

  /** A write; with a receipt, a re-run of it answers what its first run did (see write-receipts.ts). */
  async write(cypher: string, params: Params, counter?: QueryCounter, receipt?: WriteReceipt): Promise<Row[]> {
    if (receipt) return this.transaction('WRITE', (tx) => tx.run(cypher, params), counter, receipt);
    return this.run('WRITE', (tx) => runRows(tx, cypher, params), counter);
  }

  /** Several statements in one write transaction: all of them or none. */
  async writeAll(statements: { cypher: string; params?: Params }[], counter?: QueryCounter): Promise<void> {
    await this.run(
      'WRITE',
      async (tx) => {
        for (const s of statements) await tx.run(s.cypher, toCypherParams(s.params ?? {}) as Params);
      },
      counter,
      statements.length,
    );
  }

  /**
   * Runs `work` in one managed transaction: all its statements commit together or not at all.
   * The driver may retry `work` on transient errors, so it must be safe to run more than once. With a
   * receipt (writes only) a re-run after a commit answers the committed run's result (write-receipts.ts);
   * the result must then be plain JSON. `changed` tells from a result whether the graph changed (no
   * receipt otherwise); by default, whether any statement reported an update.
   */
  async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: TxRunner) => Promise<T>,
    counter?: QueryCounter,
    receipt?: WriteReceipt,
    changed?: (result: T) => boolean,
  ): Promise<T> {
    if (!receipt || mode === 'READ') return this.run(mode, (tx) => work(tracked(tx, counter)), undefined, 0);
    const queries = { find: this.cypher('receipts/find'), record: this.cypher('receipts/record') };
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.run(
          'WRITE',
          (tx) => {
            const runner = tracked(tx, counter);
            return once(runner, receipt, queries, () => work(runner), changed);
          },
          undefined,
          0,
        );
      } catch (error) {
        // A concurrent twin (same Idempotency-Key) committed first: this run was rolled back; answer its receipt.
        if (attempt >= 3 || !(error instanceof ReceiptTaken)) throw error;
      }
    }
  }

  /** What a write with this receipt answered when it committed earlier, if it did (a client's retry). */
  async recorded<T>(receipt: WriteReceipt, counter?: QueryCounter): Promise<T | undefined> {
    const [prior] = await this.readPlain(this.cypher('receipts/find'), { key: receipt.key }, counter);
    return prior ? recordedAnswer<T>(prior, receipt) : undefined;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    counter?: QueryCounter,
    statements = 1,
  ): Promise<T> {
    if (counter) counter.count += statements;
    let reachedCommit = false;
    const tracked = async (tx: ManagedTransaction) => {
      const result = await work(tx);
      reachedCommit = true;
      return result;
    };
    const deadline = Date.now() + this.options.commitRetryMs;
    for (;;) {
      try {
        return await this.attempt(mode, tracked);
      } catch (error) {
        if (error instanceof ReceiptTaken) throw error;
        const mapped = toAppError(error);
        // The connection died after the work ran: the commit may or may not have happened. Writes are
        // idempotent, and a write with a receipt answers its committed result when re-run, so run it again
        // once the database answers, rather than report a failure that might have been written (or a success
        // that might not).
        const uncertain = mode === 'WRITE' && reachedCommit && mapped.extensions.code === 'DATABASE_UNAVAILABLE';
        if (!uncertain || Date.now() > deadline) {
          if (uncertain) mapped.extensions.outcome = 'UNKNOWN';
          throw mapped;
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  private async attempt<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session(this.sessionConfig(mode));
    const config = { timeout: this.options.txTimeoutMs };
    try {
      if (mode === 'READ') return await session.executeRead(work, config);
      const result = await session.executeWrite(work, config);
      // Mutations run one after another, each session chained to the last by the bookmark manager, so the
      // last commit's bookmark covers the request's earlier writes.
      if (this.request) this.request.written = session.lastBookmarks();
      return result;
    } finally {
      await session.close();
    }
  }

  private sessionConfig(mode: 'READ' | 'WRITE'): SessionConfig {
    const given = this.request?.given ?? [];
    return {
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
      // The driver sends these together with the manager's: Neo4j waits until it has applied them all.
      ...(given.length > 0 ? { bookmarks: [...given] } : {}),
    };
  }
}

const INVALID_BOOKMARK = new Set(['Neo.ClientError.Transaction.InvalidBookmark', 'Neo.ClientError.Transaction.InvalidBookmarkMixture']);

/** fromDriverError, and a bookmark Neo4j refuses (a client's, malformed or of another database) as BAD_USER_INPUT. */
function toAppError(error: unknown): AppError {
  if (error instanceof Neo4jError && INVALID_BOOKMARK.has(error.code)) {
    return badInput('A bookmark sent in Neo4j-Bookmarks (or extensions.bookmarks) is not one this database issued.', {
      reason: 'INVALID_BOOKMARK',
    });
  }
  return fromDriverError(error);
}

/** JS numbers travel as floats; Cypher wants integers for LIMIT, ranges and counts. */
function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

async function runRows(tx: ManagedTransaction, cypher: string, params: Params): Promise<Row[]> {
  const result = await tx.run(cypher, toCypherParams(params) as Params);
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

/** A TxRunner over `tx` that counts statements and notes whether any changed the graph. */
function tracked(tx: ManagedTransaction, counter?: QueryCounter): TxRunner & TrackedRunner {
  let updated = false;
  return {
    get updated() {
      return updated;
    },
    async run(cypher, params = {}) {
      if (counter) counter.count += 1;
      const result = await tx.run(cypher, toCypherParams(params) as Params);
      if (result.summary.counters.containsUpdates()) updated = true;
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    },
  };
}

export interface DriverTimeouts {
  maxRetryMs: number;
  connectTimeoutMs: number;
  /** Connections in the pool (NEO4J_MAX_POOL_SIZE; the driver's default, 100, when absent). */
  maxPoolSize?: number;
  /** How long a session waits for a pooled connection (NEO4J_ACQUISITION_TIMEOUT_MS); connect timeout + 2 s when absent. */
  acquisitionTimeoutMs?: number;
}

/** A driver with plain JS integers (ids and counts here never exceed 2^53) that fails fast in an outage. */
export function createDriver(
  uri: string,
  user: string,
  password: string,
  timeouts: DriverTimeouts = { maxRetryMs: 3_000, connectTimeoutMs: 3_000 },
): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: timeouts.maxRetryMs,
    connectionTimeout: timeouts.connectTimeoutMs,
    maxConnectionPoolSize: timeouts.maxPoolSize ?? 100,
    // Above the connect timeout: a wait for a connection includes opening one.
    connectionAcquisitionTimeout: timeouts.acquisitionTimeoutMs ?? timeouts.connectTimeoutMs + 2_000,
  });
}
