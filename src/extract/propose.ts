// New entities proposed from the text where the dictionary knows nothing: compromise's people() and organizations(),
// cleaned of titles and extended to the whole capitalised name, plus a few cue rules (a title before a name, a name
// before a speech verb, an organisation's head word, "the Pentagon", an acronym).
import nlp from 'compromise';
import { acronymKind, isAcronym, nameBeforeAcronym } from './acronyms.js';
import { normalize, tokenIndexAt } from './text.js';
import type { EntityKind, Span, Token } from './types.js';

export interface Proposal extends Span {
  kind: EntityKind;
  name: string;
  confidence: number;
  reason: string;
}

interface NlpMatch {
  text: string;
  offset: { start: number; length: number };
}

export const TITLES = new Set(
  (
    'president vice prime minister foreign defence defense finance interior secretary state deputy special envoy ambassador ' +
    'senator sen rep representative gov governor general gen admiral adm chancellor spokesman spokeswoman spokesperson ' +
    'mr mrs ms dr sheikh king queen prince crown chief director adviser advisor advisor official leader speaker chairman ' +
    'chair commander colonel col lt mayor judge justice treasury army navy sir lord former acting head top national security ' +
    'supreme ayatollah emir foreign-minister the his her their u.s us uk eu un'
  )
    .split(' ')
    .map(normalize),
);
const NOT_NAMES = new Set(
  (
    'the a an he she it they we i you this that these those but and or as in on at for of to with by from after before ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december meanwhile however curiously despite without while when where why what who ' +
    'news update breaking analysis opinion sanctions us'
  )
    .split(' ')
    .map(normalize),
);
const ORG_HEADS = new Set(
  (
    'ministry department agency council committee organization organisation union office bank fund institute party army ' +
    'forces guard commission parliament senate congress court university foundation times post news journal group ' +
    'corps service services administration authority cabinet assembly league alliance coalition network press agency ' +
    'company corporation federation embassy mission program programme centre center tribunal forum review ledger board ' +
    'command institution society trust herald tribune gazette observer monitor chronicle project force initiative'
  )
    .split(' ')
    .map(normalize),
);
// ", the three biggest grain traders": a plural noun of bodies in an apposition after a list of names.
const PLURAL_BODY_NOUNS =
  'companies|firms|banks|lenders|producers|groups|agencies|ministries|parties|militias|organi[sz]ations|institutions|broadcasters|newspapers';
const PLURAL_BODIES = new RegExp(String.raw`^,\s+(?:the|its|their|both|two|three|four)\b[^,.;:]{0,40}?\b(?:${PLURAL_BODY_NOUNS})\b`, 'u');
// Capitalised heads of a numbered act: "Resolution 4411", "Directive 12".
const NUMBERED_EVENT_HEADS = new Set(['resolution', 'directive', 'decree', 'protocol', 'amendment']);
const EVENT_HEADS = new Set([
  'summit',
  'talks',
  'meeting',
  'conference',
  'accord',
  'agreement',
  'round',
  'ceasefire',
  'truce',
  'negotiations',
]);
const NAME_GLUE = new Set(['of', 'for', 'and', 'the', 'on', 'bin', 'al', 'de', 'van', 'von', 'la', 'el']);
const SPEECH_AFTER =
  /^\s*,?\s*(?:said|says|told|added|wrote|writes|noted|notes|argued|argues|warned|explained|insisted|stated|announced|declared|listed)\b/u;

const VERBISH = /^(?:[a-z]+ed|is|was|has|had|will|would|says|said|called|calls|confirmed|denied|insists|wants)$/u;
const DEMONYM = /(?:an|ans|ian|ians|ese|ish|i|is)$/u;
const LOCATIVE = /\b(?:in|at|near|outside|from|to|into|across|over|toward|towards|via|around)\s+(?:the\s+)?$/iu;

const isNameWord = (t: Token) => t.capitalized && !NOT_NAMES.has(t.norm) && !/^\p{Lu}\.?$/u.test(t.text);
const adjacent = (text: string, a: Token, b: Token) =>
  /^[ \t]?$|^ ?['’]s? ?$/u.test(text.slice(a.end, b.start)) && !/['’]/u.test(text.slice(a.end, b.start));

