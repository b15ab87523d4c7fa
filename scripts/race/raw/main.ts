// The raw floor: a plain node:http server that answers POST /<name> (a file in raw/cypher, JSON
// parameters as the body) with ONE executeQuery (routing READ, the database named) whose single
// `answer` column is already the canonical answer. GET /race/stats reports requests answered and
// queries run.
// Started by the harness.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { readChildConfig } from '../servers/child-config.js';

const config = readChildConfig(process.argv);

const dir = join(dirname(fileURLToPath(import.meta.url)), 'cypher');
const queries = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => [f.slice(0, -'.cypher'.length), readFileSync(join(dir, f), 'utf8')]),
);
const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: true });
const stats = { requests: 0, queries: 0 };

/** JSON numbers are floats to the driver; LIMIT and ranges need Cypher integers. */
function toParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toParams(v)]));
  }
  return value;
}

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const name = (req.url ?? '/').slice(1);
  if (req.method === 'GET' && name === 'race/stats') return send(res, 200, stats);
  const cypher = queries.get(name);
  if (req.method !== 'POST' || cypher === undefined) return send(res, 404, { error: `no query ${name}` });
  const params = toParams(await body(req)) as Record<string, unknown>;
  const result = await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ, database: config.database });
  send(res, 200, { answer: result.records[0]?.get('answer') ?? null });
  stats.requests += 1;
  stats.queries += 1;
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => send(res, 500, { error: error instanceof Error ? error.message : String(error) }));
});
server.listen(config.port, '127.0.0.1');

const stop = async () => {
  server.close();
  await driver.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
