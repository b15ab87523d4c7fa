// Per-file test graph: resets the shared Neo4j, applies the schema, loads the seed, and runs
// operations through the real Apollo Server with a fresh per-request context. The seed is loaded for real
// once per test process and restored from its capture after that (./seed-snapshot.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { inject } from 'vitest';
import { createAuthenticator } from '../../src/auth/authenticate.js';
import { loadConfig, type Config } from '../../src/config.js';
import { loadQueries } from '../../src/db/cypher-files.js';
import { createDriver, GraphDatabase } from '../../src/db/database.js';
import { repoRoot } from '../../src/base/paths.js';
import { applySchema } from '../../src/setup/schema-setup.js';
import { createApollo } from '../../src/server/apollo.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { createGraphQLOptions, type GraphQLOptions, type GraphQLOptionsInput } from '../../src/server/graphql-options.js';
import { createContext } from '../../src/core/context.js';
import { splitStatements } from '../../src/db/cypher-files.js';
import { restoreSnapshot, seedSnapshot } from './seed-snapshot.js';

/** Credentials the test server accepts: one API key per role and a JWT secret. */
export const TEST_AUTH = {
  API_KEYS: 'reader-key-0123456789:reader,editor-key-0123456789:editor,admin-key-0123456789:admin',
  JWT_SECRET: 'test-jwt-secret-that-is-long-enough-0123456789',
  JWT_ISSUER: undefined,
  JWT_AUDIENCE: undefined,
  JWT_JWKS: undefined,
};
export const TOKENS = { reader: 'reader-key-0123456789', editor: 'editor-key-0123456789', admin: 'admin-key-0123456789' };
export const testAuthenticate = createAuthenticator(TEST_AUTH);

/**
 * The configuration of the whole product (startServer) against the test database: any free port, the test API keys,
 * no seed of its own (the test seeds first); `overrides` add or change variables.
 */
export function productConfig(overrides: Record<string, string> = {}): Config {
  const { uri, password } = inject('neo4j');
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    NEO4J_URI: uri,
    NEO4J_PASSWORD: password,
    API_KEYS: TEST_AUTH.API_KEYS,
    SEED_ON_EMPTY: 'false',
    ...overrides,
  });
}

/** The whole product (startServer) on `productConfig(overrides)`, once its schema is ready. */
export async function startProduct(
  overrides: Record<string, string> = {},
  logger: Logger = pino({ level: 'silent' }),
): Promise<RunningServer> {
  const config = productConfig(overrides);
  const server = await startServer(config, logger, config.NEO4J_URI!);
  await server.schemaReady;
  return server;
}

export const CYPHER_DIR = join(repoRoot(), 'cypher');
export const SCHEMA_DIR = join(repoRoot(), 'schema');

export interface GqlError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GqlResult<T> {
  data: T | null | undefined;
  errors: GqlError[] | undefined;
  /** Cypher statements the operation ran. */
  queries: number;
}

/** A bearer token (API key or JWT) sent as the Authorization header would be. */
export interface RunAuth {
  token?: string;
}

export interface TestGraph {
  db: GraphDatabase;
  run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, auth?: RunAuth): Promise<GqlResult<T>>;
  /** Runs an operation that must succeed and returns its data. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, auth?: RunAuth): Promise<T>;
  /** Back to the freshly seeded graph (for `beforeEach` in files whose tests write). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

const DATABASE = 'neo4j';

export function testDatabase(txTimeoutMs = 15_000): GraphDatabase {
  const { uri, user, password } = inject('neo4j');
  return new GraphDatabase(createDriver(uri, user, password), loadQueries(CYPHER_DIR), {
    database: DATABASE,
    txTimeoutMs,
    commitRetryMs: 30_000,
  });
}

/** The server's GraphQL options over `db` with the test credentials, introspection on and errors logged; `overrides` win. */
export function testGraphQLOptions(db: GraphDatabase, overrides: Partial<GraphQLOptionsInput> = {}): GraphQLOptions {
  return createGraphQLOptions({
    schemaDir: SCHEMA_DIR,
    db,
    logger: pino({ level: 'error' }),
    introspection: true,
    authenticate: testAuthenticate,
    readsRequireAuth: false,
    ...overrides,
  });
}

/** A clean, seeded database and a started server over it. */
export async function startTestGraph(
  options: { seed?: boolean; graphqlOptions?: Partial<GraphQLOptionsInput>; txTimeoutMs?: number } = {},
): Promise<TestGraph> {
  // Setup may be slow on a busy machine (a fresh store's indexes, the seed in one transaction); the
  // server's database keeps the timeout the test asks for.
  const setupDb = testDatabase(120_000);
  const fill = async () => restoreSnapshot(setupDb, options.seed === false ? undefined : await seedSnapshot(setupDb, DATABASE, CYPHER_DIR));
  await ensureSchema(setupDb);
  await fill();
  const db = setupDb.with({ txTimeoutMs: options.txTimeoutMs ?? 15_000 });
  const apollo = createApollo(testGraphQLOptions(db, options.graphqlOptions));
  await apollo.start();

  const run = async <T>(query: string, variables?: Record<string, unknown>, auth: RunAuth = {}): Promise<GqlResult<T>> => {
    let principal;
    try {
      principal = await testAuthenticate(auth.token ? `Bearer ${auth.token}` : undefined);
    } catch (error) {
      // The HTTP server answers a bad credential the same way: a coded error and no execution.
      const { message, extensions } = error as GqlError;
      return { data: undefined, errors: [{ message, extensions }], queries: 0 };
    }
    const contextValue = createContext(db, { principal });
    const response = await apollo.executeOperation<T>({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('Expected a single result');
    const { data, errors } = response.body.singleResult;
    return { data, errors: errors as GqlError[] | undefined, queries: contextValue.counter.count };
  };

  return {
    db,
    run,
    async data<T>(query: string, variables?: Record<string, unknown>, auth?: RunAuth) {
      const result = await run<T>(query, variables, auth);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as T;
    },
    reset: fill,
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}

/** The schema's index and constraint names, or undefined when a statement has none to check by. */
function schemaNames(): string[] | undefined {
  const statements = splitStatements(readFileSync(join(CYPHER_DIR, 'schema', 'constraints.cypher'), 'utf8'));
  const names = statements.map((s) => /\bCREATE\s+(?:[A-Z]+\s+)?(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF\s+NOT\s+EXISTS\b/.exec(s)?.[1]);
  return names.every((n) => n !== undefined) ? (names as string[]) : undefined;
}

/**
 * Applies cypher/schema unless every index and constraint it names is already there and online: applying
 * it again (about 80 IF NOT EXISTS statements) would then change nothing, and costs a second a file.
 */
async function ensureSchema(db: GraphDatabase): Promise<void> {
  const names = schemaNames();
  if (names) {
    const indexes = await db.readPlain('SHOW INDEXES YIELD name, state RETURN name, state', {});
    const constraints = await db.readPlain('SHOW CONSTRAINTS YIELD name RETURN name', {});
    const present = new Set([...indexes.map((i) => i.name), ...constraints.map((c) => c.name)]);
    if (names.every((n) => present.has(n)) && indexes.every((i) => i.state === 'ONLINE')) return;
  }
  await applySchema(db, CYPHER_DIR);
}

/** The `extensions.code` values of a result's errors. */
export const codes = (result: GqlResult<unknown>) => (result.errors ?? []).map((e) => e.extensions?.code);
