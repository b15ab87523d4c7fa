// Parses the environment once into a typed configuration; the only module that reads process.env.
import { z } from 'zod';

const jvmSize = z.string().regex(/^\d+[mg]$/i, 'a size such as 1g or 768m');
const port = z.coerce.number().int().min(0).max(65535);
const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/** JSON text of a JSON Web Key Set: an object whose `keys` lists at least one key, each with a `kty`. */
export function isJwks(text: string): boolean {
  try {
    const keys: unknown = (JSON.parse(text) as { keys?: unknown } | null)?.keys;
    return Array.isArray(keys) && keys.length > 0 && keys.every((k) => typeof (k as { kty?: unknown } | null)?.kty === 'string');
  } catch {
    return false;
  }
}

/** An origin as browsers send it: http(s), host, optional port; no path, query or credentials. */
function originOf(entry: string): string | undefined {
  try {
    const url = new URL(entry);
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    return bare && (url.protocol === 'http:' || url.protocol === 'https:') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** `CORS_ORIGINS`: comma-separated origins, or `*` alone; the empty string allows none. */
const corsOrigins = z.string().transform((text, ctx) => {
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.includes('*')) {
    if (entries.length > 1) ctx.addIssue({ code: 'custom', message: '`*` (any origin) cannot be combined with other origins' });
    return ['*'];
  }
  return entries.map((entry) => {
    const origin = originOf(entry);
    if (!origin) ctx.addIssue({ code: 'custom', message: `"${entry}" is not an origin such as https://app.example.org` });
    return origin ?? entry;
  });
});

/** Signature algorithms a JWT may name in its header (JWT_ALGORITHMS); `none` is never one. */
export const JWT_ALGORITHM_NAMES = [
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;

/** `JWT_ALGORITHMS`: comma-separated names from JWT_ALGORITHM_NAMES, at least one. */
const jwtAlgorithms = z.string().transform((text, ctx) => {
  const names = text
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.length === 0) ctx.addIssue({ code: 'custom', message: 'name at least one algorithm, e.g. HS256' });
  for (const name of names) {
    if (!(JWT_ALGORITHM_NAMES as readonly string[]).includes(name)) {
      ctx.addIssue({ code: 'custom', message: `"${name}" is not one of ${JWT_ALGORITHM_NAMES.join(', ')}` });
    }
  }
  return names;
});

/** `ALLOWED_HOSTS`: comma-separated host names or IPs, each with an optional port (`[::1]:4000`), or `*` alone. */
const allowedHosts = z.string().transform((text, ctx) => {
  const entries = text
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  if (entries.includes('*') && entries.length > 1)
    ctx.addIssue({ code: 'custom', message: '`*` (any host) cannot be combined with other hosts' });
  for (const entry of entries) {
    if (entry !== '*' && !/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/.test(entry)) {
      ctx.addIssue({ code: 'custom', message: `"${entry}" is not a host such as api.example.org or 127.0.0.1:4000` });
    }
  }
  return entries;
});

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8).default('policy-graph-local'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  // How long the driver keeps retrying an unavailable database before the request fails with
  // DATABASE_UNAVAILABLE, and how long one connection attempt may take: an outage fails fast.
  NEO4J_MAX_RETRY_MS: z.coerce.number().int().min(0).default(3_000),
  // Each statement an export streams (GET /export, npm run export) may run this long, and GET /export must have
  // sent the whole export by then: a whole-graph export of a large graph takes minutes, and other reads keep
  // NEO4J_TX_TIMEOUT_MS.
  EXPORT_TIMEOUT_MS: z.coerce.number().int().positive().default(600_000),
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(3_000),
  // A write whose connection died after its work ran may or may not have committed; it is retried
  // (writes are idempotent) for this long before the client gets DATABASE_UNAVAILABLE, outcome UNKNOWN.
  NEO4J_COMMIT_RETRY_MS: z.coerce.number().int().min(0).default(30_000),
  // How long a write's receipt is kept: a client retrying with the same Idempotency-Key within it gets the
  // first answer (src/db/write-receipts.ts).
  WRITE_RECEIPT_TTL_HOURS: z.coerce.number().positive().default(24),
  LOCAL_NEO4J_PORT: port.default(7687),
  LOCAL_NEO4J_DATA_DIR: z.string().min(1).default('.neo4j/data'),
  // #20 part 1, memory that fits the graph: the local Neo4j's JVM heap and page cache; unset, each is sized from
  // the store on disk and the machine's memory when Neo4j starts (src/db/local-neo4j-memory.ts).
  LOCAL_NEO4J_HEAP: z.preprocess((v) => (v === '' ? undefined : v), jvmSize.optional()),
  LOCAL_NEO4J_PAGECACHE: z.preprocess((v) => (v === '' ? undefined : v), jvmSize.optional()),
  SEED_ON_EMPTY: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  // Access control (write path): API keys as `key:role,key:role`; JWTs signed with a secret (HS256)
  // or verified against a JSON Web Key Set (JSON text); roles from the token's `roles` claim.
  API_KEYS: z.string().default(''),
  JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  JWT_JWKS: z.string().refine(isJwks, 'must be a JSON Web Key Set as JSON text: {"keys": [{"kty": ...}]}').optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  READS_REQUIRE_AUTH: bool.default(false),

  // Operation limits and exposure (hardening).
  MAX_DEPTH: z.coerce.number().int().positive().default(12),
  MAX_ALIASES: z.coerce.number().int().positive().default(15),
  MAX_DIRECTIVES: z.coerce.number().int().positive().default(10),
  MAX_TOKENS: z.coerce.number().int().positive().default(2_000),
  MAX_COST: z.coerce.number().int().positive().default(20_000),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  INTROSPECTION: bool.optional(),
  // Browser origins allowed to call /graphql (CORS); unset: a localhost list in development, none in production.
  CORS_ORIGINS: corsOrigins.optional(),
  FIELD_SUGGESTIONS: bool.optional(),
  SHUTDOWN_DEADLINE_MS: z.coerce.number().int().positive().default(10_000),
  METRICS_ENABLED: bool.default(true),

  // Live updates (subscriptions over graphql-ws): how often an instance with subscribers polls the change log
  // in Neo4j, how long change events are kept (the window a `since` cursor can replay), and how many
  // subscriptions one WebSocket connection may hold.
  SUBSCRIPTION_POLL_MS: z.coerce.number().int().min(20).default(250),
  CHANGE_LOG_RETENTION_HOURS: z.coerce.number().positive().default(24),
  SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().positive().default(10),

  // Extraction off the event loop (#19 part 2): extractDocument's extractor runs in worker threads (unset: one per
  // core but one, at most two; 0: on the event loop, no budget), each extraction for at most the budget, and so
  // many run or wait at once per client and in all (more get TOO_MANY_REQUESTS).
  EXTRACT_WORKERS: z.coerce.number().int().min(0).max(32).optional(),
  EXTRACT_TIME_BUDGET_MS: z.coerce.number().int().positive().default(20_000),
  EXTRACTIONS_PER_CLIENT: z.coerce.number().int().positive().default(2),
  EXTRACTIONS_MAX: z.coerce.number().int().positive().default(4),
  // #19 part 8 (tokens): the JWT algorithms accepted (unset: HS256 with JWT_SECRET; RS256, PS256, ES256 and
  // EdDSA with JWT_JWKS) and the longest lifetime a token may claim (`exp` is required).
  JWT_ALGORITHMS: jwtAlgorithms.optional(),
  JWT_MAX_LIFETIME_SECONDS: z.coerce.number().int().positive().default(86_400),
  // #19 parts 7 and 9, abuse at the door: requests per client (a token bucket: RATE_LIMIT_BURST at once,
  // refilled at RATE_LIMIT_REQUESTS per RATE_LIMIT_WINDOW_SECONDS), WebSockets open per client, and the Host
  // names the server answers to (against DNS rebinding; unset: the loopback names, PUBLIC_ORIGIN's host and HOST).
  RATE_LIMIT_ENABLED: bool.default(true),
  RATE_LIMIT_REQUESTS: z.coerce.number().int().positive().default(600),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().positive().default(60),
  RATE_LIMIT_BURST: z.coerce.number().int().positive().default(200),
  SOCKETS_PER_CLIENT: z.coerce.number().int().positive().default(20),
  ALLOWED_HOSTS: z.preprocess((v) => (v === '' ? undefined : v), allowedHosts.optional()),
  PUBLIC_ORIGIN: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .refine((v) => originOf(v) !== undefined, 'an origin such as https://api.example.org')
      .transform((v) => originOf(v)!)
      .optional(),
  ),
  // #19 part 1, stalled downloads must not starve the database pool. An export holds at most one pooled
  // connection at a time, so with EXPORTS_MAX below NEO4J_MAX_POOL_SIZE (checked below) GraphQL always keeps
  // NEO4J_MAX_POOL_SIZE - EXPORTS_MAX connections. An export whose client takes no data for
  // EXPORT_IDLE_TIMEOUT_MS is cut; EXPORT_TIMEOUT_MS is also the whole export's deadline. A request that waits
  // NEO4J_ACQUISITION_TIMEOUT_MS for a connection gets DATABASE_UNAVAILABLE (503, Retry-After).
  EXPORTS_PER_CLIENT: z.coerce.number().int().positive().default(2),
  EXPORTS_MAX: z.coerce.number().int().positive().default(8),
  EXPORT_IDLE_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(2).default(100),
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
});

export type Config = z.infer<typeof schema>;

/** Every variable the configuration reads (the README's table documents each). */
export const CONFIG_VARIABLES = Object.keys(schema.shape);

/** Parses an environment (process.env by default); throws an Error naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const { EXPORTS_MAX, NEO4J_MAX_POOL_SIZE } = parsed.data;
  if (EXPORTS_MAX >= NEO4J_MAX_POOL_SIZE) {
    throw new Error(
      `Invalid configuration:\n  EXPORTS_MAX: ${EXPORTS_MAX} must be below NEO4J_MAX_POOL_SIZE (${NEO4J_MAX_POOL_SIZE}): GraphQL needs connections too`,
    );
  }
  return parsed.data;
}
