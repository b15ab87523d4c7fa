// The fixed vocabulary of the graph: entity kinds, entity relations, claim links and bookkeeping links, the
// only relationship types any query may splice into Cypher. The single source: the SDL enum RelationType,
// the per-type indexes of cypher/schema/constraints.cypher, the document JSON schema and every Cypher file
// are checked against it (test/domain/vocabulary.test.ts).
export const ENTITY_KINDS = ['Person', 'Institution', 'PolicyTrack', 'Event'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

interface RelationRule {
  from: readonly EntityKind[];
  to: readonly EntityKind[];
}

export const RELATION_RULES = {
  HOLDS_ROLE_IN: { from: ['Person'], to: ['Institution'] },
  HEADS: { from: ['Person'], to: ['Institution'] },
  ROUTED_THROUGH: { from: ['PolicyTrack'], to: ['Person'] },
  POINT_MAN_FOR: { from: ['Person'], to: ['Person'] },
  INFLUENCES: { from: ['Person', 'Institution'], to: ['Person'] },
  BACKS: { from: ['Person'], to: ['Person'] },
  UNDERMINES: { from: ['Person', 'Institution'], to: ['Person'] },
  RIVALS: { from: ['Person'], to: ['Person'] },
  HAS_TIES_TO: { from: ['Person'], to: ['Institution', 'Person'] },
  DEPENDS_ON: { from: ['Person'], to: ['Institution', 'Person'] },
  PARTICIPATED_IN: { from: ['Person', 'Institution'], to: ['Event'] },
  ABSENT_FROM: { from: ['Person'], to: ['Event'] },
  MEDIATES: { from: ['Person', 'Institution'], to: ['PolicyTrack'] },
  INVOLVED_IN: { from: ['Person', 'Institution'], to: ['PolicyTrack'] },
  PART_OF: { from: ['Event'], to: ['PolicyTrack'] },
} as const satisfies Record<string, RelationRule>;

export type RelationType = keyof typeof RELATION_RULES;
export const RELATION_TYPES = Object.keys(RELATION_RULES) as RelationType[];

/**
 * Links of a claim, `(:Claim)-[:TYPE]->(...)`: who said it, who relays it, what it is about, where it
 * appears, and the claims it contradicts or supports. Claims, not entities, are their start.
 */
export const CLAIM_LINK_RULES = {
  SAID_BY: { from: ['Claim'], to: ['Entity'] },
  ATTRIBUTED_BY: { from: ['Claim'], to: ['Entity'] },
  ABOUT: { from: ['Claim'], to: ['Entity'] },
  APPEARS_IN: { from: ['Claim'], to: ['Source'] },
  CONTRADICTS: { from: ['Claim'], to: ['Claim'] },
  SUPPORTS: { from: ['Claim'], to: ['Claim'] },
} as const;

export type ClaimLinkType = keyof typeof CLAIM_LINK_RULES;
export const CLAIM_LINK_TYPES = Object.keys(CLAIM_LINK_RULES) as ClaimLinkType[];
/** Claim-to-claim links, the ones a curator adds with linkClaims (SDL enum ClaimLinkKind). */
export const CLAIM_TO_CLAIM_TYPES = ['CONTRADICTS', 'SUPPORTS'] as const satisfies readonly ClaimLinkType[];

/**
 * Source links and bookkeeping: a source's publisher (the last link of its claims' attribution chains), whose
 * analysis a source relays (a write-up of an analyst's work), and the redirect from an id merged away to its survivor.
 */
export const BOOKKEEPING_RULES = {
  PUBLISHED_BY: { from: ['Source'], to: ['Institution'] },
  RELAYS: { from: ['Source'], to: ['Entity'] },
  INTO: { from: ['MergedId'], to: ['Entity'] },
} as const;

/** Every relationship type the graph may hold: relations, claim links and bookkeeping links. */
export const RELATIONSHIP_TYPES: readonly string[] = [...RELATION_TYPES, ...CLAIM_LINK_TYPES, ...Object.keys(BOOKKEEPING_RULES)];

export function isClaimLinkType(value: string): value is ClaimLinkType {
  return Object.prototype.hasOwnProperty.call(CLAIM_LINK_RULES, value);
}

/** A claim-link type to splice into Cypher, checked against the allow-list. */
export function claimLinkType(value: ClaimLinkType): ClaimLinkType {
  if (!isClaimLinkType(value)) throw new Error(`claimLinkType: ${String(value)} is not an allow-listed claim link`);
  return value;
}

/** Relations that tie a person to an institution (Person.institutions). */
export const AFFILIATION_TYPES: RelationType[] = ['HOLDS_ROLE_IN', 'HEADS'];

/** An entity label to splice into Cypher (`Entity` or one kind), checked against the allow-list. */
export function entityLabel(value: EntityKind | 'Entity'): EntityKind | 'Entity' {
  if (value !== 'Entity' && !(ENTITY_KINDS as readonly string[]).includes(value))
    throw new Error(`entityLabel: ${String(value)} is not an entity label`);
  return value;
}

export function isRelationType(value: string): value is RelationType {
  return Object.prototype.hasOwnProperty.call(RELATION_RULES, value);
}

/** A Cypher relationship-type alternation (`A|B|C`) built only from the allow-list. */
export function relTypeAlternation(types: readonly string[]): string {
  const safe = types.filter(isRelationType);
  if (safe.length === 0) throw new Error('relTypeAlternation: no allow-listed relation type');
  return safe.join('|');
}
