// Query fields that traverse the graph, each compiled into one Cypher query with its selection.
import type { RootMetas } from '../read/types.js';
import { relationTypes, requireEntityId, requireIdOf } from '../domain/args.js';
import { entityById, relationListed } from '../read/cypher-snippets.js';
import { badInput, driverError, notFound } from '../base/errors.js';
import { READ_LIMITS, within } from '../read/limits.js';
import {
  neighborsOf,
  PATH_ENDS_FOUND,
  pathEnds,
  pathEndsError,
  relationsAmong,
  shortestPaths,
  simplePaths,
} from '../read/traversal-snippets.js';
import { valueIfFound } from '../read/compile-root.js';

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
        answer: (rows) => rows.map((r) => r.value),
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
      return { cypher, answer: valueIfFound(personId) };
    },
  },

  paths: {
    compile(args, c) {
      const from = requireEntityId(String(args.from), 'from');
      const to = requireEntityId(String(args.to), 'to');
      const maxHops = within(args.maxHops, READ_LIMITS.maxHops, 'maxHops');
      if (from === to) throw badInput('to: must differ from from', { argument: 'to' });
      const types = relationTypes(args.relationTypes as string[] | null);
      const p = c.fresh('p');
      const ends = pathEnds(from, to, c);
      const search =
        args.k === null || args.k === undefined
          ? shortestPaths(p, maxHops, types, args, c)
          : simplePaths(p, maxHops, types, within(args.k, READ_LIMITS.k, 'k'), args, c);
      const cypher = [
        ends,
        // A merged-away id and its survivor are one entity: no path to itself (allShortestPaths refuses it).
        `RETURN ${PATH_ENDS_FOUND}, CASE WHEN a IS NULL OR b IS NULL OR a = b THEN [] ELSE COLLECT {`,
        `  ${search} RETURN ${c.project(p)}`,
        '} END AS value',
      ].join('\n');
      return {
        cypher,
        answer(rows) {
          const error = pathEndsError(rows[0], from, to);
          if (error) throw error;
          return rows[0]!.value;
        },
      };
    },
  },

  neighborhood: {
    compile(args, c) {
      const id = requireEntityId(String(args.id), 'id');
      const depth = within(args.depth, READ_LIMITS.depth, 'depth');
      // Every entity within `depth` listed relations, by id up to the cap; then the listed relations among them.
      const edges = c.selects('edges') ? relationsAmong('nodes', args, c) : '[]';
      // One entity past the cap tells whether the cap cut the answer (truncated), at the cost of one more row.
      const cap = READ_LIMITS.neighborhoodNodes;
      const capParam = c.param(cap);
      const cypher = [
        `WITH ${entityById(c.param(id), c)} AS center`,
        'WHERE center IS NOT NULL',
        `WITH center, ${neighborsOf('center', depth, args, c, cap + 1)} AS others`,
        `WITH center, [center] + others[0..${capParam}] AS nodes, size(others) > ${capParam} AS truncated`,
        `WITH {center: center, nodes: nodes, rels: ${edges}, truncated: truncated} AS hood`,
        `RETURN ${c.project('hood')} AS value`,
      ].join('\n');
      return {
        cypher,
        answer(rows) {
          if (rows.length === 0) throw notFound(id);
          return rows[0]!.value;
        },
      };
    },
  },
};
