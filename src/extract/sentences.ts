// Splits an article into sentences with offsets: each line is a block, split at . ! ? before a capital, a quote
// or a digit, except after an abbreviation or an initial.
import type { Sentence } from './types.js';

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'prof',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'fig',
  'pres',
  'amb',
  'adm',
]);
const BULLET = /^[ \t]*(?:[-•*–—]|\d+[.)])[ \t]+/u;
// A sentence end: punctuation, closing quotes or brackets, then space and the start of a new sentence.
const BOUNDARY = /[.!?]+['"’”)\]]*(?=\s+['"‘“([]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S" of "U.S."
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentences of a text, in order, with their offsets (list markers and surrounding spaces left out). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  let line = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const bulletMatch = BULLET.exec(raw);
    let cursor = lineStart + (bulletMatch ? bulletMatch[0].length : 0);
    const body = text.slice(cursor, lineEnd);
    const pieces: Array<[number, number]> = [];
    let pieceStart = cursor;
    for (const m of body.matchAll(BOUNDARY)) {
      const punct = cursor + (m.index ?? 0);
      if (endsWithAbbreviation(text, punct) && !/[!?]/u.test(m[0])) continue;
      const end = cursor + (m.index ?? 0) + m[0].length;
      pieces.push([pieceStart, end]);
      pieceStart = end;
    }
    pieces.push([pieceStart, lineEnd]);
    const first = sentences.length;
    for (const [s, e] of pieces) {
      let start = s;
      let end = e;
      while (start < end && /\s/u.test(text[start]!)) start++;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      if (end > start) {
        sentences.push({ index: sentences.length, start, end, line, bullet: Boolean(bulletMatch), introducesList: false });
      }
    }
    const last = sentences[sentences.length - 1];
    if (last && sentences.length > first && text[last.end - 1] === ':') last.introducesList = true;
    cursor = lineEnd;
    lineStart = lineEnd + 1;
    line++;
  }
  return sentences;
}

/** The sentence holding a character offset (or the last one before it). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let found: Sentence | undefined;
  for (const s of sentences) {
    if (s.start > offset) break;
    found = s;
  }
  return found;
}
