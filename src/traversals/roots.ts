// Query fields that traverse the graph, each compiled into one Cypher query with its selection.
import type { RootMetas } from '../read/types.js';
import { relationTypes, requireEntityId, requireIdOf } from '../domain/args.js';
import { entityById, relationListed } from '../read/cypher-snippets.js';
import { relTypeAlternation } from '../domain/vocabulary.js';
import { badInput, driverError, notFound } from '../base/errors.js';
import { READ_LIMITS, within } from '../read/limits.js';


const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Plain words for Lucene: special characters escaped, AND/OR/NOT/TO lower-cased (only upper case are operators). */
function searchWords(query: string): string {
  const words = query
    .replace(LUCENE_SPECIAL, (ch) => `\\${ch}`)
    .replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase())
    .trim();
  if (words === '' || query.length > READ_LIMITS.searchQueryLength) {
    throw badInput(`query: must be 1 to ${READ_LIMITS.searchQueryLength} characters of text`, { argument: 'query' });
  }
  return words;
}

function isLuceneParseError(error: unknown): boolean {
  const cause = driverError(error);
  return cause?.code === 'Neo.ClientError.Procedure.ProcedureCallFailed' && /Parse/i.test(cause.message);
}

/** The rows of a list root whose anchor may be missing: NOT_FOUND then, else the list. */
const listOrNotFound = (id: string) => (rows: Record<string, unknown>[]) => {
  const row = rows[0];
  if (!row?.found) throw notFound(id);
  return row.value;
};

export const traversalRoots: RootMetas = {
  search: {
    compile(args, c) {
      c.setParams({ query: searchWords(String(args.query)), limit: within(args.first, READ_LIMITS.search, 'first') });
      const cypher = [
        `CALL () {\n${c.named('traversals/search')}\n}`,
        'WITH {node: node, score: score} AS hit',
        `RETURN ${c.project('hit')} AS value`,
      ].join('\n');
      return {
        cypher,
        finish: (rows) => rows.map((r) => r.value),
        // Whatever Lucene still cannot parse is the query's problem, not the server's.
        mapError: (error) => (isLuceneParseError(error) ? badInput('query: not searchable text', { argument: 'query' }) : error),
      };
    },
  },

  tracksRoutedThrough: {
    compile(args, c) {
      const personId = requireIdOf(String(args.personId), 'personId', ['person']);
      const [r, t] = [c.fresh('r'), c.fresh('t')];
      const cypher = [
        `WITH ${entityById(c.param(personId), c)} AS person`,
        `RETURN person IS NOT NULL AS found, CASE WHEN person IS NULL THEN [] ELSE COLLECT {`,
        `  MATCH (${t}:PolicyTrack)-[${r}:ROUTED_THROUGH]->(person) WHERE ${relationListed(r, args, c)}`,
        `  WITH ${r}, ${t} ORDER BY ${t}.name, ${t}.id, ${r}.validFrom, ${r}.id RETURN ${c.project(r)}`,
        '} END AS value',
      ].join('\n');
      return { cypher, finish: listOrNotFound(personId) };
    },
  },

  paths: {
    compile(args, c) {
      const from = requireEntityId(String(args.from), 'from');
      const to = requireEntityId(String(args.to), 'to');
      const maxHops = within(args.maxHops, READ_LIMITS.maxHops, 'maxHops');
      if (from === to) throw badInput('to: must differ from from', { argument: 'to' });
      const types = relTypeAlternation(relationTypes(args.relationTypes as string[] | null));
      const [p, r] = [c.fresh('p'), c.fresh('r')];
      // maxHops is a validated integer: the variable-length pattern is never unbounded.
      const cypher = [
        `WITH ${entityById(c.param(from), c)} AS a, ${entityById(c.param(to), c)} AS b`,
        // A merged-away id and its survivor are one entity: no path to itself (allShortestPaths refuses it).
        'RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, a = b AS same, CASE WHEN a IS NULL OR b IS NULL OR a = b THEN [] ELSE COLLECT {',
        `  MATCH ${p} = allShortestPaths((a)-[:${types}*1..${maxHops}]-(b))`,
        `  WHERE all(${r} IN relationships(${p}) WHERE ${relationListed(r, args, c)})`,
        `  WITH ${p} LIMIT ${c.param(READ_LIMITS.paths)} RETURN ${c.project(p)}`,
        '} END AS value',
      ].join('\n');
      return {
        cypher,
        finish(rows) {
          const row = rows[0];
          if (!row?.fromFound) throw notFound(from);
          if (!row.toFound) throw notFound(to);
          if (row.same) throw badInput(`to: ${to} and ${from} name the same entity (one was merged into the other)`, { argument: 'to' });
          return row.value;
        },
      };
    },
  },

  neighborhood: {
    compile(args, c) {
      const id = requireEntityId(String(args.id), 'id');
      const depth = within(args.depth, READ_LIMITS.depth, 'depth');
      const types = relTypeAlternation(relationTypes(null));
      const [m, rs, r, x, y, rel] = [c.fresh('m'), c.fresh('rs'), c.fresh('r'), c.fresh('x'), c.fresh('y'), c.fresh('rel')];
      // Every entity within `depth` valid relations (a DISTINCT end node lets Neo4j prune the expansion
      // breadth-first), by id up to the cap; then the listed relations among them, by id.
      const edges = c.selects('edges')
        ? `COLLECT { UNWIND nodes AS ${x} MATCH (${x})-[${rel}:${types}]->(${y}:Entity) WHERE ${y} IN nodes AND ${relationListed(rel, args, c)} WITH DISTINCT ${rel} ORDER BY ${rel}.id RETURN ${rel} }`
        : '[]';
      const cypher = [
        `WITH ${entityById(c.param(id), c)} AS center`,
        'WHERE center IS NOT NULL',
        'WITH center, COLLECT {',
        `  MATCH (center)-[${rs}:${types}*1..${depth}]-(${m}:Entity) WHERE ${m} <> center AND all(${r} IN ${rs} WHERE ${relationListed(r, args, c)})`,
        `  WITH DISTINCT ${m} ORDER BY ${m}.id LIMIT ${c.param(READ_LIMITS.neighborhoodNodes)} RETURN ${m}`,
        '} AS others',
        'WITH center, [center] + others AS nodes',
        `WITH {center: center, nodes: nodes, rels: ${edges}} AS hood`,
        `RETURN ${c.project('hood')} AS value`,
      ].join('\n');
      return {
        cypher,
        finish(rows) {
          if (rows.length === 0) throw notFound(id);
          return rows[0]!.value;
        },
      };
    },
  },
};
