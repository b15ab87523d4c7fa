// How GraphChange and the timeline (schema/changes.graphql) read: a change is the map one row of
// changes/on-track gives, a timeline item the map one row of changes/timeline gives.
import { mapKey, type FieldMeta, type TypeMetas } from '../read/types.js';
import { connectionTypes } from '../read/connection.js';
import { firstParam } from '../read/cypher-snippets.js';
import type { CypherScope } from '../read/types.js';

/**
 * The items of a list held in the value, each projected, in order. A subquery, not a list comprehension: Neo4j
 * 5.26 failed ("expected a map but was null") on COLLECT subqueries (a link's date) inside nested comprehensions.
 */
const listOf = (list: string, c: CypherScope, project: (w: string) => string) => {
  const x = c.fresh('x');
  return `COLLECT { UNWIND ${list} AS ${x} RETURN ${project(x)} }`;
};

/** Who says so: the item's evidence ids as claims, unretracted (a CLAIM item's own claim always), in order. */
const itemEvidence: FieldMeta = {
  kind: 'list',
  items(v, args, c, project) {
    const id = c.fresh('eid');
    const claim = c.fresh('ev');
    const limit = firstParam(c, args.first);
    return (
      `COLLECT { UNWIND ${v}.evidence AS ${id} MATCH (${claim}:Claim {id: ${id}}) ` +
      `WHERE ${claim}.retractedAt IS NULL OR ${v}.kind = 'CLAIM' WITH ${claim} LIMIT ${limit} RETURN ${project(claim)} }`
    );
  },
};

const timeline = connectionTypes('TimelineConnection', 'TimelineEdge');

/**
 * The speakers of one side (`a` or `b`) of a bucket's contradictions, with how many of them each spoke, most first.
 * Counted with list functions: this list sits inside the bucket list, where Cypher allows no aggregation.
 */
function sideSpeakers(side: 'a' | 'b'): FieldMeta {
  return {
    kind: 'list',
    items(v, _args, c, project) {
      const [q, x, s, said, acc, sp, n, row] = ['q', 'x', 's', 'said', 'acc', 'sp', 'n', 'row'].map((h) => c.fresh(h)) as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      return (
        `COLLECT { WITH [${q} IN ${v}.pairs | head(COLLECT { WITH ${q}.${side} AS ${x} MATCH (${x})-[:SAID_BY]->(${s}:Entity) RETURN ${s} })] AS ${said} ` +
        `UNWIND reduce(${acc} = [], ${s} IN ${said} | CASE WHEN ${s} IS NULL OR ${s} IN ${acc} THEN ${acc} ELSE ${acc} + [${s}] END) AS ${sp} ` +
        `WITH ${sp}, size([${s} IN ${said} WHERE ${s} = ${sp}]) AS ${n} ORDER BY ${n} DESC, ${sp}.id ` +
        `WITH {speaker: ${sp}, count: ${n}} AS ${row} RETURN ${project(row)} }`
      );
    },
  };
}

export const changeTypes: TypeMetas = {
  GraphChange: {
    fields: {
      action: mapKey('action'),
      kind: mapKey('kind'),
      id: mapKey('id'),
      at: mapKey('at'),
      by: mapKey('by'),
      node: { kind: 'object', bind: (v) => `${v}.node` },
      relation: { kind: 'object', bind: (v) => `${v}.rel` },
      link: { kind: 'object', bind: (v) => `${v}.link` },
    },
  },
  TimelineItem: {
    fields: {
      kind: mapKey('kind'),
      dated: mapKey('dated'),
      date: mapKey('date'),
      until: mapKey('until'),
      approximate: mapKey('approximate'),
      dateAsGiven: mapKey('asGiven'),
      precision: { kind: 'scalar', expr: (v) => `CASE size(${v}.date) WHEN 4 THEN 'YEAR' WHEN 7 THEN 'MONTH' WHEN 10 THEN 'DAY' END` },
      node: { kind: 'object', bind: (v) => `${v}.node` },
      relation: { kind: 'object', bind: (v) => `${v}.rel` },
      link: { kind: 'object', bind: (v) => `${v}.link` },
      evidence: itemEvidence,
    },
  },
  ContradictionTimeline: {
    fields: {
      bucket: mapKey('bucket'),
      buckets: { kind: 'list', items: (v, _a, c, project) => listOf(`${v}.buckets`, c, project) },
      undated: { kind: 'object', bind: (v) => `${v}.undated` },
    },
  },
  /** A bucket is the map {dated, start, end, claimsMade, pairs}; pairs are contradictions ({a, r, b}). */
  ContradictionBucket: {
    fields: {
      dated: mapKey('dated'),
      start: mapKey('start'),
      end: mapKey('end'),
      claimsMade: mapKey('claimsMade'),
      contradictionsOpened: { kind: 'scalar', expr: (v) => `size(${v}.pairs)` },
      contradictions: { kind: 'list', items: (v, _a, c, project) => listOf(`${v}.pairs`, c, project) },
      claimSpeakers: sideSpeakers('a'),
      contradictingClaimSpeakers: sideSpeakers('b'),
    },
  },
  SpeakerCount: { fields: { speaker: { kind: 'object', bind: (v) => `${v}.speaker` }, count: mapKey('count') } },
  TimelineEdge: timeline.TimelineEdge!,
  TimelineConnection: { fields: { ...timeline.TimelineConnection!.fields, undatedCount: mapKey('undated') } },
};
