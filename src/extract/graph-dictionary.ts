// The extractor's dictionary, from the graph: the entities whose name or an alias an article may contain. Only
// capitalised word sequences (up to five words) are looked up, so the lookup grows with the article, not the graph;
// a capitalised single word also finds a person whose name ends with it (a surname no alias spells out).
import type { GraphDatabase, QueryCounter } from '../db/database.js';
import { nameKey } from '../domain/names.js';
import { ENTITY_KINDS } from '../domain/vocabulary.js';
import type { DictionaryEntry, NameCandidates } from './types.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu;
const LONGEST_NAME_WORDS = 5;

/**
 * Name keys of every run of up to five words that starts with a capital letter or a digit, and the keys of the
 * capitalised single words (possible surnames).
 */
export function candidateKeys(text: string): NameCandidates {
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  const keys = new Set<string>();
  const surnames = new Set<string>();
  words.forEach((word, i) => {
    if (!/^[\p{Lu}\p{N}]/u.test(word)) return;
    const single = nameKey(word);
    if (/^\p{Lu}/u.test(word) && single.length > 2 && !single.includes(' ')) surnames.add(single);
    for (let n = 1; n <= LONGEST_NAME_WORDS && i + n <= words.length; n++) {
      const key = nameKey(words.slice(i, i + n).join(' '));
      if (key !== '') keys.add(key);
    }
  });
  return { keys: [...keys], surnames: [...surnames] };
}

/** The candidate keys of several texts, merged: the CPU part of the lookup, which the server runs in a worker. */
export function candidatesOf(texts: readonly string[]): NameCandidates {
  const found = texts.map(candidateKeys);
  return { keys: [...new Set(found.flatMap((f) => f.keys))], surnames: [...new Set(found.flatMap((f) => f.surnames))] };
}

/** The entities of the graph whose names or aliases are among `candidates`. */
export async function graphDictionary(db: GraphDatabase, candidates: NameCandidates, counter?: QueryCounter): Promise<DictionaryEntry[]> {
  const { keys, surnames } = candidates;
  if (keys.length === 0) return [];
  const rows = await db.readPlain(db.cypher('extract/dictionary'), { keys, surnames, kinds: ENTITY_KINDS }, counter);
  return rows.map((r) => ({
    id: String(r.id),
    kind: r.kind as DictionaryEntry['kind'],
    name: String(r.name),
    aliases: (r.aliases ?? []) as string[],
  }));
}
