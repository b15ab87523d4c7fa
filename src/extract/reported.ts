// Reported speech without quotation marks: "X said (that) ...", "X told reporters ...", "according to X, ...",
// "..., X said.", "media reported that ...". An analyst's verb ("believes", "notes", "explains") makes it ANALYSIS.
import {
  ANALYSIS_VERBS,
  CLAUSE_ONLY_VERBS,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  INSTITUTION_NOUNS,
  INSTITUTION_PRONOUNS,
  MEDIA_NOUNS,
  PRONOUNS,
  REPORT_VERBS,
  ROLE_NOUNS,
  VERB_FILLERS,
} from './cues.js';
import { mediaPhrase, resolveSpeaker, type ResolvedSpeaker, type SpeakerContext } from './speakers.js';
import { tokensIn, trimSpan } from './text.js';
import type { ClaimKind, Sentence, Span, Token } from './types.js';

export interface ReportedSpeech {
  kind: ClaimKind;
  /** The reported clause (empty when the sentence only introduces a list: "As X explains:"). */
  clause: Span;
  /** Further clauses of the same speaker: "..., and that ...", "..., and he called on ...". */
  more: Span[];
  speaker?: ResolvedSpeaker;
  /** A press phrase or proper name naming a new speaker when no entity does ("Israeli media", "Reuters"). */
  media?: Span;
  /** The new speaker named by `media` is a person ("according to Jane Doe"). */
  mediaIsPerson?: boolean;
  cue: string;
}

const SUBORDINATORS = new Set(['whether', 'if', 'who', 'which', 'that', 'what', 'when', 'where', 'unless', 'neither', 'nor', 'not']);
const LEADING = new Set(['as', 'but', 'and', 'yet', 'so', 'meanwhile', 'still']);
const CLAUSE_TRIM = /[\s,:;.—–-]/u;

function clauseFrom(text: string, start: number, end: number): Span {
  return trimSpan(text, { start, end }, CLAUSE_TRIM);
}

// ", and that ...", ", and he called on ...": a second reported clause of the same speaker.
const COORDINATED_VERBS = 'said|added|told|warned|called|urged|asked|demanded|vowed|promised|insisted|stressed|announced|wrote|noted';
const COORDINATED = new RegExp(String.raw`,\s+and\s+(?:(that)\s+|(?:(?:he|she|they|it)\s+)?(?=(?:${COORDINATED_VERBS})\b))`, 'gu');

/** A clause cut at each coordinated reported clause. */
function splitClause(text: string, clause: Span): Span[] {
  const body = text.slice(clause.start, clause.end);
  const cuts = [...body.matchAll(COORDINATED)];
  if (cuts.length === 0) return [clause];
  const out: Span[] = [];
  let start = clause.start;
  for (const cut of cuts) {
    const at = clause.start + (cut.index ?? 0);
    out.push(clauseFrom(text, start, at));
    start = at + cut[0].length;
  }
  out.push(clauseFrom(text, start, clause.end));
  return out.filter((s) => s.end - s.start > 8);
}

function withClauses(text: string, kind: ClaimKind, clause: Span, rest: Omit<ReportedSpeech, 'kind' | 'clause' | 'more'>): ReportedSpeech {
  const [first, ...more] = splitClause(text, clause);
  return { kind, clause: first ?? clause, more, ...rest };
}

const speakerMention = (ctx: SpeakerContext, w: Token) =>
  ctx.mentions.find((m) => m.start <= w.start && w.end <= m.end && (m.kind === 'Person' || m.kind === 'Institution'));

/** "X's (latest) paper": the owner of a written statement, named a few words before the noun. */
function ownerOf(ctx: SpeakerContext, words: readonly Token[], k: number): { region: Span; first: number } | undefined {
  if (!DOCUMENT_NOUNS.has(words[k]!.norm)) return undefined;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const mention = speakerMention(ctx, words[j]!);
    if (mention && /^['’]s?\b/u.test(ctx.text.slice(mention.end, mention.end + 2))) {
      return { region: { start: mention.start, end: mention.end }, first: words.findIndex((t) => t.start >= mention.start) };
    }
  }
  return undefined;
}

/**
 * The subject of a verb: a mention, pronoun, role noun or press noun ending just before it (fillers allowed), or the
 * mention before an apposition ("Badr Albusaidi, Oman's foreign minister, wrote").
 */
