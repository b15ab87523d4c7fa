// How claims, sources, retractions and contradictions (schema/claims.graphql) read from the graph.
import type { FieldMeta, TypeMetas } from '../read/types.js';
import { connectionTypes } from '../read/connection.js';
import { claimCountLinkedBy, claimsLinkedBy } from '../read/cypher-snippets.js';
import { claimDate, claimDateBasis } from '../read/claim-date.js';
import { claimSupport } from '../read/support.js';
import { claimLinkType, type ClaimLinkType } from '../domain/vocabulary.js';
import { attributionChain } from '../read/attribution-snippets.js';
import { claimLinks, claimLinkType as claimLinkMeta, provenanceFields } from './links.js';

/** Entities a claim links to through `link`, by id. */
function linkedEntities(link: ClaimLinkType): FieldMeta {
  const type = claimLinkType(link);
  return {
    kind: 'list',
    items(v, _args, c, project) {
      const e = c.fresh('e');
      return `COLLECT { MATCH (${v})-[:${type}]->(${e}:Entity) WITH DISTINCT ${e} ORDER BY ${e}.id RETURN ${project(e)} }`;
    },
  };
}

/** Unretracted claims linked through `pattern` (with `o` the other claim), by id. */
function linkedClaims(pattern: (v: string, o: string) => string): FieldMeta {
  return {
    kind: 'list',
    items(v, _args, c, project) {
      const o = c.fresh('o');
      return `COLLECT { MATCH ${pattern(v, o)} WHERE ${o}.retractedAt IS NULL WITH DISTINCT ${o} ORDER BY ${o}.id RETURN ${project(o)} }`;
    },
  };
}

export const claimTypes: TypeMetas = {
  Claim: {
    label: 'Claim',
    fields: {
      speaker: {
        kind: 'object',
        bind: (v, _a, c) => {
          const s = c.fresh('s');
          return `[(${v})-[:SAID_BY]->(${s}:Entity) | ${s}][0]`;
        },
      },
      source: {
        kind: 'object',
        bind: (v, _a, c) => {
          const s = c.fresh('s');
          return `[(${v})-[:APPEARS_IN]->(${s}:Source) | ${s}][0]`;
        },
      },
      // In chain order (links stored before chains existed: by id).
      attributedTo: {
        kind: 'list',
        items(v, _args, c, project) {
          const [a, e] = [c.fresh('a'), c.fresh('e')];
          return `COLLECT { MATCH (${v})-[${a}:ATTRIBUTED_BY]->(${e}:Entity) WITH ${a}, ${e} ORDER BY ${a}.position, ${e}.id RETURN ${project(e)} }`;
        },
      },
      attribution: {
        kind: 'list',
        items(v, _args, c, project) {
          const link = c.fresh('link');
          return `[${link} IN ${attributionChain(v, c)} | ${project(link)}]`;
        },
      },
      about: linkedEntities('ABOUT'),
      // A contradiction is mutual: read in both directions.
      contradicts: linkedClaims((v, o) => `(${v})-[:CONTRADICTS]-(${o}:Claim)`),
      supports: linkedClaims((v, o) => `(${v})-[:SUPPORTS]->(${o}:Claim)`),
      supportedBy: linkedClaims((v, o) => `(${v})<-[:SUPPORTS]-(${o}:Claim)`),
      links: claimLinks,
      date: { kind: 'scalar', expr: (v, _a, c) => claimDate(v, c) },
      dateBasis: { kind: 'scalar', expr: (v, _a, c) => claimDateBasis(v, c) },
      support: claimSupport,
      retraction: { kind: 'object', bind: (v) => v, when: (x) => `${x}.retractedAt IS NOT NULL` },
      span: { kind: 'object', bind: (v) => `{start: ${v}.spanStart, end: ${v}.spanEnd}`, when: (x) => `${x}.start IS NOT NULL` },
      sentence: {
        kind: 'scalar',
        expr(v, _a, c) {
          const s = c.fresh('s');
          return (
            `CASE WHEN ${v}.spanStart IS NULL THEN null ELSE [(${v})-[:APPEARS_IN]->(${s}:Source) WHERE ${s}.text IS NOT NULL | ` +
            `substring(${s}.text, ${v}.spanStart, ${v}.spanEnd - ${v}.spanStart)][0] END`
          );
        },
      },
    },
  },
  Retraction: {
    fields: {
      by: { kind: 'scalar', expr: (v) => `coalesce(${v}.retractedBy, 'unknown')` },
      at: { kind: 'scalar', expr: (v) => `toString(${v}.retractedAt)` },
      reason: { kind: 'scalar', expr: (v) => `coalesce(${v}.retractionReason, '')` },
    },
  },
  Source: {
    label: 'Source',
    fields: {
      title: { kind: 'scalar', expr: (v) => `coalesce(${v}.title, ${v}.id)` },
      claims: claimsLinkedBy('APPEARS_IN'),
      claimCount: claimCountLinkedBy('APPEARS_IN'),
      reliability: {
        kind: 'scalar',
        expr(v, _a, c) {
          const p = c.fresh('pub');
          return `coalesce(${v}.reliability, head([(${v})-[:PUBLISHED_BY]->(${p}:Entity) WHERE ${p}.reliability IS NOT NULL | ${p}.reliability]))`;
        },
      },
      publishedBy: {
        kind: 'object',
        bind: (v, _a, c) => {
          const p = c.fresh('p');
          return `[(${v})-[:PUBLISHED_BY]->(${p}:Institution) | ${p}][0]`;
        },
      },
      relays: {
        kind: 'list',
        items(v, _args, c, project) {
          const e = c.fresh('e');
          return `COLLECT { MATCH (${v})-[:RELAYS]->(${e}:Entity) WITH ${e} ORDER BY ${e}.id RETURN ${project(e)} }`;
        },
      },
    },
  },
  /** A map {position, role, entity, name, source} of Claim.attribution; entity is null for a publisher known by name only. */
  AttributionLink: {
    fields: {
      entity: { kind: 'object', bind: (v) => `${v}.entity` },
      source: { kind: 'object', bind: (v) => `${v}.source` },
    },
  },
  ClaimLink: claimLinkMeta,
  /** A contradiction is the map {a, b, r} of its two claims and the CONTRADICTS link from a to b. */
  Contradiction: {
    fields: {
      ...provenanceFields,
      claim: { kind: 'object', bind: (v) => `${v}.a` },
      contradictingClaim: { kind: 'object', bind: (v) => `${v}.b` },
      sharedTracks: {
        kind: 'list',
        items(v, _args, c, project) {
          const [a, b, t] = [c.fresh('a'), c.fresh('b'), c.fresh('t')];
          return (
            `COLLECT { WITH ${v}.a AS ${a}, ${v}.b AS ${b} MATCH (${a})-[:ABOUT]->(${t}:PolicyTrack)<-[:ABOUT]-(${b}) ` +
            `WITH DISTINCT ${t} ORDER BY ${t}.id RETURN ${project(t)} }`
          );
        },
      },
    },
  },
  ...connectionTypes('ClaimConnection', 'ClaimEdge'),
  ...connectionTypes('ContradictionConnection', 'ContradictionEdge'),
};
