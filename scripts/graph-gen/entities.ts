// Generated people, institutions, events and extra policy tracks, and the ranked id lists (seed
// entities first, then generated ones) from which Zipf draws pick relation endpoints and subjects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/base/paths.js';
import { ENTITY_KINDS, type EntityKind } from '../../src/domain/vocabulary.js';
import { nameKeys, slugify } from '../../src/domain/names.js';
import { Rng, Zipf } from './random.js';
import { ZIPF_EXPONENT, type GraphShape } from './shape.js';
import { EVENT_KINDS, EXTRA_TRACKS, FIRST_NAMES, INSTITUTION_KINDS, LAST_NAMES, OBJECTS, PLACES, ROLES, TITLES } from './words.js';

/** Properties of a new entity, exactly as the ingest writes them (audit fields are added in Cypher). */
export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  nameKeys: string[];
  description: string | null;
  date: string | null;
  approximateDate: string | null;
  location: string | null;
}

/** Entities of each kind in rank order (rank 0 is drawn most often), with their Zipf samplers. */
export interface EntityTable {
  ranked: Record<EntityKind, string[]>;
  zipf: Record<EntityKind, Zipf>;
  kindOf: Map<string, EntityKind>;
  /** A number per entity (seed and generated), for compact pair keys. */
  indexOf: Map<string, number>;
  nameOf: Map<string, string>;
  seedIds: Set<string>;
  generated: Record<EntityKind, EntityRow[]>;
}

const SEED_ENTITY =
  /MERGE \(n:(Person|Institution|PolicyTrack|Event):Entity \{id: '([^']+)'\}\)\s+ON CREATE SET [^\n]*\s+SET n\.name = '((?:[^'\\]|\\.)*)'/g;

export interface SeedEntity {
  id: string;
  kind: EntityKind;
  name: string;
}

/** The seed article's entities, read from cypher/seed so the generator follows the seed as it changes. */
export function seedEntities(): SeedEntity[] {
  const text = readFileSync(join(repoRoot(), 'cypher', 'seed', 'parallel-realities.cypher'), 'utf8');
  return [...text.matchAll(SEED_ENTITY)].map((m) => ({ kind: m[1] as EntityKind, id: m[2]!, name: m[3]!.replace(/\\(.)/g, '$1') }));
}

/** An ISO date `days` after 2024-01-01 (generated dates span 2024-2025). */
export function isoDate(days: number): string {
  return new Date(Date.UTC(2024, 0, 1 + days)).toISOString().slice(0, 10);
}

const row = (id: string, name: string, aliases: string[], extra: Partial<EntityRow> = {}): EntityRow => ({
  id,
  name,
  aliases,
  nameKeys: nameKeys(name, aliases),
  description: null,
  date: null,
  approximateDate: null,
  location: null,
  ...extra,
});

export const personId = (i: number) => `person:gen-${i}`;

function person(i: number, rng: Rng): EntityRow {
  // A stride coprime with the number of combinations spreads consecutive people over the name lists.
  const combos = FIRST_NAMES.length * LAST_NAMES.length;
  const j = (i * 7919) % combos;
  const first = FIRST_NAMES[j % FIRST_NAMES.length]!;
  const last = LAST_NAMES[Math.floor(j / FIRST_NAMES.length)]!;
  const cycle = Math.floor(i / combos);
  const middle = cycle === 0 ? '' : ` ${String.fromCharCode(65 + ((cycle - 1) % 26))}.`;
  const suffix = cycle > 26 ? ` ${['Jr.', 'II', 'III', 'IV', 'V'][Math.floor((cycle - 27) / 26) % 5]}` : '';
  const name = `${first}${middle} ${last}${suffix}`;
  const aliases = [`${first[0]}. ${last}${suffix}`, ...(rng.chance(0.3) ? [`${rng.pick(TITLES)} ${last}`] : [])];
  const description = rng.chance(0.4) ? `${rng.pick(ROLES)} from ${rng.pick(PLACES)}, quoted on ${rng.pick(OBJECTS)}.` : null;
  return row(personId(i), name, aliases, { description });
}

function institution(i: number, rng: Rng): EntityRow {
  const combos = INSTITUTION_KINDS.length * PLACES.length;
  const kind = INSTITUTION_KINDS[i % INSTITUTION_KINDS.length]!;
  const place = PLACES[Math.floor(i / INSTITUTION_KINDS.length) % PLACES.length]!;
  const name = `${kind} of ${place}${i >= combos ? ` ${Math.floor(i / combos) + 1}` : ''}`;
  const initials = name
    .split(' ')
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  const description = rng.chance(0.6) ? `The ${kind.toLowerCase()} of ${place}.` : null;
  return row(`institution:gen-${i}`, name, [initials], { description });
}

function event(i: number, rng: Rng): EntityRow {
  const place = rng.pick(PLACES);
  const day = rng.int(730);
  const name = `${place} ${rng.pick(EVENT_KINDS)} on ${rng.pick(OBJECTS).replace(/^(a|the) /, '')} (${isoDate(day).slice(0, 7)})`;
  const dated = rng.chance(0.7);
  return row(`event:gen-${i}`, name, [], {
    description: rng.chance(0.5) ? `A ${place} meeting reported by several outlets.` : null,
    date: dated ? isoDate(day) : null,
    approximateDate: dated ? null : isoDate(day).slice(0, 7),
    location: place,
  });
}

function track(name: string): EntityRow {
  return row(`track:gen-${slugify(name)}`, name, [`${name} talks`], { description: `U.S. policy on ${name}.` });
}

/** Generated entities of every kind, and the ranked lists that put the seed's (well-known) entities first. */
export function generateEntities(shape: GraphShape, seed: number): EntityTable {
  const rng = new Rng(seed, 'entities');
  const generated: Record<EntityKind, EntityRow[]> = {
    Person: Array.from({ length: shape.persons }, (_, i) => person(i, rng)),
    Institution: Array.from({ length: shape.institutions }, (_, i) => institution(i, rng)),
    Event: Array.from({ length: shape.events }, (_, i) => event(i, rng)),
    PolicyTrack: EXTRA_TRACKS.slice(0, shape.extraTracks).map(track),
  };
  const seeds = seedEntities();
  const kindOf = new Map<string, EntityKind>();
  const indexOf = new Map<string, number>();
  const nameOf = new Map<string, string>(seeds.map((s) => [s.id, s.name]));
  const ranked = {} as Record<EntityKind, string[]>;
  const zipf = {} as Record<EntityKind, Zipf>;
  for (const kind of ENTITY_KINDS) {
    ranked[kind] = [...seeds.filter((s) => s.kind === kind).map((s) => s.id), ...generated[kind].map((e) => e.id)];
    for (const id of ranked[kind]) {
      kindOf.set(id, kind);
      indexOf.set(id, indexOf.size);
    }
    for (const e of generated[kind]) nameOf.set(e.id, e.name);
    zipf[kind] = new Zipf(ranked[kind].length, ZIPF_EXPONENT);
  }
  return { ranked, zipf, kindOf, indexOf, nameOf, seedIds: new Set(seeds.map((s) => s.id)), generated };
}