/** The name words of a span: titles and lower-case words trimmed, extended right over adjacent capitalised words. */
function cleanName(text: string, tokens: readonly Token[], first: number, last: number, kind: EntityKind): [number, number] | undefined {
  let i = first;
  let j = last;
  if (kind === 'Person') while (i <= j && (TITLES.has(tokens[i]!.norm) || !isNameWord(tokens[i]!))) i++;
  else while (i <= j && !isNameWord(tokens[i]!)) i++;
  while (j >= i && !isNameWord(tokens[j]!)) j--;
  if (i > j) return undefined;
  while (j + 1 < tokens.length && isNameWord(tokens[j + 1]!) && adjacent(text, tokens[j]!, tokens[j + 1]!)) {
    if (kind === 'Person' && j - i >= 3) break;
    j++;
  }
  return [i, j];
}

function spanOf(tokens: readonly Token[], i: number, j: number): Span {
  return { start: tokens[i]!.start, end: tokens[j]!.end };
}

/** Proposals from compromise and the cue rules; `taken` marks tokens already named by the dictionary. */
export function proposeEntities(text: string, tokens: readonly Token[], taken: readonly boolean[]): Proposal[] {
  const out: Proposal[] = [];
  const push = (i: number, j: number, kind: EntityKind, confidence: number, reason: string) => {
    for (let k = i; k <= j; k++) if (taken[k]) return;
    const span = spanOf(tokens, i, j);
    out.push({ ...span, kind, name: text.slice(span.start, span.end), confidence, reason });
  };
  const fromNlp = (matches: NlpMatch[], kind: EntityKind, confidence: number, what: string) => {
    for (const m of matches) {
      const first = tokenIndexAt(tokens, m.offset.start);
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.end <= m.offset.start + m.offset.length) last++;
      if (first >= tokens.length) continue;
      // A name stops at a bracket or comma ("Andean Water Board (AWB)", "Chile, Peru").
      for (let k = first; k < last; k++) {
        if (/[()[\],;]/u.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) {
          last = k;
          break;
        }
      }
      const cleaned = cleanName(text, tokens, first, last, kind);
      if (!cleaned) continue;
      const [i, j] = cleaned;
      const single = i === j;
      // A lone capitalised word used as a modifier ("the Arab capitals", "the Geneva text") names no actor.
      const next = tokens[j + 1];
      if (
        single &&
        next &&
        !next.capitalized &&
        adjacent(text, tokens[j]!, next) &&
        !VERBISH.test(next.text) &&
        tokens[i - 1]?.norm === 'the'
      )
        continue;
      if (single && DEMONYM.test(tokens[i]!.norm) && kind === 'Institution') continue;
      push(i, j, kind, single ? confidence - 0.2 : confidence, `compromise ${what}`);
    }
  };
  // compromise reads one paragraph at a time: its offsets cost grows faster than the text.
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (/\p{Lu}/u.test(line)) proposeInParagraph(line, lineStart, fromNlp);
    lineStart += line.length + 1;
  }

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // A title before two capitalised words: "Foreign Minister Abbas Araghchi", "envoy Jane Doe".
    if (TITLES.has(t.norm) && !NOT_NAMES.has(t.norm) && k + 2 < tokens.length) {
      const a = tokens[k + 1]!;
      const b = tokens[k + 2]!;
      if (isNameWord(a) && isNameWord(b) && !TITLES.has(a.norm) && adjacent(text, t, a) && adjacent(text, a, b) && !ORG_HEADS.has(b.norm)) {
        const cleaned = cleanName(text, tokens, k + 1, k + 2, 'Person');
        if (cleaned) push(cleaned[0], cleaned[1], 'Person', 0.75, 'title before a capitalised name');
      }
    }
    // Two capitalised words before a speech verb, or before an apposition and one: "Jane Doe said", "Jane Doe, the
    // bloc's top diplomat, said".
    if (k + 1 < tokens.length && isNameWord(t) && isNameWord(tokens[k + 1]!) && adjacent(text, t, tokens[k + 1]!)) {
      const rest = text.slice(tokens[k + 1]!.end, tokens[k + 1]!.end + 90);
      const after = /^,[^,;.]{3,70},/u.test(rest) ? rest.replace(/^,[^,;.]{3,70}/u, '') : rest.slice(0, 20);
      const prev = tokens[k - 1];
      if (SPEECH_AFTER.test(after) && !(prev && isNameWord(prev) && adjacent(text, prev, t)) && !ORG_HEADS.has(tokens[k + 1]!.norm)) {
        push(k, k + 1, 'Person', 0.7, 'capitalised name before a speech verb');
      }
    }
    // An organisation's head word closing a capitalised sequence: "Atomic Energy Agency", "Ministry of Defence".
    if (isNameWord(t) && ORG_HEADS.has(t.norm)) {
      let i = k;
      while (
        i - 1 >= 0 &&
        (isNameWord(tokens[i - 1]!) ||
          /^(?:us|uk|un|eu)$/u.test(tokens[i - 1]!.norm) ||
          (NAME_GLUE.has(tokens[i - 1]!.norm) && i - 2 >= 0 && isNameWord(tokens[i - 2]!))) &&
        adjacent(text, tokens[i - 1]!, tokens[i]!)
      )
        i--;
      let j = k;
      for (;;) {
        const glue = tokens[j + 1];
        if (
          j + 2 < tokens.length &&
          glue &&
          NAME_GLUE.has(glue.norm) &&
          glue.norm !== 'and' &&
          !glue.capitalized &&
          isNameWord(tokens[j + 2]!) &&
          adjacent(text, tokens[j]!, glue)
        )
          j += 2;
        else if (glue && isNameWord(glue) && adjacent(text, tokens[j]!, glue) && j > k) j += 1;
        else break;
      }
      if (j > i) push(i, j, 'Institution', 0.6, 'capitalised name ending in an organisation word');
    }
    // "the Pentagon said": a capitalised word after "the" inside a sentence and before a verb, not a demonym.
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    const verbNext = next && adjacent(text, t, next) && (VERBISH.test(next.text) || SPEECH_AFTER.test(` ${next.text}`));
    if (
      prev &&
      prev.norm === 'the' &&
      !prev.capitalized &&
      isNameWord(t) &&
      !TITLES.has(t.norm) &&
      !DEMONYM.test(t.norm) &&
      t.text.length > 3 &&
      verbNext
    ) {
      push(k, k, 'Institution', 0.45, '"the" before a capitalised name');
    }
    // A speech verb before two capitalised words: "said Jane Doe".
    if (SPEECH_AFTER.test(` ${t.text}`) && !t.capitalized && k + 2 < tokens.length) {
      const a = tokens[k + 1]!;
      const b = tokens[k + 2]!;
      if (isNameWord(a) && isNameWord(b) && !TITLES.has(a.norm) && adjacent(text, t, a) && adjacent(text, a, b) && !ORG_HEADS.has(b.norm)) {
        const cleaned = cleanName(text, tokens, k + 1, k + 2, 'Person');
        if (cleaned) push(cleaned[0], cleaned[1], 'Person', 0.7, 'capitalised name after a speech verb');
      }
    }
    // "the Istanbul meeting": capitalised words and an event noun after "the".
    if (EVENT_HEADS.has(t.norm) && !t.capitalized) {
      let i = k;
      while (i - 1 >= 0 && isNameWord(tokens[i - 1]!) && adjacent(text, tokens[i - 1]!, tokens[i]!) && k - i < 3) i--;
      if (i < k && tokens[i - 1]?.norm === 'the') push(i, k, 'Event', 0.45, 'capitalised name before an event noun');
    }
    // An acronym: "NATO", "G7"; spelled out just before it in brackets, the full name: "Andean Water Board (AWB)".
    if (isAcronym(t) && !NOT_NAMES.has(t.norm)) {
      push(k, k, 'Institution', 0.55, 'acronym');
      const named = nameBeforeAcronym(text, tokens, k);
      if (named)
        push(
          named[0],
          named[1],
          acronymKind(text.slice(tokens[named[0]]!.start, tokens[named[1]]!.end)),
          0.85,
          'name spelled out before its acronym',
        );
    }
    // One-word names listed together: parties opening a sentence ("Norway, Chile and Kenya proposed ..."), or
    // bodies named by a plural noun after them ("Alfa and Beta, the two largest lenders").
    const listed = prev && isNameWord(prev) ? undefined : nameList(text, tokens, k);
    if (listed) {
      const last = listed[listed.length - 1]!;
      const after = tokens[last + 1];
      const opens =
        /(?:^|[.!?]\s+|\n)$/u.test(text.slice(Math.max(0, t.start - 3), t.start)) &&
        after &&
        (!after.capitalized || text[tokens[last]!.end] === ',');
      const bodies = PLURAL_BODIES.test(text.slice(tokens[last]!.end, tokens[last]!.end + 60));
      if (opens || bodies)
        for (const i of listed)
          push(
            i,
            i,
            'Institution',
            0.55,
            opens ? 'one of a list of parties opening a sentence' : 'one of a list of bodies named by a plural noun',
          );
    }
    // A numbered act: "Resolution 4411".
    const num = tokens[k + 1];
    if (t.capitalized && NUMBERED_EVENT_HEADS.has(t.norm) && num && /^\d+$/u.test(num.text) && /^ $/u.test(text.slice(t.end, num.start)))
      push(k, k + 1, 'Event', 0.6, 'a numbered act');
    // A lone capitalised word speaking ("said Hallgren", "Hallgren listed"): the full name it ends earlier in the text.
    const spoken =
      isNameWord(t) &&
      !TITLES.has(t.norm) &&
      t.text.length >= 3 &&
      !/^\p{Lu}+$/u.test(t.text) &&
      !(prev && isNameWord(prev) && adjacent(text, prev, t)) &&
      (SPEECH_AFTER.test(text.slice(t.end, t.end + 20)) || (prev !== undefined && !prev.capitalized && SPEECH_AFTER.test(` ${prev.text}`)));
    if (spoken) {
      const full = tokens.findIndex(
        (f, i) =>
          i > 0 &&
          i < k &&
          f.norm === t.norm &&
          isNameWord(tokens[i - 1]!) &&
          !TITLES.has(tokens[i - 1]!.norm) &&
          adjacent(text, tokens[i - 1]!, f) &&
          !(tokens[i - 2] && isNameWord(tokens[i - 2]!) && adjacent(text, tokens[i - 2]!, tokens[i - 1]!)),
      );
      if (full > 0) push(full - 1, full, 'Person', 0.7, 'full name of a surname that speaks later');
    }
  }
  return dedupe(out);
}

