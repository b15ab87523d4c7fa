// Tokens with offsets and the normalisation used for matching names (case, accents and punctuation ignored).
import type { Span, Token } from './types.js';

// Initialisms with dots (U.S., J.D.), or words joined by apostrophes (isn't, O'Brien); hyphens and dashes split words.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/iu;

/** Lower case, without accents, punctuation or spaces. */
export function normalize(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Words of a text with their offsets; a possessive 's is left out of the word. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    if (POSSESSIVE.test(word) && word.length > 2) word = word.slice(0, -2);
    const start = offset + (m.index ?? 0);
    tokens.push({ text: word, start, end: start + word.length, norm: normalize(word), capitalized: /^\p{Lu}/u.test(word) });
  }
  return tokens;
}

/** The slug of a name: lower-case words joined by hyphens. */
export function slugify(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 100) || 'unnamed'
  );
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** The first token index at or after a character offset (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens within a span. */
export function tokensIn(tokens: readonly Token[], span: Span): Token[] {
  const out: Token[] = [];
  for (let i = tokenIndexAt(tokens, span.start); i < tokens.length && tokens[i]!.start < span.end; i++) {
    if (tokens[i]!.start >= span.start && tokens[i]!.end <= span.end) out.push(tokens[i]!);
  }
  return out;
}

/** A span with surrounding whitespace (and, optionally, the given characters) trimmed. */
export function trimSpan(text: string, span: Span, chars = /[\s]/u): Span {
  let { start, end } = span;
  while (start < end && chars.test(text[start]!)) start++;
  while (end > start && chars.test(text[end - 1]!)) end--;
  return { start, end };
}
