// The traversals that the GraphQL roots (src/traversals/roots.ts) and the exports (src/export/queries.ts) both
// run, stated once: the two ends of a paths question, its shortest paths, a neighbourhood's entities and the
// relations among them. Everything spliced is a fresh variable, a parameter, a validated integer or an
// allow-listed relation type.
import { badInput, notFound } from '../base/errors.js';
import { relTypeAlternation, RELATION_TYPES } from '../domain/vocabulary.js';
import { entityById, relationListed, type RelationFilter } from './cypher-snippets.js';
import { READ_LIMITS } from './limits.js';
import type { CypherScope } from './types.js';

/** `WITH a, b`: the two ends of a paths question (merged-away ids name their survivors), either possibly null. */
export function pathEnds(from: string, to: string, c: CypherScope): string {
  return `WITH ${entityById(c.param(from), c)} AS a, ${entityById(c.param(to), c)} AS b`;
}

/** What the row of `pathEnds` says of them: `fromFound`, `toFound`, and `same` (one was merged into the other). */
export const PATH_ENDS_FOUND = 'a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, a = b AS same';

/** The coded error for ends that cannot be joined by a path, if any: NOT_FOUND, or the same entity twice. */
export function pathEndsError(row: Record<string, unknown> | undefined, from: string, to: string): Error | null {
  if (!row?.fromFound) return notFound(from);
  if (!row.toFound) return notFound(to);
  if (row.same) return badInput(`to: ${to} and ${from} name the same entity (one was merged into the other)`, { argument: 'to' });
  return null;
}

/**
 * `MATCH p = ...`: the shortest paths between the bound `a` and `b` of at most `maxHops` (a validated integer:
 * the pattern is bounded) listed relations of `types` (all when none), at most READ_LIMITS.paths of them.
 */
export function shortestPaths(p: string, maxHops: number, types: readonly string[], filter: RelationFilter, c: CypherScope): string {
  const r = c.fresh('r');
  // allShortestPaths evaluates a predicate over every relationship of the path during its bidirectional search:
  // on the M graph 56 ms for Thiel -> Witkoff, against 770 ms for ALL SHORTEST over a quantified pattern
  // (docs/benchmarks/provenance-2026-12-06.md).
  return [
    `MATCH ${p} = allShortestPaths((a)-[:${relTypeAlternation(types)}*1..${maxHops}]-(b))`,
    `WHERE all(${r} IN relationships(${p}) WHERE ${relationListed(r, filter, c)})`,
    `WITH ${p} LIMIT ${c.param(READ_LIMITS.paths)}`,
  ].join(' ');
}

/**
 * `MATCH p = ... ORDER BY ...`: the `k` shortest simple paths (no entity twice) between the bound `a` and `b` of at
 * most `maxHops` listed relations of `types`, not only those of the shortest length. A SHORTEST k search over a
 * quantified path pattern whose relationship predicate is the relation filter: the filter and the simplicity
 * check apply while it searches, so hubs are not expanded into every walk. Among paths of one length, which make
 * the k is the search's choice; they are then ordered by length, by the evidence of their weakest hop (a path
 * is as strong as its weakest link), by their evidence in all, and by their relations' ids.
 */
export function simplePaths(
  p: string,
  maxHops: number,
  types: readonly string[],
  k: number,
  filter: RelationFilter,
  c: CypherScope,
): string {
  const [r, x, y, i, w, t, h] = [c.fresh('r'), c.fresh('x'), c.fresh('y'), c.fresh('i'), c.fresh('w'), c.fresh('t'), c.fresh('h')];
  const evidence = (v: string) => `size(coalesce(${v}.evidence, []))`;
  // y: the entities after a on the path, in order; simple when none repeats and none is a.
  const simple = `all(${i} IN range(0, size(${y}) - 1) WHERE ${y}[${i}] <> a AND NOT ${y}[${i}] IN ${y}[${i} + 1..])`;
  return [
    `MATCH ${p} = SHORTEST ${k} ((a)((${x})-[${r}:${relTypeAlternation(types)} WHERE ${relationListed(r, filter, c)}]-(${y})){1,${maxHops}}(b)`,
    `WHERE ${simple})`,
    `WITH ${p}, reduce(${w} = null, ${h} IN relationships(${p}) |`,
    `CASE WHEN ${w} IS NULL OR ${evidence(h)} < ${w} THEN ${evidence(h)} ELSE ${w} END) AS weakest,`,
    `reduce(${t} = 0, ${h} IN relationships(${p}) | ${t} + ${evidence(h)}) AS total`,
    `ORDER BY length(${p}), weakest DESC, total DESC, [${h} IN relationships(${p}) | ${h}.id]`,
  ].join(' ');
}

/**
 * The entities within `depth` listed relations of `center` (itself aside), by id, at most `limit`
 * (READ_LIMITS.neighborhoodNodes by default): a list. A DISTINCT end node lets Neo4j prune the expansion breadth-first.
 */
export function neighborsOf(
  center: string,
  depth: number,
  filter: RelationFilter,
  c: CypherScope,
  limit: number = READ_LIMITS.neighborhoodNodes,
): string {
  const [m, rs, r] = [c.fresh('m'), c.fresh('rs'), c.fresh('r')];
  // depth is a validated integer (READ_LIMITS.depth): the variable-length pattern is bounded.
  return [
    'COLLECT {',
    `  MATCH (${center})-[${rs}:${relTypeAlternation(RELATION_TYPES)}*1..${depth}]-(${m}:Entity) ` +
      `WHERE ${m} <> ${center} AND all(${r} IN ${rs} WHERE ${relationListed(r, filter, c)})`,
    `  WITH DISTINCT ${m} ORDER BY ${m}.id LIMIT ${c.param(limit)} RETURN ${m}`,
    '}',
  ].join('\n');
}

/** The listed relations among the entities of the list `nodes`, each once, by id: a list. */
export function relationsAmong(nodes: string, filter: RelationFilter, c: CypherScope): string {
  const [x, y, rel] = [c.fresh('x'), c.fresh('y'), c.fresh('rel')];
  const types = relTypeAlternation(RELATION_TYPES);
  return (
    `COLLECT { UNWIND ${nodes} AS ${x} MATCH (${x})-[${rel}:${types}]->(${y}:Entity) WHERE ${y} IN ${nodes} AND ${relationListed(rel, filter, c)} ` +
    `WITH DISTINCT ${rel} ORDER BY ${rel}.id RETURN ${rel} }`
  );
}
