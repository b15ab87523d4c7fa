// The Cypher of an export: for each scope, which entities and which relations, with the same rules as the
// GraphQL fields it mirrors (relationListed: one period, valid at asOf or now, asserted by a live claim).
// Every `${...}` below is a variable name from the scope, a parameter reference, or an allow-listed type.
import type { CypherScope } from '../read/types.js';
import { entityById, relationListed, relationStatus } from '../read/cypher-snippets.js';
import { ENTITY_KINDS, relTypeAlternation, RELATION_TYPES } from '../domain/vocabulary.js';
import type { ExportRequest } from './request.js';
import { READ_LIMITS } from '../read/limits.js';


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
  return `{id: ${n}.id, kind: [${label} IN labels(${n}) WHERE ${label} IN ${c.param(ENTITY_KINDS)}][0], name: ${n}.name, aliases: coalesce(${n}.aliases, []), description: ${n}.description}`;
}

/** A relation with its evidence: each claim with its speaker and source, in citation order. */
function edgeMap(r: string, request: ExportRequest, c: CypherScope): string {
  const [id, ev, sp, so] = [c.fresh('eid'), c.fresh('ev'), c.fresh('sp'), c.fresh('so')];
  const live = request.includeRetracted ? '' : ` WHERE ${ev}.retractedAt IS NULL`;
  const evidence = [
    `COLLECT { UNWIND coalesce(${r}.evidence, []) AS ${id} MATCH (${ev}:Claim {id: ${id}})${live}`,
    `WITH ${ev}, head(COLLECT { MATCH (${ev})-[:SAID_BY]->(${sp}:Entity) RETURN ${sp} }) AS ${sp}, head(COLLECT { MATCH (${ev})-[:APPEARS_IN]->(${so}:Source) RETURN ${so} }) AS ${so}`,
    `RETURN {claimId: ${ev}.id, kind: ${ev}.kind, text: ${ev}.text, speakerId: ${sp}.id, speakerName: ${sp}.name, sourceId: ${so}.id, sourceTitle: ${so}.title, date: coalesce(${ev}.statedDate, ${ev}.approximateDate)} }`,
  ].join(' ');
  return `{id: coalesce(${r}.id, elementId(${r})), type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, role: ${r}.role, validFrom: ${r}.validFrom, validTo: ${r}.validTo, status: ${relationStatus(r, c)}, evidence: ${evidence}}`;
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

/**
 * A track and what hangs on it: the relations with the track at one end, and those citing a claim about the
 * track that is also about one of the relation's ends (timeline's rule, cypher/changes/timeline.cypher);
 * the entities are the track and the ends of those relations.
 */
function trackRelations(t: string, request: ExportRequest, c: CypherScope): string[] {
  const [claim, e, ids, r] = [c.fresh('c'), c.fresh('e'), c.fresh('ids'), 'r'];
  const live = request.includeRetracted ? '' : ` WHERE ${claim}.retractedAt IS NULL`;
  return [
    `CALL (${t}) {`,
    `  MATCH (${t})-[${r}:${TYPES}]-(:Entity) RETURN ${r}`,
    '  UNION',
    `  MATCH (${claim}:Claim)-[:ABOUT]->(${t})${live}`,
    `  MATCH (${claim})-[:ABOUT]->(${e}:Entity) WHERE ${e} <> ${t}`,
    `  WITH ${e}, collect(${claim}.id) AS ${ids}`,
    `  MATCH (${e})-[${r}:${TYPES}]-(:Entity) WHERE any(x IN coalesce(${r}.evidence, []) WHERE x IN ${ids})`,
    `  RETURN ${r}`,
    '}',
    `WITH DISTINCT ${t}, ${r} WHERE ${relationListed(r, request, c)}`,
  ];
}

function track(request: ExportRequest): ExportPlan {
  const ac = new ExportCypher(request.today);
  const anchors = statement([`WITH ${entityById(ac.param(request.id), ac)} AS t`, 'RETURN t IS NOT NULL AS found'], ac);
  const nc = new ExportCypher(request.today);
  const t = 't';
  const nodes = statement(
    [
      `WITH ${entityById(nc.param(request.id), nc)} AS ${t}`,
      `WHERE ${t} IS NOT NULL`,
      `CALL (${t}) {`,
      ...trackRelations(t, request, nc).map((line) => `  ${line}`),
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
      `WITH ${entityById(ec.param(request.id), ec)} AS ${t}`,
      `WHERE ${t} IS NOT NULL`,
      ...trackRelations(t, request, ec),
      'WITH r ORDER BY r.id',
      `RETURN ${edgeMap('r', request, ec)} AS edge`,
    ],
    ec,
  );
  return { anchors, nodes, edges, bounded: null };
}

/** The entities of `neighborhood(id, depth)`: the centre and, by id, up to 500 within `depth` listed relations. */
function neighborhoodNodes(request: ExportRequest, c: CypherScope): string[] {
  const [rs, r, m] = [c.fresh('rs'), c.fresh('r'), c.fresh('m')];
  return [
    `WITH ${entityById(c.param(request.id), c)} AS center`,
    'WHERE center IS NOT NULL',
    'WITH center, COLLECT {',
    `  MATCH (center)-[${rs}:${TYPES}*1..${request.depth}]-(${m}:Entity) WHERE ${m} <> center AND all(${r} IN ${rs} WHERE ${relationListed(r, request, c)})`,
    `  WITH DISTINCT ${m} ORDER BY ${m}.id LIMIT ${c.param(READ_LIMITS.neighborhoodNodes)} RETURN ${m}`,
    '} AS others',
    'WITH [center] + others AS hood',
  ];
}

function neighborhood(request: ExportRequest): ExportPlan {
  const ac = new ExportCypher(request.today);
  const anchors = statement([`WITH ${entityById(ac.param(request.id), ac)} AS center`, 'RETURN center IS NOT NULL AS found'], ac);
  const nc = new ExportCypher(request.today);
  const nodes = statement([...neighborhoodNodes(request, nc), 'UNWIND hood AS n', 'WITH n ORDER BY n.id', `RETURN ${nodeMap('n', nc)} AS node`], nc);
  const ec = new ExportCypher(request.today);
  // request.depth is a validated integer (1 to 3): the variable-length pattern is bounded.
  const edges = statement(
    [
      ...neighborhoodNodes(request, ec),
      'UNWIND hood AS x',
      `MATCH (x)-[r:${TYPES}]->(y:Entity) WHERE y IN hood AND ${relationListed('r', request, ec)}`,
      'WITH DISTINCT r ORDER BY r.id',
      `RETURN ${edgeMap('r', request, ec)} AS edge`,
    ],
    ec,
  );
  return { anchors, nodes, edges, bounded: null };
}

/** The shortest paths of `paths(from, to, maxHops)`: at most 25, so one row holds their entities and relations. */
function paths(request: ExportRequest): ExportPlan {
  const ac = new ExportCypher(request.today);
  const anchors = statement(
    [
      `WITH ${entityById(ac.param(request.from), ac)} AS a, ${entityById(ac.param(request.to), ac)} AS b`,
      'RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, a = b AS same',
    ],
    ac,
  );
  const c = new ExportCypher(request.today);
  const bounded = statement(
    [
      `WITH ${entityById(c.param(request.from), c)} AS a, ${entityById(c.param(request.to), c)} AS b`,
      'WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b',
      `OPTIONAL MATCH p = allShortestPaths((a)-[:${TYPES}*1..${request.maxHops}]-(b))`,
      `WHERE all(r IN relationships(p) WHERE ${relationListed('r', request, c)})`,
      `WITH a, b, p LIMIT ${c.param(READ_LIMITS.paths)}`,
      'WITH a, b, collect(p) AS ps',
      'WITH a, b, ps, COLLECT { UNWIND ps AS q UNWIND nodes(q) AS n WITH DISTINCT n ORDER BY n.id RETURN n } AS ns,',
      '     COLLECT { UNWIND ps AS q UNWIND relationships(q) AS r WITH DISTINCT r ORDER BY r.id RETURN r } AS rs',
      `RETURN CASE WHEN size(ns) = 0 THEN [${nodeMap('a', c)}, ${nodeMap('b', c)}] ELSE [n IN ns | ${nodeMap('n', c)}] END AS nodes,`,
      `       [r IN rs | ${edgeMap('r', request, c)}] AS edges`,
    ],
    c,
  );
  return { anchors, nodes: null, edges: null, bounded };
}

export function planExport(request: ExportRequest): ExportPlan {
  switch (request.scope) {
    case 'graph':
      return wholeGraph(request);
    case 'track':
      return track(request);
    case 'neighborhood':
      return neighborhood(request);
    case 'paths':
      return paths(request);
  }
}
