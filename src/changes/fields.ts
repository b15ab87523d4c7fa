// How GraphChange and the timeline (schema/changes.graphql) read: a change is the map one row of
// changes/on-track gives, a timeline item the map one row of changes/timeline gives.
import { mapKey, type FieldMeta, type TypeMetas } from '../read/types.js';
import { connectionTypes } from '../read/connection.js';
import { firstParam } from '../read/cypher-snippets.js';

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
      evidence: itemEvidence,
    },
  },
  TimelineEdge: timeline.TimelineEdge!,
  TimelineConnection: { fields: { ...timeline.TimelineConnection!.fields, undatedCount: mapKey('undated') } },
};
