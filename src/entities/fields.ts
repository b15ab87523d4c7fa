// How the entity types and relations of the SDL (schema/entities.graphql) read from the graph.
import type { CypherScope, FieldMeta, TypeMeta, TypeMetas } from '../read/types.js';
import {
  claimCountLinkedBy,
  claimsLinkedBy,
  firstParam,
  evidenceOf,
  relationListed,
  relationPattern,
  relationStatus,
  type Direction,
} from '../read/cypher-snippets.js';
import { AFFILIATION_TYPES, relTypeAlternation, type EntityKind } from '../domain/vocabulary.js';
import { undatedRelation } from '../read/evidence-snippets.js';
import { claimDate } from '../read/claim-date.js';
import { relationSupport } from '../read/support.js';
import { attributionConditions, type AttributionFilter } from '../read/attribution-snippets.js';
import { relationPageTypes, relationsPage } from './relations-page.js';
import { claimsMadePage } from './claims-page.js';

/** An entity's relations: matched by typed expansion, filtered (validity, evidence), ordered, bounded. */
const relations: FieldMeta = {
  kind: 'list',
  items(v, args, c, project) {
    const r = c.fresh('r');
    const m = c.fresh('m');
    const pattern = relationPattern(v, r, m, (args.direction ?? 'BOTH') as Direction, args.types);
    const limit = firstParam(c, args.first);
    const order = `type(${r}), startNode(${r}).id, endNode(${r}).id, ${r}.validFrom, ${r}.id`;
    return `COLLECT { MATCH ${pattern} WHERE ${relationListed(r, args, c)} WITH ${r} ORDER BY ${order} LIMIT ${limit} RETURN ${project(r)} }`;
  },
};

const relationCount: FieldMeta = {
  kind: 'scalar',
  expr(v, args, c) {
    const r = c.fresh('r');
    const m = c.fresh('m');
    const pattern = relationPattern(v, r, m, (args.direction ?? 'BOTH') as Direction, args.types);
    return `COUNT { MATCH ${pattern} WHERE ${relationListed(r, args, c)} }`;
  },
};

/** Conditions of the attribution arguments (claimsMade, claimsMadeCount, Relation.evidence) on claim `claim`. */
const attributionArgs = (claim: string, args: AttributionFilter, c: CypherScope) => attributionConditions(claim, args, c, (key) => key);

/** Unretracted claims the entity said, filtered by attribution, by id, bounded. */
const claimsMade: FieldMeta = {
  kind: 'list',
  items(v, args, c, project) {
    const claim = c.fresh('c');
    const limit = firstParam(c, args.first);
    const where = [`${claim}.retractedAt IS NULL`, ...attributionArgs(claim, args, c)].join(' AND ');
    return `COLLECT { MATCH (${v})<-[:SAID_BY]-(${claim}:Claim) WHERE ${where} WITH ${claim} ORDER BY ${claim}.id LIMIT ${limit} RETURN ${project(claim)} }`;
  },
};

const claimsMadeCount: FieldMeta = {
  kind: 'scalar',
  expr(v, args, c) {
    const claim = c.fresh('c');
    const where = [`${claim}.retractedAt IS NULL`, ...attributionArgs(claim, args, c)].join(' AND ');
    return `COUNT { MATCH (${v})<-[:SAID_BY]-(${claim}:Claim) WHERE ${where} }`;
  },
};

/** Relation.evidence: its claims in citation order, bounded, retracted ones on request, filtered by attribution. */
const relationEvidence: FieldMeta = {
  kind: 'list',
  items: (r, args, c, project) =>
    evidenceOf(r, firstParam(c, args.first), c, project, args.includeRetracted === true, (claim) => attributionArgs(claim, args, c)),
};

