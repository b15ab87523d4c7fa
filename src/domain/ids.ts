// Ids of the graph: readable slugs with a kind prefix (`person:witkoff`, `claim:espreso-…`). One table of
// prefixes, from which every id pattern (arguments, documents, the JSON schema) and prefix list is derived.
import { ENTITY_KINDS, type EntityKind } from './vocabulary.js';

/** The id prefix of each node kind, and the label its nodes carry. */
export const ID_PREFIXES = {
  person: 'Person',
  institution: 'Institution',
  track: 'PolicyTrack',
  event: 'Event',
  claim: 'Claim',
  source: 'Source',
} as const;

/** The kind an id names by its prefix: `person`, `institution`, `track`, `event`, `claim` or `source`. */
export type IdKind = keyof typeof ID_PREFIXES;
export const ID_KINDS = Object.keys(ID_PREFIXES) as IdKind[];

/** The id prefixes of entities (person:, institution:, track:, event:), in table order. */
export const ENTITY_ID_KINDS: readonly IdKind[] = ID_KINDS.filter((k) => (ENTITY_KINDS as readonly string[]).includes(ID_PREFIXES[k]));

/** The id prefix of each entity kind. */
export const PREFIX_OF = Object.fromEntries(ENTITY_ID_KINDS.map((k) => [ID_PREFIXES[k], k])) as Record<EntityKind, IdKind>;

/** A slug is lower-case letters of any script, digits, `.`, `_`, `-` (e.g. person:андрій-сибіга). */
export const SLUG = String.raw`[\p{Ll}\p{Lo}\p{Nd}][\p{Ll}\p{Lo}\p{Nd}._-]{0,119}`;

/** `^(k1|k2…):<slug>$`: an id of one of `kinds` (every kind by default). */
export function idPattern(kinds: readonly IdKind[] = ID_KINDS): RegExp {
  const prefix = kinds.length === 1 ? kinds[0]! : `(${kinds.join('|')})`;
  return new RegExp(`^${prefix}:${SLUG}$`, 'u');
}

const ANY_ID = idPattern();

export function isWellFormedId(id: string): boolean {
  return ANY_ID.test(id);
}

/** The kind an id's prefix names (the id must be well formed). */
export const kindOfId = (id: string): IdKind => id.slice(0, id.indexOf(':')) as IdKind;
