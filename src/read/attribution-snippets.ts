// Attribution chains in the compiled reads: Claim.attribution, and the filters by chain (firstHand, attributedTo,
// publisher, relaysAnalysisOf) that claims(filter:), Entity.claimsMade and Relation.evidence share.
import type { CypherScope } from './types.js';
import { requireEntityId } from '../domain/args.js';
import { entityById } from './cypher-snippets.js';

/** The attribution filters, as the SDL's ClaimFilter and field arguments name them. */
export interface AttributionFilter {
  firstHand?: boolean | null;
  attributedTo?: string | null;
  publisher?: string | null;
  relaysAnalysisOf?: string | null;
}

/** Whether any attribution filter is set. */
export function filtersAttribution(filter: AttributionFilter): boolean {
  return typeof filter.firstHand === 'boolean' || !!filter.attributedTo || !!filter.publisher || !!filter.relaysAnalysisOf;
}

/**
 * Conditions on claim `n` for the attribution filters. Entity ids are validated (BAD_USER_INPUT names
 * `argument(key)`) and resolved like every entity id (an id merged away names its survivor) by `entity`,
 * which gives an expression for the entity: inline by default, a variable bound once when the caller can.
 */
export function attributionConditions(
  n: string,
  filter: AttributionFilter,
  c: CypherScope,
  argument: (key: keyof AttributionFilter) => string,
  entity: (idParam: string) => string = (id) => entityById(id, c),
): string[] {
  const where: string[] = [];
  const resolved = (key: 'attributedTo' | 'publisher' | 'relaysAnalysisOf') =>
    entity(c.param(requireEntityId(String(filter[key]), argument(key))));
  // First hand: the speaker's own words in the source, relayed or reported by no one (the publisher is no relay).
  if (typeof filter.firstHand === 'boolean') {
    where.push(`${filter.firstHand ? 'NOT ' : ''}EXISTS { (${n})-[:ATTRIBUTED_BY]->(:Entity) }`);
  }
  if (filter.attributedTo) {
    const x = c.fresh('x');
    where.push(`EXISTS { MATCH (${n})-[:ATTRIBUTED_BY]->(${x}:Entity) WHERE ${x} = ${resolved('attributedTo')} }`);
  }
  if (filter.publisher) {
    const x = c.fresh('x');
    where.push(`EXISTS { MATCH (${n})-[:APPEARS_IN]->(:Source)-[:PUBLISHED_BY]->(${x}:Entity) WHERE ${x} = ${resolved('publisher')} }`);
  }
  if (filter.relaysAnalysisOf) {
    // The analyst's own claims, or the outlet's paraphrase: ANALYSIS said by the publisher of a source that relays the analyst.
    const [e, x, s] = [c.fresh('a'), c.fresh('x'), c.fresh('s')];
    const analyst = resolved('relaysAnalysisOf');
    where.push(
      `(EXISTS { MATCH (${n})-[:SAID_BY]->(${x}:Entity) WHERE ${x} = ${analyst} } OR ` +
        `(${n}.kind = 'ANALYSIS' AND EXISTS { MATCH (${n})-[:APPEARS_IN]->(${s}:Source)-[:RELAYS]->(${e}:Entity) ` +
        `WHERE ${e} = ${analyst} AND EXISTS { (${s})-[:PUBLISHED_BY]->(:Entity)<-[:SAID_BY]-(${n}) } }))`,
    );
  }
  return where;
}

/**
 * Claim.attribution: the chain outward from the speaker as maps {position, role, entity, name, source}. Position 0
 * is the SPEAKER; then the ATTRIBUTED_BY links by their position (links stored without one, before chains
 * existed, by entity id, as RELAYED_BY); last PUBLISHED_BY, the source's publisher entity, or its publisher name
 * alone when it has no entity.
 */
export function attributionChain(v: string, c: CypherScope): string {
  const [s, p, e, a, links, i] = [c.fresh('s'), c.fresh('p'), c.fresh('e'), c.fresh('a'), c.fresh('links'), c.fresh('i')];
  const speaker = `[(${v})-[:SAID_BY]->(${e}:Entity) | {role: 'SPEAKER', entity: ${e}, name: ${e}.name}]`;
  const relays =
    `COLLECT { MATCH (${v})-[${a}:ATTRIBUTED_BY]->(${e}:Entity) WITH ${a}, ${e} ORDER BY ${a}.position, ${e}.id ` +
    `RETURN {role: coalesce(${a}.role, 'RELAYED_BY'), entity: ${e}, name: ${e}.name} }`;
  const publisher =
    `CASE WHEN ${p} IS NULL AND ${s}.publisher IS NULL THEN [] ` +
    `ELSE [{role: 'PUBLISHED_BY', entity: ${p}, name: coalesce(${p}.name, ${s}.publisher)}] END`;
  return (
    `coalesce(head(COLLECT { MATCH (${v})-[:APPEARS_IN]->(${s}:Source) ` +
    `WITH ${s}, head([(${s})-[:PUBLISHED_BY]->(${p}:Entity) | ${p}]) AS ${p} ` +
    `WITH ${s}, ${speaker} + ${relays} + ${publisher} AS ${links} ` +
    `RETURN [${i} IN range(0, size(${links}) - 1) | ` +
    `{position: ${i}, role: ${links}[${i}].role, entity: ${links}[${i}].entity, name: ${links}[${i}].name, source: ${s}}] }), [])`
  );
}
