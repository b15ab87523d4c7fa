// Cypher snippets the compiled read model shares: relation validity, entity lookup, bounded lists. ("Fragment"
// means a GraphQL fragment only; a `__X__` placeholder of a .cypher file is a fill.)
// Everything spliced here is an allow-listed type or label, or a parameter reference from the scope.
import type { CypherScope, FieldMeta } from './types.js';
import { relationTypes, validity } from '../domain/args.js';
import { READ_LIMITS, within } from './limits.js';
import { evidenceFilter, evidenceHolds, undatedCountsAt, undatedRelation, type UndatedRule } from './evidence-snippets.js';
import { claimLinkType, entityLabel, relTypeAlternation, type ClaimLinkType, type EntityKind } from '../domain/vocabulary.js';

/** `first` of a nested list (READ_LIMITS.nestedList), validated (BAD_USER_INPUT names the argument), as a parameter. */
export function firstParam(c: CypherScope, first: unknown): string {
  return c.param(within(first, READ_LIMITS.nestedList, 'first'));
}

/**
 * Relation `r` valid at `asOf` (an ISO date) or, without it, today and not ended. Dates are ISO strings
 * of any precision, so string comparison orders them. Status ENDED without a validTo (a source says it
 * ended, no date) cannot be placed in time: it counts today, not at an `asOf`. A relation with no dates
 * counts at an `asOf` as `undated` says (from the date a claim first said it, by default), and today
 * unless `undated` is EXCLUDE.
 */
export function validAt(r: string, asOf: unknown, undated: UndatedRule, c: CypherScope): string {
  const valid = validity(asOf as string | null | undefined, c.today);
  const at = c.param(valid.at);
  const period = `(${r}.validFrom IS NULL OR ${r}.validFrom <= ${at}) AND (${r}.validTo IS NULL OR ${r}.validTo > ${at})`;
  if (valid.asOf === null) {
    const current = `${period} AND (${r}.validTo IS NOT NULL OR coalesce(${r}.status, 'ACTIVE') <> 'ENDED')`;
    return undated === 'EXCLUDE' ? `${current} AND NOT ${undatedRelation(r)}` : current;
  }
  return undated === 'ALWAYS' ? period : `${period} AND (NOT ${undatedRelation(r)} OR ${undatedCountsAt(r, at, undated, c)})`;
}

/** Arguments every field that lists or traverses relations takes. */
export interface RelationFilter {
  asOf?: unknown;
  includeRetracted?: unknown;
  /** The EvidenceFilter input (src/read/evidence-snippets.ts). */
  evidence?: unknown;
}

/**
 * Relation `r` as answers list it: a period of its own (not part of another record's period, see
 * src/domain/periods.ts), valid at `asOf` (or now), and resting on evidence the filter accepts: by default
 * at least one unretracted claim, so that a relation whose every claim was retracted drops out as those
 * claims do (with `includeRetracted`, any claim).
 */
export function relationListed(r: string, args: RelationFilter, c: CypherScope): string {
  const filter = evidenceFilter(args.evidence);
  const listed = `${r}.absorbedInto IS NULL AND ${validAt(r, args.asOf, filter.undated, c)}`;
  const evidence = evidenceHolds(r, filter, args.includeRetracted === true, c);
  return evidence === null ? listed : `${listed} AND ${evidence}`;
}

