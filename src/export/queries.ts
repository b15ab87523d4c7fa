// The Cypher of an export: for each scope, which entities and which relations, with the same rules as the
// GraphQL fields it mirrors (relationListed: one period, valid at asOf or now, asserted by a live claim).
// Every `${...}` below is a variable name from the scope, a parameter reference, or an allow-listed type.
import type { CypherScope } from '../read/types.js';
import { entityById, relationListed, relationStatus } from '../read/cypher-snippets.js';
import { attributionChain } from '../read/attribution-snippets.js';
import { ENTITY_KINDS, relTypeAlternation, RELATION_TYPES } from '../domain/vocabulary.js';
import type { ExportRequest } from './request.js';
import { neighborsOf, PATH_ENDS_FOUND, pathEnds, relationsAmong, shortestPaths } from '../read/traversal-snippets.js';

/** Parameters by reference and fresh variable names, like the read compiler's scope. */
export class ExportCypher implements CypherScope {
  readonly params: Record<string, unknown> = {};
  private next = 0;

  constructor(readonly today: string) {}

  param(value: unknown): string {
    const name = `p${this.next++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  fresh(hint: string): string {
    return `${hint}_${this.next++}`;
  }
}

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * The statements of one export. `anchors` checks the ids the scope names (one row: `found`, or `fromFound`
 * and `toFound`) and runs before anything is sent; `nodes` yields rows `{node}`, `edges` rows `{edge}`;
 * a paths export has one `bounded` statement instead, a single row `{nodes, edges}` (at most 25 paths).
 */
export interface ExportPlan {
  anchors: Statement;
  nodes: Statement | null;
  edges: Statement | null;
  bounded: Statement | null;
}

const TYPES = relTypeAlternation(RELATION_TYPES);

function nodeMap(n: string, c: CypherScope): string {
  const label = c.fresh('l');
  return (
    `{id: ${n}.id, kind: [${label} IN labels(${n}) WHERE ${label} IN ${c.param(ENTITY_KINDS)}][0], ` +
    `name: ${n}.name, aliases: coalesce(${n}.aliases, []), description: ${n}.description}`
  );
}

/** A relation with its evidence: each claim with its speaker and source, in citation order. */
function edgeMap(r: string, request: ExportRequest, c: CypherScope): string {
  const [id, ev, sp, so, link] = [c.fresh('eid'), c.fresh('ev'), c.fresh('sp'), c.fresh('so'), c.fresh('link')];
  const live = request.includeRetracted ? '' : ` WHERE ${ev}.retractedAt IS NULL`;
  const evidence = [
    `COLLECT { UNWIND coalesce(${r}.evidence, []) AS ${id} MATCH (${ev}:Claim {id: ${id}})${live}`,
    `WITH ${ev}, head(COLLECT { MATCH (${ev})-[:SAID_BY]->(${sp}:Entity) RETURN ${sp} }) AS ${sp}, ` +
      `head(COLLECT { MATCH (${ev})-[:APPEARS_IN]->(${so}:Source) RETURN ${so} }) AS ${so}`,
    `RETURN {claimId: ${ev}.id, kind: ${ev}.kind, text: ${ev}.text, speakerId: ${sp}.id, speakerName: ${sp}.name, ` +
      `sourceId: ${so}.id, sourceTitle: ${so}.title, date: coalesce(${ev}.statedDate, ${ev}.approximateDate), ` +
      `attribution: [${link} IN ${attributionChain(ev, c)} | ` +
      `{position: ${link}.position, role: ${link}.role, entityId: ${link}.entity.id, name: ${link}.name}]} }`,
  ].join(' ');
  return (
    `{id: coalesce(${r}.id, elementId(${r})), type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, ` +
    `role: ${r}.role, validFrom: ${r}.validFrom, validTo: ${r}.validTo, status: ${relationStatus(r, c)}, evidence: ${evidence}}`
  );
}

function statement(lines: string[], c: ExportCypher): Statement {
  return { cypher: lines.join('\n'), params: c.params };
}

function wholeGraph(request: ExportRequest): ExportPlan {
  const anchors = statement(['RETURN true AS found'], new ExportCypher(request.today));
  const nc = new ExportCypher(request.today);
  // `n.id IS NOT NULL` lets the planner walk the id index in order: rows stream out with no sort.
  const nodes = statement(['MATCH (n:Entity) WHERE n.id IS NOT NULL', 'WITH n ORDER BY n.id', `RETURN ${nodeMap('n', nc)} AS node`], nc);
  const ec = new ExportCypher(request.today);
  const edges = statement(
    [
      'MATCH (a:Entity) WHERE a.id IS NOT NULL',
      'WITH a ORDER BY a.id',
      `MATCH (a)-[r:${TYPES}]->(:Entity)`,
      `WHERE ${relationListed('r', request, ec)}`,
      `RETURN ${edgeMap('r', request, ec)} AS edge`,
    ],
    ec,
  );
  return { anchors, nodes, edges, bounded: null };
}

/** A Cypher file's text by name, its `__X__` fills from allow-lists (GraphDatabase.cypher). */
export type NamedQuery = (name: string, fills?: Record<string, string | number>) => string;

/**
 * A track and what hangs on it: the relations of cypher/changes/track-relations.cypher (the timeline's rule),
 * listed as answers list them; the entities are the track and the ends of those relations.
 */
function trackRelations(t: string, request: ExportRequest, named: NamedQuery, c: ExportCypher): string[] {
  c.params.includeRetracted = request.includeRetracted;
  return [
    `CALL (${t}) {`,
    named('changes/track-relations', { RELATION_TYPES: TYPES }),
    '}',
    `WITH DISTINCT ${t}, r WHERE ${relationListed('r', request, c)}`,
  ];
}

function track(request: ExportRequest, named: NamedQuery): ExportPlan {
  const ac = new ExportCypher(request.today);
  const anchors = statement([`WITH ${entityById(ac.param(request.id), ac, 'PolicyTrack')} AS t`, 'RETURN t IS NOT NULL AS found'], ac);
  const nc = new ExportCypher(request.today);
  const t = 't';
  const nodes = statement(
    [
      `WITH ${entityById(nc.param(request.id), nc, 'PolicyTrack')} AS ${t}`,
      `WHERE ${t} IS NOT NULL`,
      `CALL (${t}) {`,
      ...trackRelations(t, request, named, nc).map((line) => `  ${line}`),
      '  UNWIND [startNode(r), endNode(r)] AS n RETURN n',
      '  UNION',
      `  RETURN ${t} AS n`,
      '}',
      'WITH DISTINCT n ORDER BY n.id',
      `RETURN ${nodeMap('n', nc)} AS node`,
    ],
    nc,
  );
  const ec = new ExportCypher(request.today);
  const edges = statement(
    [
      `WITH ${entityById(ec.param(request.id), ec, 'PolicyTrack')} AS ${t}`,
      `WHERE ${t} IS NOT NULL`,
      ...trackRelations(t, request, named, ec),
      'WITH r ORDER BY r.id',
      `RETURN ${edgeMap('r', request, ec)} AS edge`,
    ],
    ec,
  );
  return { anchors, nodes, edges, bounded: null };
}

/** `hood`: the entities of `neighborhood(id, depth)`, the centre first (read/traversal-snippets.ts). */
function neighborhoodNodes(request: ExportRequest, c: CypherScope): string[] {
  return [
    `WITH ${entityById(c.param(request.id), c)} AS center`,
    'WHERE center IS NOT NULL',
    `WITH [center] + ${neighborsOf('center', request.depth, request, c)} AS hood`,
  ];
}

function neighborhood(request: ExportRequest): ExportPlan {
  const ac = new ExportCypher(request.today);
  const anchors = statement([`WITH ${entityById(ac.param(request.id), ac)} AS center`, 'RETURN center IS NOT NULL AS found'], ac);
  const nc = new ExportCypher(request.today);
  const nodes = statement(
    [...neighborhoodNodes(request, nc), 'UNWIND hood AS n', 'WITH n ORDER BY n.id', `RETURN ${nodeMap('n', nc)} AS node`],
    nc,
  );
  const ec = new ExportCypher(request.today);
  const edges = statement(
    [
      ...neighborhoodNodes(request, ec),
      `UNWIND ${relationsAmong('hood', request, ec)} AS r`,
      `RETURN ${edgeMap('r', request, ec)} AS edge`,
    ],
    ec,
  );
  return { anchors, nodes, edges, bounded: null };
}

/** The shortest paths of `paths(from, to, maxHops)` (read/traversal-snippets.ts): one row holds their entities and relations. */
function paths(request: ExportRequest): ExportPlan {
  const ac = new ExportCypher(request.today);
  const anchors = statement([pathEnds(request.from!, request.to!, ac), `RETURN ${PATH_ENDS_FOUND}`], ac);
  const c = new ExportCypher(request.today);
  const bounded = statement(
    [
      pathEnds(request.from!, request.to!, c),
      'WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b',
      `WITH a, b, COLLECT { ${shortestPaths('p', request.maxHops, RELATION_TYPES, request, c)} RETURN p } AS ps`,
      'WITH a, b, ps, COLLECT { UNWIND ps AS q UNWIND nodes(q) AS n WITH DISTINCT n ORDER BY n.id RETURN n } AS ns,',
      '     COLLECT { UNWIND ps AS q UNWIND relationships(q) AS r WITH DISTINCT r ORDER BY r.id RETURN r } AS rs',
      `RETURN CASE WHEN size(ns) = 0 THEN [${nodeMap('a', c)}, ${nodeMap('b', c)}] ELSE [n IN ns | ${nodeMap('n', c)}] END AS nodes,`,
      `       [r IN rs | ${edgeMap('r', request, c)}] AS edges`,
    ],
    c,
  );
  return { anchors, nodes: null, edges: null, bounded };
}

/** The statements of an export; `named` gives the text of the Cypher files it shares with the GraphQL fields. */
export function planExport(request: ExportRequest, named: NamedQuery): ExportPlan {
  switch (request.scope) {
    case 'graph':
      return wholeGraph(request);
    case 'track':
      return track(request, named);
    case 'neighborhood':
      return neighborhood(request);
    case 'paths':
      return paths(request);
  }
}