/** Token indexes of a list of one-word names starting at `k` ("A, B and C", "A and B"), if it ends with "and". */
function nameList(text: string, tokens: readonly Token[], k: number): number[] | undefined {
  const items = [k];
  for (let j = k; ;) {
    const next = tokens[j + 1]?.norm === 'and' ? j + 2 : j + 1;
    const gap = next < tokens.length ? text.slice(tokens[j]!.end, tokens[next]!.start) : '';
    if (!/^(?:,\s+|,?\s+and\s+)$/u.test(gap) || !isNameWord(tokens[next]!)) return undefined;
    items.push(next);
    if (next === j + 2) return isNameWord(tokens[k]!) ? items : undefined;
    j = next;
  }
}

type Sink = (matches: NlpMatch[], kind: EntityKind, confidence: number, what: string) => void;

/** compromise's people, organisations and (actor) places of one paragraph, with offsets into the whole text. */
function proposeInParagraph(paragraph: string, offset: number, sink: Sink): void {
  const doc = nlp(paragraph);
  const shift = (matches: NlpMatch[]) =>
    matches.map((m) => ({ ...m, offset: { start: m.offset.start + offset, length: m.offset.length } }));
  sink(shift(doc.people().json({ offset: true }) as NlpMatch[]), 'Person', 0.8, 'people()');
  sink(shift(doc.organizations().json({ offset: true }) as NlpMatch[]), 'Institution', 0.7, 'organizations()');
  // The model has no Place kind: a place is proposed (as an institution) only when it names an actor, here a name of
  // two or more words not used as a location ("the United Arab Emirates", not "in Abu Dhabi").
  const places = (doc.places().json({ offset: true }) as NlpMatch[]).filter(
    (m) => /\s/u.test(m.text.trim()) && !LOCATIVE.test(paragraph.slice(Math.max(0, m.offset.start - 14), m.offset.start)),
  );
  sink(shift(places), 'Institution', 0.5, 'places()');
}

/**
 * One proposal per span: of nested proposals of one kind the longest wins ("Nordvik Centre for Security Studies" over
 * "Nordvik Centre"); otherwise overlapping proposals keep the most confident (then the longest, then the first).
 */
function dedupe(proposals: Proposal[]): Proposal[] {
  const nests = (a: Proposal, b: Proposal) => a.kind === b.kind && a.start <= b.start && b.end <= a.end && a !== b;
  const sorted = [...proposals]
    .map((p) => ({ ...p, confidence: Math.max(p.confidence, ...proposals.filter((q) => nests(p, q)).map((q) => q.confidence)) }))
    .sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Proposal[] = [];
  for (const p of sorted) if (!kept.some((k) => k.start < p.end && p.start < k.end)) kept.push(p);
  return kept.sort((a, b) => a.start - b.start);
}