/** Relation.status: ENDED once its validTo has passed, or when a source says it ended without a date. */
export function relationStatus(r: string, c: CypherScope): string {
  const today = c.param(c.today);
  return `CASE WHEN ${r}.validTo IS NOT NULL THEN CASE WHEN ${r}.validTo <= ${today} THEN 'ENDED' ELSE 'ACTIVE' END ELSE coalesce(${r}.status, 'ACTIVE') END`;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** `(v)-[r:TYPES]->(m:Entity)` in the given direction, types from the allow-list (all when none given). */
export function relationPattern(v: string, r: string, m: string, direction: Direction, types: unknown): string {
  const alternation = relTypeAlternation(relationTypes(types as string[] | null | undefined));
  const rel = `[${r}:${alternation}]`;
  if (direction === 'OUT') return `(${v})-${rel}->(${m}:Entity)`;
  if (direction === 'IN') return `(${v})<-${rel}-(${m}:Entity)`;
  return `(${v})-${rel}-(${m}:Entity)`;
}

/**
 * The entity (of `label`, an allow-listed entity label) with the id `id` (a parameter or a variable), or the
 * survivor an id merged away now names; null when none. The one way every read resolves an entity id.
 */
export function entityById(id: string, c: CypherScope, label: EntityKind | 'Entity' = 'Entity'): string {
  const n = c.fresh('n');
  const l = entityLabel(label);
  return `head(COLLECT { MATCH (${n}:${l} {id: ${id}}) RETURN ${n} UNION MATCH (:MergedId {id: ${id}})-[:INTO]->(${n}:${l}) RETURN ${n} })`;
}

/**
 * `CALL (vars) { CALL (vars) { <query> } RETURN collect(item) AS as }`: the rows of a query run from bound variables,
 * collected inside the outer call, so that no rows still give one row (an empty list) and the outer row survives.
 */
export function collectedFrom(vars: string, query: string, item: string, as: string): string {
  return `CALL (${vars}) {\n  CALL (${vars}) {\n${query}\n  }\n  RETURN collect(${item}) AS ${as}\n}`;
}

/**
 * The claims a relation cites as evidence (unretracted ones unless `includeRetracted`), in citation order, at most `limit`;
 * `filter` adds conditions on the claim variable (attribution filters).
 */
export function evidenceOf(
  r: string,
  limit: string,
  c: CypherScope,
  project: (w: string) => string,
  includeRetracted = false,
  filter: (claim: string) => string[] = () => [],
): string {
  const id = c.fresh('eid');
  const claim = c.fresh('ev');
  const conditions = [...(includeRetracted ? [] : [`${claim}.retractedAt IS NULL`]), ...filter(claim)];
  const live = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  return (
    `COLLECT { UNWIND coalesce(${r}.evidence, []) AS ${id} MATCH (${claim}:Claim {id: ${id}})${live} ` +
    `WITH ${claim} LIMIT ${limit} RETURN ${project(claim)} }`
  );
}

/** Relation.evidence and RoutedTrack.evidence: the relation's evidence, bounded by `first`, retracted claims on request. */
export const relationEvidence: FieldMeta = {
  kind: 'list',
  items: (r, args, c, project) => evidenceOf(r, firstParam(c, args.first), c, project, args.includeRetracted === true),
};

/** Unretracted claims linked to `v` by `(claim)-[:LINK]->(v)` (LINK from the claim-link allow-list), by id, bounded. */
export function claimsLinkedBy(link: ClaimLinkType): FieldMeta {
  const type = claimLinkType(link);
  return {
    kind: 'list',
    items(v, args, c, project) {
      const claim = c.fresh('c');
      const limit = firstParam(c, args.first);
      return (
        `COLLECT { MATCH (${v})<-[:${type}]-(${claim}:Claim) WHERE ${claim}.retractedAt IS NULL ` +
        `WITH ${claim} ORDER BY ${claim}.id LIMIT ${limit} RETURN ${project(claim)} }`
      );
    },
  };
}

/** How many unretracted claims claimsLinkedBy(link) would list without `first`. */
export function claimCountLinkedBy(link: ClaimLinkType): FieldMeta {
  const type = claimLinkType(link);
  return {
    kind: 'scalar',
    expr(v, _args, c) {
      const claim = c.fresh('c');
      return `COUNT { MATCH (${v})<-[:${type}]-(${claim}:Claim) WHERE ${claim}.retractedAt IS NULL }`;
    },
  };
}
