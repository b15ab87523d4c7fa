// Name matching: a trie of normalised word sequences, matched over the article's tokens longest first.
import { normalize, tokenize } from './text.js';
import type { DictionaryEntry, EntityKind, Mention, Token } from './types.js';

export interface NameTarget {
  key: string;
  kind: EntityKind;
  how: Mention['how'];
  /** Rank among targets sharing one name: lower wins. */
  rank: number;
  /** The name has capitals, so a one-word match must have one too ("Treasury", not "treasury"). */
  needsCapital: boolean;
  /** Only from this offset on (a surname, after the full name). */
  from?: number;
}

interface Node {
  next: Map<string, Node>;
  targets: NameTarget[];
}

export interface Matcher {
  root: Node;
}

export function createMatcher(): Matcher {
  return { root: { next: new Map(), targets: [] } };
}

/** Adds a name (any case, accents or punctuation) for an entity. */
export function addName(matcher: Matcher, name: string, target: Omit<NameTarget, 'needsCapital'>): void {
  const words = tokenize(name)
    .map((t) => t.norm)
    .filter((w) => w.length > 0);
  if (words.length === 0) return;
  let node = matcher.root;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map(), targets: [] };
      node.next.set(w, child);
    }
    node = child;
  }
  if (node.targets.some((t) => t.key === target.key)) return;
  node.targets.push({ ...target, needsCapital: /\p{Lu}/u.test(name) });
  node.targets.sort((a, b) => a.rank - b.rank || a.key.localeCompare(b.key));
}

// What may separate the words of one name: spaces, hyphens, dashes, dots, a possessive.
const JOINER = /^(?:[ \t\-–—]|['’]s?)*$/u;
const STOP_SURNAMES = new Set(['of', 'the', 'and', 'for', 'de', 'van', 'von', 'al', 'bin']);

/** A person's surname usable alone: the last word of a name of two or more capitalised words. */
export function surnameOf(name: string): string | undefined {
  const words = tokenize(name);
  if (words.length < 2 || !words.every((w) => w.capitalized || STOP_SURNAMES.has(w.norm))) return undefined;
  if (words.some((w) => w.norm === 'of' || w.norm === 'the')) return undefined;
  const last = words[words.length - 1]!;
  return last.text.length >= 3 && last.capitalized ? last.text : undefined;
}

/** The matcher of the graph's names and aliases, plus the surnames of its people where no other name clashes. */
export function dictionaryMatcher(dictionary: readonly DictionaryEntry[]): Matcher {
  const matcher = createMatcher();
  const allNames = new Set<string>();
  dictionary.forEach((entry, i) => {
    for (const name of [entry.name, ...entry.aliases]) {
      allNames.add(normalize(name));
      addName(matcher, name, { key: entry.id, kind: entry.kind, how: 'dictionary', rank: i });
    }
  });
  // "12-point plan" for an event named "12-point plan for Odesa": the words before a closing "for/in/on/of X" phrase,
  // when distinctive and no other name of the graph is that short form.
  dictionary.forEach((entry) => {
    if (entry.kind !== 'Event') return;
    for (const name of [entry.name, ...entry.aliases]) {
      const short = /^(?:the\s+)?(.+?\S)\s+(?:for|in|on|of|with)\s+\S+$/iu.exec(name)?.[1];
      // Only a distinctive short form: two words or more, one with a capital or a digit ("12-point plan", not "the summit").
      const words = short ? tokenize(short) : [];
      if (!short || words.length < 2 || !words.some((w) => w.capitalized || /\d/u.test(w.text)) || allNames.has(normalize(short))) continue;
      addName(matcher, short, { key: entry.id, kind: entry.kind, how: 'dictionary', rank: dictionary.length + 1 });
    }
  });
  const surnameOwners = new Map<string, string[]>();
  for (const entry of dictionary) {
    if (entry.kind !== 'Person') continue;
    for (const name of [entry.name, ...entry.aliases]) {
      const surname = surnameOf(name);
      if (!surname) continue;
      const owners = surnameOwners.get(normalize(surname)) ?? [];
      if (!owners.includes(entry.id)) owners.push(entry.id);
      surnameOwners.set(normalize(surname), owners);
    }
  }
  for (const [surname, owners] of surnameOwners) {
    if (owners.length !== 1) continue;
    const entry = dictionary.find((e) => e.id === owners[0])!;
    if (entry.aliases.some((a) => normalize(a) === surname) || normalize(entry.name) === surname) continue;
    if (allNames.has(surname)) continue;
    addName(matcher, surname, { key: entry.id, kind: 'Person', how: 'surname', rank: dictionary.length });
  }
  return matcher;
}

/**
 * Leftmost-longest matches over the tokens; tokens already taken are skipped. Returns mentions in text order.
 */
export function matchNames(matcher: Matcher, text: string, tokens: readonly Token[], taken: boolean[]): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node: Node | undefined = matcher.root;
    let best: { end: number; target: NameTarget } | undefined;
    for (let j = i; j < tokens.length && !taken[j]; j++) {
      if (j > i && !JOINER.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      node = node.next.get(tokens[j]!.norm);
      if (!node) break;
      // Case is ignored, except that a one-word name needs a capital ("Treasury", not "treasury"; "Trump", not "trump").
      const capital = j > i || /\p{Lu}/u.test(tokens[i]!.text);
      const target = node.targets.find((t) => (!t.needsCapital || capital) && (t.from === undefined || tokens[i]!.start >= t.from));
      if (target) best = { end: j, target };
    }
    if (best) {
      mentions.push({
        start: tokens[i]!.start,
        end: tokens[best.end]!.end,
        key: best.target.key,
        kind: best.target.kind,
        how: best.target.how,
      });
      for (let k = i; k <= best.end; k++) taken[k] = true;
      i = best.end + 1;
    } else {
      i++;
    }
  }
  return mentions;
}
