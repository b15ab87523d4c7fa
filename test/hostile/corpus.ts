// The hostile-input corpus: strings an attacker or a broken client may put in any argument or document
// field, operations built to exhaust the server, the verdict on an answer ("harmless or a documented
// refusal, never an internal error or a leak"), and the real HTTP server the corpus is sent to.
import type { GraphDatabase } from '../../src/db/database.js';
import { startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';
import { serveApp } from '../support/http.js';

export type HostileKind = 'injection' | 'encoding' | 'size';

export interface HostileString {
  name: string;
  kind: HostileKind;
  value: string;
}

const injection = (name: string, value: string): HostileString => ({ name, kind: 'injection', value });
const encoding = (name: string, value: string): HostileString => ({ name, kind: 'encoding', value });
const size = (name: string, value: string): HostileString => ({ name, kind: 'size', value });

export const HOSTILE_STRINGS: readonly HostileString[] = [
  // Cypher, Lucene and template injection: must only ever be data.
  injection('sql-style or', "' OR 1=1 //"),
  injection('sql-style quoted or', "' OR '1'='1"),
  injection('closing map and pattern, then delete', '"}) DETACH DELETE n //'),
  injection('closing single-quoted map, then delete', "'}) DETACH DELETE n //"),
  injection('backtick', '`'),
  injection('backtick-quoted label escape', 'x`) MATCH (n) DETACH DELETE n //'),
  injection('closing brace', '}'),
  injection('closing parenthesis', ')'),
  injection('every closer', `'"})]>-->`),
  injection('procedure call', 'CALL db.labels()'),
  injection('union with a procedure', "x' UNION CALL db.labels() YIELD label RETURN label AS id //"),
  injection('delete everything', 'MATCH (n) DETACH DELETE n'),
  injection('statement chain', 'x; MATCH (n) DETACH DELETE n; //'),
  injection('apoc write', "CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})"),
  injection('load csv from a file', "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l"),
  injection('parameter name', '$id'),
  injection('query-file placeholders', '__LABEL__|__TYPES__|__DEPTH__'),
  injection('comments', '/* */ -- x // y'),
  injection('unicode escape as text', '\\u0027'),
  injection('double-escaped backtick as text', '\\\\u0060'),
  injection('escaped quotes', `\\' \\" \\\\`),
  injection('template literal', '${7*7} ${process.exit(1)}'),
  injection('other template syntaxes', '{{7*7}} #{7*7} <%= 7*7 %>'),
  injection('prototype key', '__proto__'),
  injection('constructor path', 'constructor.prototype'),
  injection('json breakout', '","id":"person:witkoff","x":"'),
  injection('lucene and', 'AND'),
  injection('lucene or not', 'OR NOT'),
  injection('lucene syntax', 'name:witkoff OR *:* NOT [* TO *] ~2 ^9 "unclosed'),
  injection('regex', '.*(?i)'),
  injection('html and script', '<script>alert(1)</script><img src=x onerror=alert(1)>'),
  injection('path traversal', '../../../../etc/passwd'),
  injection('javascript url', 'javascript:alert(1)'),
  injection('forged log line', 'x\n{"level":60,"msg":"forged log line"}'),
  injection('format string', '%s%s%n %x'),
  injection('id with injection', "person:witkoff' OR 1=1 //"),
  injection('id with newline', 'person:witkoff\n'),
  injection('id with zero-width space', 'person:wit\u200bkoff'),
  injection('id with cyrillic homoglyphs', '\u0440\u0435rson:witkoff'),
  injection('upper-case id', 'PERSON:WITKOFF'),
  injection('id with traversal', 'person:../../admin'),
  injection('claim id with pattern closer', 'claim:x"})-[:SAID_BY]->(n) DETACH DELETE n //'),
  // Encodings and characters that break naive handling.
  encoding('null byte', '\u0000'),
  encoding('null byte inside', "witkoff\u0000' OR 1=1"),
  encoding('crlf', '\r\n'),
  encoding('crlf header injection', 'x\r\nSet-Cookie: a=b\r\n\r\n<html>'),
  encoding('rtl override', '\u202egnp.exe'),
  encoding('rtl override alone', '\u202e'),
  encoding('zero-width characters', '\u200b\u200c\u200d\u2060'),
  encoding('byte order mark', '\ufeffWitkoff note'),
  encoding('emoji', '\u{1F642}\u{1F525}'),
  encoding('zwj emoji sequence', '\u{1F469}\u200d\u{1F469}\u200d\u{1F467}\u200d\u{1F466} family'),
  encoding('astral math letters', '\u{1D54E}\u{1D55A}\u{1D565}\u{1D55C}\u{1D560}\u{1D557}\u{1D557}'),
  encoding('astral cjk', '\u{2070E}\u{20731}\u{20779}\u{20C53}'),
  encoding('zalgo', 'Z\u0334\u0321\u0348a\u0338l\u0336g\u0335o\u0337'),
  encoding('lone high surrogate', '\ud800'),
  encoding('lone low surrogate inside', 'x\udfffy'),
  encoding('reversed surrogate pair', '\udc00\ud800'),
  encoding('noncharacters', '\uffff\ufffe'),
  encoding('unicode line separators', 'a\u2028b\u2029c\u0085d'),
  encoding('ansi escape', '\u001b[31mred\u001b[0m'),
  encoding('delete character', '\u007f'),
  encoding('whitespace only', '   \t  '),
  encoding('empty', ''),
  encoding('fullwidth injection', '\uff07 \uff2f\uff32 \uff11\uff1d\uff11 \uff0f\uff0f'),
  // Sizes at and past the limits.
  size('100 000 characters', 'A'.repeat(100_000)),
  size('20 000 quotes', "'".repeat(20_000)),
  size('5 000 open parentheses', '('.repeat(5_000)),
  size('201 characters (past a name)', 'N'.repeat(201)),
  size('5 000 characters (a whole claim)', 'x'.repeat(5_000)),
  size('5 001 characters (past a claim)', 'T'.repeat(5_001)),
];

export const INJECTION_STRINGS = HOSTILE_STRINGS.filter((s) => s.kind === 'injection');

/** A cursor with the right shape (base64url JSON pair) carrying hostile values into the keyset query. */
export function forgedCursor(value: string): string {
  return Buffer.from(JSON.stringify([value, value]), 'utf8').toString('base64url');
}

// --- Structural attacks: operations shaped to exhaust parsing, validation or the database. ---

/** `{ node { ... on Entity { relations { to { relations { to ... } } } } } }`, `hops` relation levels deep. */
export function deepSelection(hops: number): string {
  return `{ node(id: "person:vance") { ... on Entity { ${'relations { to { '.repeat(hops)} id ${'} } '.repeat(hops)} } } }`;
}

export function manyAliases(count: number, field = 'node(id: "person:vance") { id }'): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

/** Fragments that each spread the next one twice: 2^levels copies of the leaf once expanded. */
export function fragmentBomb(levels: number): string {
  const fragments = Array.from(
    { length: levels },
    (_, i) => `fragment F${i} on Query { a${i}: node(id: "person:vance") { id } ...F${i + 1} ...F${i + 1} }`,
  );
  return ['query Bomb { ...F0 }', ...fragments, `fragment F${levels} on Query { __typename }`].join('\n');
}

// --- Well-formed ids of every kind, for every id argument of the schema (id-arguments.ts). ---

export const ID_KINDS = ['person', 'institution', 'track', 'event', 'claim', 'source'] as const;
export type IdKind = (typeof ID_KINDS)[number];
export const ENTITY_ID_KINDS: readonly IdKind[] = ['person', 'institution', 'track', 'event'];

export interface KindedId {
  name: string;
  kind: IdKind;
  id: string;
  /** A merged-away id: the survivor it resolves to. */
  survivor?: string;
  /** Names nothing in the graph. */
  unknown?: boolean;
}

const SEEDED: Record<IdKind, string> = {
  person: 'person:witkoff',
  institution: 'institution:white-house',
  track: 'track:ukraine',
  event: 'event:rome-talks',
  claim: 'claim:mixed-signals',
  source: 'source:espreso-parallel-realities',
};
/** Copies of a seeded person and track, merged into them by addMergedIds: their ids are merged ids. */
const MERGED = [
  { kind: 'person', input: { kind: 'PERSON', id: 'person:witkoff-copy', name: 'Witkoff Copy' }, survivor: 'person:witkoff' },
  { kind: 'track', input: { kind: 'TRACK', id: 'track:ukraine-copy', name: 'Ukraine Copy Track' }, survivor: 'track:ukraine' },
] as const;

/** A seeded id, an unknown id and (person, track) a merged id of every kind. */
export const KINDED_IDS: readonly KindedId[] = [
  ...ID_KINDS.map((kind) => ({ name: `seeded ${kind} id`, kind, id: SEEDED[kind] })),
  ...ID_KINDS.map((kind) => ({ name: `unknown ${kind} id`, kind, id: `${kind}:no-such-${kind}`, unknown: true })),
  ...MERGED.map((m) => ({ name: `merged ${m.kind} id`, kind: m.kind, id: m.input.id, survivor: m.survivor })),
];

/** Creates the copies of MERGED and merges them into their survivors (admin), before a test takes its checksum. */
export async function addMergedIds(base: string): Promise<void> {
  const admin = { authorization: `Bearer ${TOKENS.admin}` };
  for (const { input, survivor } of MERGED) {
    const created = await send(
      base,
      { query: 'mutation($i: EntityInput!) { createEntity(input: $i) { id } }', variables: { i: input } },
      admin,
    );
    const merged = await send(
      base,
      {
        query: 'mutation($s: ID!, $m: ID!) { mergeEntities(survivorId: $s, mergedId: $m) { id } }',
        variables: { s: survivor, m: input.id },
      },
      admin,
    );
    if (created.body?.errors || merged.body?.errors) throw new Error(`addMergedIds: ${created.text} ${merged.text}`);
  }
}

// --- The verdict on an answer. ---

/** Codes a client may get back for hostile input (README error table plus Apollo's request errors). */
export const REFUSAL_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

export interface GqlBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface Answer {
  status: number;
  contentType: string;
  requestId: string | null;
  text: string;
  body: GqlBody | undefined;
  /** Set when no answer came within the request timeout. */
  timedOut?: boolean;
}

export const codesOf = (answer: Answer): string[] => (answer.body?.errors ?? []).map((e) => String(e.extensions?.code));

// What must never reach a client: driver and database names, Neo4j status codes, stack frames.
const LEAKS: [RegExp, string][] = [
  [/Neo4j/, 'names Neo4j'],
  [/Cypher/, 'names Cypher'],
  [/Neo\.(ClientError|TransientError|DatabaseError)\./, 'carries a Neo4j status code'],
  [/^\s{4}at /m, 'carries a stack frame'],
  [/org\.apache\.lucene|java\.lang\./, 'carries a Java class'],
];

/**
 * Everything wrong with an answer to hostile input; empty when it is harmless data or a refusal with a
 * code from `allowed`. (Error messages may quote the input: the JSON encoding is the escaping.)
 */
export function problemsWith(answer: Answer, allowed: ReadonlySet<string> = REFUSAL_CODES): string[] {
  if (answer.timedOut) return ['no answer within the request timeout'];
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (!answer.contentType.startsWith('application/json')) problems.push(`content-type "${answer.contentType}"`);
  if (!answer.body) return [...problems, 'body is not JSON'];
  for (const error of answer.body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') problems.push(`error without a code: ${error.message.slice(0, 80)}`);
    else if (!allowed.has(code)) problems.push(`code ${code}`);
    for (const [pattern, what] of LEAKS) if (pattern.test(error.message)) problems.push(`message ${what}`);
    for (const key of ['stacktrace', 'exception', 'originalError'])
      if (error.extensions?.[key] !== undefined) problems.push(`extensions.${key}`);
  }
  return problems;
}

// --- Delivery: the real server over loopback HTTP. ---

/** POSTs a JSON body (or raw text or bytes) to /graphql and reads the whole answer; never throws on a refusal. */
export async function send(base: string, body: unknown, headers: Record<string, string> = {}, timeoutMs = 30_000): Promise<Answer> {
  try {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let parsed: GqlBody | undefined;
    try {
      parsed = JSON.parse(text) as GqlBody;
    } catch {
      parsed = undefined;
    }
    return {
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      requestId: res.headers.get('x-request-id'),
      text,
      body: parsed,
    };
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError')
      return { status: 0, contentType: '', requestId: null, text: '', body: undefined, timedOut: true };
    throw error;
  }
}

/**
 * Runs `work` over `items`, at most `concurrency` at a time, in order of start. Items with the same
 * `keyOf` never run at the same time (two documents naming the same new entity would race).
 */
export async function inPool<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
  keyOf?: (item: T) => string,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const waiting = items.map((item, index) => ({ item, index }));
  const busy = new Set<string>();
  let sleepers: (() => void)[] = [];
  // A failing item does not stop the others: the pool always drains before it settles.
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    for (;;) {
      const at = waiting.findIndex(({ item }) => !keyOf || !busy.has(keyOf(item)));
      if (at < 0) {
        if (waiting.length === 0) return;
        await new Promise<void>((resolve) => sleepers.push(resolve));
        continue;
      }
      const [{ item, index }] = waiting.splice(at, 1) as [{ item: T; index: number }];
      const key = keyOf?.(item);
      if (key !== undefined) busy.add(key);
      try {
        results[index] = await work(item, index);
      } catch (error) {
        failure ??= { error };
      } finally {
        if (key !== undefined) busy.delete(key);
        const woken = sleepers;
        sleepers = [];
        for (const wake of woken) wake();
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (failure) throw failure.error;
  return results;
}

export interface HostileServer {
  base: string;
  graph: TestGraph;
  /** Database transactions the server has run so far (reads, writes, multi-statement transactions). */
  transactions(): number;
  /** Those of them that may write. */
  writeTransactions(): number;
  close(): Promise<void>;
}

/** Counts every transaction the app starts through the database wrapper, and those that may write. */
function countingDatabase(db: GraphDatabase, counter: { count: number; writes: number }): GraphDatabase {
  const counted = new Set(['readPlain', 'readProjected', 'write', 'writeAll', 'transaction']);
  return new Proxy(db, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (property === 'with') return (...args: unknown[]) => countingDatabase(fn.apply(target, args) as GraphDatabase, counter);
      if (typeof property === 'string' && counted.has(property)) {
        return (...args: unknown[]) => {
          counter.count += 1;
          if (!property.startsWith('read') && !(property === 'transaction' && args[0] === 'READ')) counter.writes += 1;
          return fn.apply(target, args);
        };
      }
      return fn.bind(target);
    },
  });
}

/**
 * A clean seeded database and the real app on 127.0.0.1, configured as in production: default operation
 * limits and body size, introspection and field suggestions off.
 */
export async function startHostileServer(): Promise<HostileServer> {
  const graph = await startTestGraph();
  const counter = { count: 0, writes: 0 };
  const served = await serveApp(countingDatabase(graph.db, counter), { introspection: false, metricsEnabled: false });
  return {
    base: served.base,
    graph,
    transactions: () => counter.count,
    writeTransactions: () => counter.writes,
    async close() {
      await served.close();
      await graph.close();
    },
  };
}
