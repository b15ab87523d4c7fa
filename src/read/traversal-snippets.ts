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
  return [
    `MATCH ${p} = allShortestPaths((a)-[:${relTypeAlternation(types)}*1..${maxHops}]-(b))`,
    `WHERE all(${r} IN relationships(${p}) WHERE ${relationListed(r, filter, c)})`,
    `WITH ${p} LIMIT ${c.param(READ_LIMITS.paths)}`,
  ].join(' ');
}

/**
 * `MATCH p = ... LIMIT k`: up to `k` simple paths (no entity twice) between the bound `a` and `b` of at most
 * `maxHops` listed relations of `types`, not only the shortest: by length, then by the evidence of their weakest
 * hop (a path is as strong as its weakest link), then by their evidence in all, then by their relations' ids.
 */
export function simplePaths(
  p: string,
  maxHops: number,
  types: readonly string[],
  k: number,
  filter: RelationFilter,
  c: CypherScope,
): string {
  const [r, n, m, w, x, t] = [c.fresh('r'), c.fresh('n'), c.fresh('m'), c.fresh('w'), c.fresh('x'), c.fresh('t')];
  const evidence = (v: string) => `size(coalesce(${v}.evidence, []))`;
  return [
    `MATCH ${p} = (a)-[:${relTypeAlternation(types)}*1..${maxHops}]-(b)`,
    `WHERE all(${r} IN relationships(${p}) WHERE ${relationListed(r, filter, c)})`,
    `AND all(${n} IN nodes(${p}) WHERE single(${m} IN nodes(${p}) WHERE ${m} = ${n}))`,
    `WITH ${p}, reduce(${w} = null, ${x} IN relationships(${p}) |`,
    `CASE WHEN ${w} IS NULL OR ${evidence(x)} < ${w} THEN ${evidence(x)} ELSE ${w} END) AS weakest,`,
    `reduce(${t} = 0, ${x} IN relationships(${p}) | ${t} + ${evidence(x)}) AS total`,
    `ORDER BY length(${p}), weakest DESC, total DESC, [${x} IN relationships(${p}) | ${x}.id]`,
    `LIMIT ${c.param(k)}`,
  ].join(' ');
}

/**
 * The entities within `depth` listed relations of `center` (itself aside), by id, at most
 * READ_LIMITS.neighborhoodNodes: a list. A DISTINCT end node lets Neo4j prune the expansion breadth-first.
 */
export function neighborsOf(center: string, depth: number, filter: RelationFilter, c: CypherScope): string {
  const [m, rs, r] = [c.fresh('m'), c.fresh('rs'), c.fresh('r')];
  // depth is a validated integer (READ_LIMITS.depth): the variable-length pattern is bounded.
  return [
    'COLLECT {',
    `  MATCH (${center})-[${rs}:${relTypeAlternation(RELATION_TYPES)}*1..${depth}]-(${m}:Entity) ` +
      `WHERE ${m} <> ${center} AND all(${r} IN ${rs} WHERE ${relationListed(r, filter, c)})`,
    `  WITH DISTINCT ${m} ORDER BY ${m}.id LIMIT ${c.param(READ_LIMITS.neighborhoodNodes)} RETURN ${m}`,
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