const entityFields: Record<string, FieldMeta> = {
  aliases: { kind: 'scalar', expr: (v) => `coalesce(${v}.aliases, [])` },
  relations,
  relationCount,
  claimsMade,
  claimsMadePage,
  claimsMadeCount,
  claimsAbout: claimsLinkedBy('ABOUT'),
  claimsAboutCount: claimCountLinkedBy('ABOUT'),
};

const institutions: FieldMeta = {
  kind: 'list',
  items(v, args, c, project) {
    const r = c.fresh('r');
    const i = c.fresh('i');
    return (
      `COLLECT { MATCH (${v})-[${r}:${relTypeAlternation(AFFILIATION_TYPES)}]->(${i}:Institution) WHERE ${relationListed(r, args, c)} ` +
      `WITH DISTINCT ${i} ORDER BY ${i}.name, ${i}.id RETURN ${project(i)} }`
    );
  },
};

/** The person's roles at institutions (HOLDS_ROLE_IN, HEADS), by institution, then period. */
const affiliations: FieldMeta = {
  kind: 'list',
  items(v, args, c, project) {
    const r = c.fresh('r');
    const i = c.fresh('i');
    const limit = firstParam(c, args.first);
    const order = `${i}.name, ${i}.id, type(${r}), ${r}.role, ${r}.validFrom, ${r}.id`;
    return (
      `COLLECT { MATCH (${v})-[${r}:${relTypeAlternation(AFFILIATION_TYPES)}]->(${i}:Institution) WHERE ${relationListed(r, args, c)} ` +
      `WITH ${r}, ${i} ORDER BY ${order} LIMIT ${limit} RETURN ${project(r)} }`
    );
  },
};

const routedThrough: FieldMeta = {
  kind: 'list',
  items(v, args, c, project) {
    const r = c.fresh('r');
    const p = c.fresh('p');
    const limit = firstParam(c, args.first);
    return (
      `COLLECT { MATCH (${v})-[${r}:ROUTED_THROUGH]->(${p}:Person) WHERE ${relationListed(r, args, c)} ` +
      `WITH ${r}, ${p} ORDER BY ${p}.name, ${p}.id, ${r}.validFrom, ${r}.id LIMIT ${limit} RETURN ${project(r)} }`
    );
  },
};

const entity = (label: EntityKind, extra: Record<string, FieldMeta> = {}): TypeMeta => ({
  label,
  fields: { ...entityFields, relationsPage: relationsPage(label), ...extra },
});

export const entityTypes: TypeMetas = {
  ...relationPageTypes,
  Person: entity('Person', { institutions, affiliations }),
  Institution: entity('Institution'),
  PolicyTrack: entity('PolicyTrack', { routedThrough }),
  Event: entity('Event'),
  Relation: {
    fields: {
      id: {
        kind: 'scalar',
        expr: (r) => `coalesce(${r}.id, 'rel:' + toLower(type(${r})) + ':' + startNode(${r}).id + ':' + endNode(${r}).id)`,
      },
      type: { kind: 'scalar', expr: (r) => `type(${r})` },
      status: { kind: 'scalar', expr: (r, _args, c) => relationStatus(r, c) },
      from: { kind: 'object', bind: (r) => `startNode(${r})` },
      to: { kind: 'object', bind: (r) => `endNode(${r})` },
      evidence: relationEvidence,
      support: relationSupport,
      dated: { kind: 'scalar', expr: (r) => `NOT ${undatedRelation(r)}` },
      knownFrom: {
        kind: 'scalar',
        expr(r, _args, c) {
          const [id, ev, d] = [c.fresh('eid'), c.fresh('ev'), c.fresh('d')];
          return (
            `head(COLLECT { UNWIND coalesce(${r}.evidence, []) AS ${id} MATCH (${ev}:Claim {id: ${id}}) WHERE ${ev}.retractedAt IS NULL ` +
            `WITH ${claimDate(ev, c)} AS ${d} WHERE ${d} IS NOT NULL RETURN ${d} ORDER BY ${d} LIMIT 1 })`
          );
        },
      },
    },
  },
};
