// Runs an export: checks the ids it names, then streams entities and relations from Neo4j through a format
// writer as the consumer takes them. Memory holds one batch of driver records and one chunk of text, whatever
// the graph's size (the bounded paths scope aside: 25 paths at most).
import { notFound } from '../base/errors.js';
import { pathEndsError } from '../read/traversal-snippets.js';
import type { GraphDatabase } from '../db/database.js';
import { exportWriter, type ExportEdge, type ExportNode } from './formats.js';
import { planExport, type ExportPlan } from './queries.js';
import type { ExportRequest } from './request.js';

export interface ExportStats {
  nodes: number;
  edges: number;
  characters: number;
}

export interface ExportOptions {
  /** Transaction timeout of each streamed statement. */
  timeoutMs: number;
  /** Text is handed on in chunks of about this many characters. */
  chunkSize?: number;
}

/** NOT_FOUND for an id that names no entity; the same errors as the GraphQL fields the scopes mirror. */
async function checkAnchors(db: GraphDatabase, request: ExportRequest, plan: ExportPlan): Promise<void> {
  const [row] = await db.readProjected(plan.anchors.cypher, plan.anchors.params);
  if (request.scope === 'paths') {
    const error = pathEndsError(row, request.from!, request.to!);
    if (error) throw error;
  } else if (!row?.found) {
    throw notFound(request.id ?? '');
  }
}

async function* items(
  db: GraphDatabase,
  request: ExportRequest,
  plan: ExportPlan,
  options: ExportOptions,
  stats: ExportStats,
): AsyncGenerator<string> {
  const writer = exportWriter(request);
  const wantNodes = request.part !== 'edges';
  const wantEdges = request.part !== 'nodes';
  yield writer.start();
  if (plan.bounded) {
    const [row] = await db.readProjected(plan.bounded.cypher, plan.bounded.params);
    for (const node of wantNodes ? ((row?.nodes ?? []) as ExportNode[]) : []) {
      stats.nodes += 1;
      yield writer.node(node);
    }
    for (const edge of wantEdges ? ((row?.edges ?? []) as ExportEdge[]) : []) {
      stats.edges += 1;
      yield writer.edge(edge);
    }
  }
  if (plan.nodes && wantNodes) {
    for await (const row of db.stream(plan.nodes.cypher, plan.nodes.params, { timeoutMs: options.timeoutMs })) {
      stats.nodes += 1;
      yield writer.node(row.node as ExportNode);
    }
  }
  if (plan.edges && wantEdges) {
    for await (const row of db.stream(plan.edges.cypher, plan.edges.params, { timeoutMs: options.timeoutMs })) {
      stats.edges += 1;
      yield writer.edge(row.edge as ExportEdge);
    }
  }
  yield writer.end();
}

/**
 * The export as text chunks. The ids are checked, and the first chunk's rows read, before the first chunk is
 * handed out: a bad id or an unreachable database fails the first `next()`, before anything was sent.
 * Stopping early (`return()`, a `break`) closes the database session.
 */
export async function* exportChunks(
  db: GraphDatabase,
  request: ExportRequest,
  options: ExportOptions,
  stats: ExportStats = { nodes: 0, edges: 0, characters: 0 },
): AsyncGenerator<string> {
  const plan = planExport(request, (name, fills) => db.cypher(name, fills));
  await checkAnchors(db, request, plan);
  const size = options.chunkSize ?? 64 * 1024;
  let pending: string[] = [];
  let length = 0;
  for await (const text of items(db, request, plan, options, stats)) {
    pending.push(text);
    length += text.length;
    if (length >= size) {
      stats.characters += length;
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  stats.characters += length;
  if (length > 0) yield pending.join('');
}

export function exportContentType(request: ExportRequest): string {
  return exportWriter(request).contentType;
}