function subjectBefore(
  ctx: SpeakerContext,
  words: readonly Token[],
  v: number,
  sentence: Span,
): { region: Span; first: number } | undefined {
  let i = v - 1;
  while (i >= 0 && VERB_FILLERS.has(words[i]!.norm)) i--;
  if (i < 0) return undefined;
  const w = words[i]!;
  const gap = ctx.text.slice(w.end, words[i + 1]!.start);
  if (gap.includes(',')) {
    // An apposition closed by a comma: the subject ends just before the comma that opens it.
    for (let k = i - 1; k >= Math.max(0, i - 10); k--) {
      if (!ctx.text.slice(words[k]!.end, words[k + 1]!.start).includes(',')) continue;
      const owner = ownerOf(ctx, words, k);
      if (owner) return owner;
      const mention = speakerMention(ctx, words[k]!);
      if (mention) return { region: { start: mention.start, end: mention.end }, first: words.findIndex((t) => t.start >= mention.start) };
      break;
    }
  }
  const owner = ownerOf(ctx, words, i);
  if (owner) return owner;
  // "Hamas officials said": the body the group speaks for.
  const body = GROUP_NOUNS.has(w.norm) && i > 0 ? speakerMention(ctx, words[i - 1]!) : undefined;
  if (body && body.kind === 'Institution')
    return { region: { start: body.start, end: body.end }, first: words.findIndex((t) => t.start >= body.start) };
  const mention = speakerMention(ctx, w);
  if (mention) {
    const first = words.findIndex((t) => t.start >= mention.start);
    return { region: { start: Math.max(sentence.start, mention.start), end: words[v]!.start }, first };
  }
  // A pronoun, or a noun phrase headed by a role, institution or press noun: "he", "the special envoy", "the
  // Secretary of State", "the group", "U.S. media".
  const isHead = (t: Token) =>
    PRONOUNS.has(t.norm) ||
    INSTITUTION_PRONOUNS.has(t.norm) ||
    ROLE_NOUNS.has(t.norm) ||
    INSTITUTION_NOUNS.has(t.norm) ||
    MEDIA_NOUNS.has(t.norm);
  let head = i;
  while (head > i - 3 && head >= 0 && !isHead(words[head]!) && (words[head]!.capitalized || words[head]!.norm === 'of')) head--;
  if (head < 0 || !isHead(words[head]!)) return undefined;
  let first = head;
  if (!PRONOUNS.has(words[head]!.norm) && !INSTITUTION_PRONOUNS.has(words[head]!.norm)) {
    const modifier = (k: number) => first === head && speakerMention(ctx, words[k]!)?.kind === 'Institution';
    while (
      first - 1 >= 0 &&
      head - first < 4 &&
      !LEADING.has(words[first - 1]!.norm) &&
      (!speakerMention(ctx, words[first - 1]!) || modifier(first - 1)) &&
      !ctx.text.slice(words[first - 1]!.end, words[first]!.start).includes(',')
    ) {
      first--;
      if (/^(?:the|his|her|its|a|an)$/iu.test(words[first]!.text)) break;
    }
  }
  return { region: { start: words[first]!.start, end: words[v]!.start }, first };
}

function speakerOf(ctx: SpeakerContext, region: Span, verbAt: number): Pick<ReportedSpeech, 'speaker' | 'media'> | undefined {
  const speaker = resolveSpeaker(ctx, region, verbAt);
  if (speaker) return { speaker };
  const media = mediaPhrase(ctx, region);
  return media ? { media } : undefined;
}

/** "according to Reuters", "according to Jane Doe": a capitalised name the text has not resolved, as a new speaker. */
function properName(ctx: SpeakerContext, region: Span): Pick<ReportedSpeech, 'media' | 'mediaIsPerson'> | undefined {
  const words = tokensIn(ctx.tokens, region).filter((t, i) => !(i === 0 && t.norm === 'the'));
  if (words.length === 0 || words.length > 4 || !words.every((t) => t.capitalized || ['of', 'for', 'and'].includes(t.norm)))
    return undefined;
  if (PRONOUNS.has(words[0]!.norm)) return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const person =
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((t) => t.capitalized) &&
    !/^the\b/iu.test(ctx.text.slice(region.start, first.start + 3).trim());
  return { media: { start: first.start, end: last.end }, mediaIsPerson: person };
}

