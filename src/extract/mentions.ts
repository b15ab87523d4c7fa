// Entity mentions: the graph's names and aliases first (longest match, any case, accents or punctuation, and the
// surnames of its people), then new people and institutions proposed from the text, each with later mentions of its
// name or, for a person named in full, of its surname.
import { spellsInitials } from './acronyms.js';
import { addName, createMatcher, dictionaryMatcher, matchNames, surnameOf } from './dictionary.js';
import { proposeEntities, type Proposal } from './propose.js';
import { normalize, slugify } from './text.js';
import type { DictionaryEntry, EntityKind, EntityRecord, Mention, Token } from './types.js';

export interface MentionIndex {
  /** Every mention, in text order. */
  mentions: Mention[];
  /** Entities by key (an id, or new:<kind>:<slug>). */
  entities: Map<string, EntityRecord>;
}

const PREFIX: Record<EntityKind, string> = { Person: 'person', Institution: 'institution', PolicyTrack: 'track', Event: 'event' };
export const newKey = (kind: EntityKind, name: string): string => `new:${PREFIX[kind]}:${slugify(name)}`;

interface Group {
  kind: EntityKind;
  name: string;
  best: Proposal;
  surnameFrom?: number;
  acronyms: string[];
}

const initials = (name: string) =>
  name
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/**
 * Groups proposals into new entities: a lone surname joins the person named in full with it, an acronym the
 * institution whose initials it spells ("IAEA", "International Atomic Energy Agency").
 */
function groupProposals(proposals: readonly Proposal[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  const byNorm = new Map<string, string>();
  const fullFirst = [...proposals].sort((a, b) => b.name.split(/\s+/u).length - a.name.split(/\s+/u).length || a.start - b.start);
  for (const p of fullFirst) {
    const norm = normalize(p.name);
    const existing = byNorm.get(norm);
    if (existing) {
      const g = groups.get(existing)!;
      if (p.confidence > g.best.confidence) g.best = p;
      continue;
    }
    if (/^\p{Lu}[\p{Lu}\p{N}]{1,6}$/u.test(p.name)) {
      const owner = [...groups.entries()].find(
        ([, g]) => g.kind !== 'Person' && (initials(g.name) === p.name || spellsInitials(g.name, p.name)),
      );
      if (owner) {
        owner[1].acronyms.push(p.name);
        byNorm.set(norm, owner[0]);
        continue;
      }
    }
    // "Appeals Chamber" after "Nordic Appeals Chamber": the closing words of a longer name of that kind.
    if (p.kind !== 'Person' && /\s/u.test(p.name)) {
      const longer = [...groups.entries()].find(
        ([, g]) => g.kind === p.kind && normalize(g.name).endsWith(norm) && g.name.endsWith(` ${p.name}`),
      );
      if (longer) {
        longer[1].acronyms.push(p.name);
        byNorm.set(norm, longer[0]);
        continue;
      }
    }
    const key = newKey(p.kind, p.name);
    groups.set(key, { kind: p.kind, name: p.name, best: p, acronyms: [] });
    byNorm.set(norm, key);
    const surname = p.kind === 'Person' ? surnameOf(p.name) : undefined;
    if (surname && !byNorm.has(normalize(surname))) {
      byNorm.set(normalize(surname), key);
      groups.get(key)!.surnameFrom = p.start;
    }
  }
  return groups;
}

/** Finds every mention of a known or new entity in the text. */
export function findMentions(text: string, tokens: readonly Token[], dictionary: readonly DictionaryEntry[]): MentionIndex {
  const taken: boolean[] = new Array<boolean>(tokens.length).fill(false);
  const known = matchNames(dictionaryMatcher(dictionary), text, tokens, taken);
  const proposals = proposeEntities(text, tokens, taken);
  const groups = groupProposals(proposals);

  const newMatcher = createMatcher();
  for (const [key, g] of groups) {
    addName(newMatcher, g.name, { key, kind: g.kind, how: 'nlp', rank: 0 });
    for (const acronym of g.acronyms) addName(newMatcher, acronym, { key, kind: g.kind, how: 'nlp', rank: 0 });
    const surname = g.kind === 'Person' ? surnameOf(g.name) : undefined;
    if (surname && g.surnameFrom !== undefined)
      addName(newMatcher, surname, { key, kind: g.kind, how: 'surname', rank: 1, from: g.surnameFrom });
  }
  // Lone-surname proposals that did not join a full name are matched as names of their own.
  const found = matchNames(newMatcher, text, tokens, taken);

  const entities = new Map<string, EntityRecord>();
  const byId = new Map(dictionary.map((e) => [e.id, e]));
  const mentions = [...known, ...found].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    let record = entities.get(m.key);
    if (!record) {
      const entry = byId.get(m.key);
      const group = groups.get(m.key);
      record = entry
        ? {
            key: m.key,
            id: entry.id,
            kind: entry.kind,
            name: entry.name,
            resolved: true,
            confidence: 1,
            reason: `matches the graph's name or alias of ${entry.id}`,
            mentions: [],
          }
        : {
            key: m.key,
            kind: m.kind,
            name: group?.name ?? text.slice(m.start, m.end),
            resolved: false,
            confidence: group?.best.confidence ?? 0.5,
            reason: `new ${m.kind.toLowerCase()}: ${group?.best.reason ?? 'name seen in the text'}`,
            mentions: [],
          };
      entities.set(m.key, record);
    }
    if (m.how === 'surname' && record.resolved && !record.reason.includes('surname'))
      record.reason = `${record.reason}; surname "${text.slice(m.start, m.end)}" alone also counts`;
    record.mentions.push({ start: m.start, end: m.end });
  }
  return { mentions, entities };
}
