// The fixed vocabulary of entity relations: the only relationship types any query may splice into Cypher.
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

/** Relations that tie a person to an institution (Person.institutions). */
export const AFFILIATION_TYPES: RelationType[] = ['HOLDS_ROLE_IN', 'HEADS'];

export function isRelationType(value: string): value is RelationType {
  return Object.prototype.hasOwnProperty.call(RELATION_RULES, value);
}

/** A Cypher relationship-type alternation (`A|B|C`) built only from the allow-list. */
export function relTypeAlternation(types: readonly string[]): string {
  const safe = types.filter(isRelationType);
  if (safe.length === 0) throw new Error('relTypeAlternation: no allow-listed relation type');
  return safe.join('|');
}

/** Id prefix of each node kind, e.g. `person:witkoff`. */
export const ID_PREFIXES = {
  person: 'Person',
  institution: 'Institution',
  track: 'PolicyTrack',
  event: 'Event',
  claim: 'Claim',
  source: 'Source',
} as const;

/** `<kind>:<slug>`; a slug is lower-case letters of any script, digits, `.`, `_`, `-` (e.g. person:андрій-сибіга). */
export const SLUG = String.raw`[\p{Ll}\p{Lo}\p{Nd}][\p{Ll}\p{Lo}\p{Nd}._-]{0,119}`;
/** The id prefix of each entity kind. */
export const PREFIX_OF: Record<EntityKind, string> = { Person: 'person', Institution: 'institution', PolicyTrack: 'track', Event: 'event' };

const ID_PATTERN = new RegExp(`^(person|institution|track|event|claim|source):${SLUG}$`, 'u');

export function isWellFormedId(id: string): boolean {
  return ID_PATTERN.test(id);
}
