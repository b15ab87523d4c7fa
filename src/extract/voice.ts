// The article's own voice: who speaks its ANALYSIS and FACT claims (the analyst, else the publisher, else an
// entity named after the source), resolved against the graph or proposed as a new institution.
import { newKey } from './mentions.js';
import { normalize } from './text.js';
import type { DictionaryEntry, EntityRecord, ExtractInput } from './types.js';

/** The key of the voice's entity, added to `entities` if the article does not mention it. */
export function resolveVoice(input: ExtractInput, entities: Map<string, EntityRecord>): string {
  const wanted = input.analyst ?? input.source.publisher ?? input.source.title;
  const why = input.analyst ? 'the analyst given' : input.source.publisher ? 'the publisher' : 'the source (no publisher given)';
  // "Fixture Desk (test data)" is also tried as "Fixture Desk".
  const forms = [...new Set([normalize(wanted), normalize(wanted.replace(/\s*\([^)]*\)\s*/gu, ' '))])];
  const norm = forms[0]!;
  const named = (e: DictionaryEntry, form: string) => normalize(e.name) === form || e.aliases.some((a) => normalize(a) === form);
  const entry: DictionaryEntry | undefined =
    input.dictionary.find((e) => e.id === wanted) ?? forms.map((f) => input.dictionary.find((e) => named(e, f))).find(Boolean);
  if (entry) {
    if (!entities.has(entry.id)) {
      entities.set(entry.id, {
        key: entry.id,
        id: entry.id,
        kind: entry.kind,
        name: entry.name,
        resolved: true,
        confidence: 1,
        reason: `${why}, matched in the graph`,
        mentions: [],
      });
    }
    return entry.id;
  }
  const name = wanted.trim().slice(0, 200);
  const key = newKey('Institution', name);
  const existing = [...entities.values()].find((e) => normalize(e.name) === norm);
  if (existing) return existing.key;
  entities.set(key, {
    key,
    kind: 'Institution',
    name,
    resolved: false,
    confidence: 0.9,
    reason: `new institution: ${why}, not in the graph`,
    mentions: [],
  });
  return key;
}
