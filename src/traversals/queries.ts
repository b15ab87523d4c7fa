// Search, routing, shortest paths and neighbourhoods: argument checks, then one Cypher query each.
import { boundedInt, relationTypes, requireId, validity } from '../graph/args.js';
import { relationFrom, toNodeModel, toRelationModel } from '../graph/map-record.js';
import type { NeighborhoodModel, PathModel, RoutedTrackModel, SearchHitModel } from '../graph/model.js';
import { relTypeAlternation } from '../graph/vocabulary.js';
import { loadEntity } from '../nodes/load.js';
import type { Context } from '../server/context.js';
import { badInput, driverError, notFound } from '../server/errors.js';

export const LIMITS = { searchFirst: 50, maxHops: 6, depth: 3, neighborhoodNodes: 500, paths: 25, queryLength: 200 };

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Full-text search; the query is taken as plain words (Lucene syntax is escaped). */
export async function search(ctx: Context, query: string, first: number | null | undefined): Promise<SearchHitModel[]> {
  const limit = boundedInt(first, 10, 1, LIMITS.searchFirst, 'first');
  // Special characters are escaped and the operators AND, OR, NOT, TO lower-cased (Lucene reads only
  // the upper-case forms as operators; the analyser lower-cases every term anyway).
  const words = query
    .replace(LUCENE_SPECIAL, (c) => `\\${c}`)
    .replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase())
    .trim();
  if (words === '' || query.length > LIMITS.queryLength) {
    throw badInput(`query: must be 1 to ${LIMITS.queryLength} characters of text`, { argument: 'query' });
  }
  const rows = await ctx.db.read(ctx.db.cypher('traversals/search'), { query: words, limit }, ctx.counter).catch((error: unknown) => {
    // Whatever Lucene still cannot parse is the query's problem, not the server's.
    if (isLuceneParseError(error)) throw badInput('query: not searchable text', { argument: 'query' });
    throw error;
  });
  return rows.map((row) => {
    const node = toNodeModel(row.node);
    ctx.loaders.nodes.prime(node.id, node);
    return { node, score: Number(row.score) };
  });
}

function isLuceneParseError(error: unknown): boolean {
  const cause = driverError(error);
  return cause?.code === 'Neo.ClientError.Procedure.ProcedureCallFailed' && /Parse/i.test(cause.message);
}

export async function tracksRoutedThrough(ctx: Context, personId: string, asOf?: string | null): Promise<RoutedTrackModel[]> {
  const rows = await ctx.db.read(
    ctx.db.cypher('traversals/routed-through'),
    { personId: requireId(personId, 'personId'), ...validity(asOf) },
    ctx.counter,
  );
  if (rows.length === 0) throw notFound(personId);
  return rows
    .filter((row) => row.t !== null)
    .map((row) => {
      const track = toNodeModel(row.t);
      ctx.loaders.nodes.prime(track.id, track);
      return { trackId: track.id, relation: relationFrom(row.r, String(row.fromId), String(row.toId)) };
    });
}

export interface PathArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  relationTypes?: readonly string[] | null;
  asOf?: string | null;
}

export async function shortestPaths(ctx: Context, args: PathArgs): Promise<PathModel[]> {
  const from = requireId(args.from, 'from');
  const to = requireId(args.to, 'to');
  const maxHops = boundedInt(args.maxHops, 4, 1, LIMITS.maxHops, 'maxHops');
  if (from === to) throw badInput('to: must differ from from', { argument: 'to' });
  await Promise.all([loadEntity(ctx, from), loadEntity(ctx, to)]);
  const cypher = ctx.db.cypher('traversals/shortest-paths', {
    TYPES: relTypeAlternation(relationTypes(args.relationTypes)),
    MAX_HOPS: maxHops,
  });
  const rows = await ctx.db.read(cypher, { from, to, limit: LIMITS.paths, ...validity(args.asOf) }, ctx.counter);
  return rows.map((row) => {
    const nodes = (Array.isArray(row.nodes) ? row.nodes : []).map(toNodeModel);
    for (const node of nodes) ctx.loaders.nodes.prime(node.id, node);
    const relations = (Array.isArray(row.rels) ? row.rels : []).map(toRelationModel);
    return {
      nodeIds: nodes.map((n) => n.id),
      hops: relations.map((relation, i) => {
        const start = nodes[i]?.id ?? '';
        const end = nodes[i + 1]?.id ?? '';
        return { fromId: start, toId: end, relation, direction: relation.fromId === start ? 'FORWARD' : 'BACKWARD' };
      }),
    };
  });
}

export async function neighborhood(
  ctx: Context,
  id: string,
  depth: number | null | undefined,
  asOf?: string | null,
): Promise<NeighborhoodModel> {
  const centerId = requireId(id, 'id');
  const hops = boundedInt(depth, 1, 1, LIMITS.depth, 'depth');
  const cypher = ctx.db.cypher('traversals/neighborhood', {
    TYPES: relTypeAlternation(relationTypes(null)),
    DEPTH: hops,
  });
  const rows = await ctx.db.read(cypher, { id: centerId, maxNodes: LIMITS.neighborhoodNodes, ...validity(asOf) }, ctx.counter);
  const row = rows[0];
  if (!row) throw notFound(centerId);
  const nodes = (Array.isArray(row.nodes) ? row.nodes : []).map(toNodeModel);
  for (const node of nodes) ctx.loaders.nodes.prime(node.id, node);
  const edges = (Array.isArray(row.rels) ? row.rels : []).map(toRelationModel);
  return { centerId, nodeIds: nodes.map((n) => n.id), edges };
}
