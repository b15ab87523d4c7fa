// Acronyms: "Full Name (ACRONYM)" names one entity by both; an acronym spells the initials of its name's capitalised
// words, each small word's initial optional ("Board of Trade" -> "BT" or "BOT").
import type { EntityKind, Token } from './types.js';

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,6}$/u;
// Upper-case tokens that name no actor: time zones and common abbreviations.
const NOT_ACRONYMS = new Set(['gmt', 'utc', 'cet', 'cest', 'eet', 'est', 'edt', 'pst', 'pdt', 'bst', 'ceo', 'gdp', 'ok', 'tv', 'am', 'pm']);
// A name with one of these words names an event or agreement, not a body.
const EVENT_WORDS = new Set([
  'plan',
  'agreement',
  'accord',
  'accords',
  'treaty',
  'deal',
  'framework',
  'resolution',
  'summit',
  'conference',
  'ceasefire',
  'truce',
  'protocol',
  'declaration',
  'convention',
  'memorandum',
]);
const SMALL = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'de', 'la', 'al']);

/** An upper-case token that may be an acronym ("NATO", "G7"), not a time zone or abbreviation ("GMT", "CEO"). */
export const isAcronym = (t: Token): boolean => ACRONYM.test(t.text) && !NOT_ACRONYMS.has(t.norm);

/** The acronym spells the initials of the name's capitalised words (small words' initials optional). */
export function spellsInitials(name: string, acronym: string): boolean {
  const words = name.split(/[\s-]+/u).filter((w) => /^\p{L}/u.test(w));
  const target = acronym.toUpperCase();
  const go = (w: number, a: number): boolean => {
    if (w === words.length) return a === target.length;
    const word = words[w]!;
    const small = !/^\p{Lu}/u.test(word);
    if (small && go(w + 1, a)) return true;
    return target[a] === word[0]!.toUpperCase() && go(w + 1, a + 1);
  };
  return words.length >= 2 && go(0, 0);
}

/** The kind of a name spelled out before its acronym: an event or agreement by its words, else an institution. */
export const acronymKind = (name: string): EntityKind =>
  name.split(/[\s-]+/u).some((w) => EVENT_WORDS.has(w.toLowerCase())) ? 'Event' : 'Institution';

/**
 * "Andean Water Board (AWB)": for the acronym token at `k` in brackets, the token range of the name before it whose
 * initials it spells (up to eight words, capitalised or small).
 */
export function nameBeforeAcronym(text: string, tokens: readonly Token[], k: number): [number, number] | undefined {
  const acronym = tokens[k]!;
  const last = k - 1;
  if (last < 0 || !isAcronym(acronym) || !/^\s*\($/u.test(text.slice(tokens[last]!.end, acronym.start))) return undefined;
  if (text[acronym.end] !== ')') return undefined;
  for (let i = last; i >= Math.max(0, last - 7); i--) {
    const t = tokens[i]!;
    if (i < last && !/^[ \t-]$/u.test(text.slice(t.end, tokens[i + 1]!.start))) break;
    if (!t.capitalized && !SMALL.has(t.norm)) break;
    if (t.capitalized && spellsInitials(text.slice(t.start, tokens[last]!.end), acronym.text)) return [i, last];
  }
  return undefined;
}