/** Reported speech in one sentence, if any. */
export function findReportedSpeech(ctx: SpeakerContext, sentence: Sentence): ReportedSpeech | undefined {
  const { text } = ctx;
  const words = tokensIn(ctx.tokens, sentence);
  // "According to X, ..." or "..., according to X."
  const a = words.findIndex((t, i) => t.norm === 'according' && words[i + 1]?.norm === 'to');
  if (a >= 0 && a + 2 < words.length) {
    const afterTo = words[a + 2]!.start;
    const comma = text.indexOf(',', afterTo);
    const regionEnd = comma >= 0 && comma < sentence.end ? comma : sentence.end;
    const who = speakerOf(ctx, { start: afterTo, end: regionEnd }, afterTo) ?? properName(ctx, { start: afterTo, end: regionEnd });
    if (who) {
      const atStart = words.slice(0, a).every((t) => LEADING.has(t.norm));
      const clause = atStart ? clauseFrom(text, regionEnd, sentence.end) : clauseFrom(text, sentence.start, words[a]!.start);
      return withClauses(text, 'REPORT', clause, { ...who, cue: 'according to' });
    }
  }
  for (let v = 0; v < words.length; v++) {
    const verb = words[v]!;
    const isReport = REPORT_VERBS.has(verb.norm);
    const isAnalysis = ANALYSIS_VERBS.has(verb.norm);
    if (!isReport && !isAnalysis) continue;
    const kind: ClaimKind = isAnalysis ? 'ANALYSIS' : 'REPORT';
    const subject = subjectBefore(ctx, words, v, sentence);
    // "..., said X." / "..., X said."
    const tailWords = words.length - 1 - v;
    if (subject && tailWords <= 2) {
      const comma = text.lastIndexOf(',', subject.region.start);
      if (comma > sentence.start && words.slice(0, subject.first).every((t) => t.end <= comma)) {
        const who = speakerOf(ctx, subject.region, verb.start);
        if (who) return withClauses(text, kind, clauseFrom(text, sentence.start, comma), { ...who, cue: verb.text });
      }
    }
    if (!subject && tailWords <= 4 && v > 0 && text.slice(words[v - 1]!.end, verb.start).includes(',')) {
      const region = { start: verb.end, end: sentence.end };
      const who = speakerOf(ctx, region, verb.end);
      if (who) return withClauses(text, kind, clauseFrom(text, sentence.start, words[v - 1]!.end), { ...who, cue: verb.text });
    }
    if (!subject) continue;
    // Not a subordinate clause's verb ("whether Rubio said ...", "the deal that Witkoff announced").
    if (subject.first > 0 && SUBORDINATORS.has(words[subject.first - 1]!.norm)) continue;
    const who = speakerOf(ctx, subject.region, verb.start);
    if (!who) continue;
    const startsWithAs = words[0]?.norm === 'as';
    let clauseStart = verb.end;
    const that = words.slice(v + 1, v + 10).find((t) => t.norm === 'that');
    const afterVerb = text.slice(verb.end, sentence.end);
    // "recalled its ambassadors", "listed what she expects:": speech only before a clause or a list.
    if (CLAUSE_ONLY_VERBS.has(verb.norm) && words[v + 1]?.norm !== 'that' && !/^\s*[,:]/u.test(afterVerb) && !sentence.introducesList)
      continue;
    if (startsWithAs) {
      const comma = text.indexOf(',', verb.end);
      const colon = text.indexOf(':', verb.end);
      const cut = [comma, colon].filter((c) => c >= 0 && c < sentence.end).sort((x, y) => x - y)[0];
      clauseStart = cut === undefined ? sentence.end : cut + 1;
    } else if (that) {
      clauseStart = that.end;
    } else if (/^\s*[,:]/u.test(afterVerb)) {
      clauseStart = verb.end;
    } else if (verb.norm === 'told' || verb.norm === 'tells') {
      const object = words[v + 1];
      const objectMention = object && ctx.mentions.find((m) => m.start === object.start);
      clauseStart = objectMention ? objectMention.end : object ? object.end : sentence.end;
    } else if (/^\s+(?:on|in|at|to|with|during|after|before|about|of|for)\b/iu.test(afterVerb)) {
      continue;
    }
    const clause = clauseFrom(text, clauseStart, sentence.end);
    if (clause.end <= clause.start && !sentence.introducesList) continue;
    if (tokensIn(ctx.tokens, clause).length < 3 && !sentence.introducesList) continue;
    return withClauses(text, kind, clause, { ...who, cue: verb.text });
  }
  return undefined;
}
