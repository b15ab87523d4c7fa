// Direct quotes: text in curly or straight quotation marks, attributed by a speech verb before or after it
// ("X said: “...”", "“...,” said X", "As X put it, “...”"), by "X: “...”", or continuing the previous quote;
// a quote split by its attribution ("“A,” X said, “B.”") is one claim.
import { CONTINUING_VERBS, PRONOUNS, SPEECH_VERBS } from './cues.js';
import { sentenceAt } from './sentences.js';
import { lastNamedPerson, resolveSpeaker, type ResolvedSpeaker, type SpeakerContext } from './speakers.js';
import { normalize, tokensIn, trimSpan } from './text.js';
import type { ClaimRecord, Sentence, Span, Token } from './types.js';

export interface Quotation {
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
  inner: Span;
}

/** Quotations in the text: “…” pairs, and "…" pairs within a line. */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let open = -1;
  let straightOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      straightOpen = -1;
    } else if (c === '“') {
      open = i;
    } else if (c === '”' && open >= 0) {
      out.push({ open, close: i, inner: trimSpan(text, { start: open + 1, end: i }) });
      open = -1;
    } else if (c === '"') {
      if (straightOpen < 0 && (i === 0 || /[\s([{—–-]/u.test(text[i - 1]!))) straightOpen = i;
      else if (straightOpen >= 0) {
        out.push({ open: straightOpen, close: i, inner: trimSpan(text, { start: straightOpen + 1, end: i }) });
        straightOpen = -1;
      }
    }
  }
  return out.filter((q) => q.inner.end > q.inner.start).sort((a, b) => a.open - b.open);
}

const isVerb = (tokens: readonly Token[], i: number) =>
  SPEECH_VERBS.has(tokens[i]!.norm) && (tokens[i]!.norm !== 'put' || tokens[i + 1]?.norm === 'it');

const wordCount = (text: string, span: Span) =>
  text
    .slice(span.start, span.end)
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

interface Attribution {
  speaker: ResolvedSpeaker;
  how: string;
  /** Characters between the speech verb and the quotation mark. */
  distance: number;
  /** A pronoun with a continuing verb ("he added"). */
  continues?: boolean;
}

const continuing = (ctx: SpeakerContext, speaker: ResolvedSpeaker, verb: Token) =>
  CONTINUING_VERBS.has(verb.norm) && PRONOUNS.has(normalize(ctx.text.slice(speaker.at.start, speaker.at.end)));

function attributionAfter(ctx: SpeakerContext, region: Span, endsSentence: boolean): Attribution | undefined {
  if (!/^[\s,.!?;:—–-]*$/u.test(ctx.text.slice(region.start, tokensIn(ctx.tokens, region)[0]?.start ?? region.end))) return undefined;
  const words = tokensIn(ctx.tokens, region).slice(0, 9);
  const v = words.findIndex((_, i) => i < 7 && isVerb(words, i));
  if (v < 0) return undefined;
  // After a quote that ends its sentence, only a short attribution sentence counts ("He said.").
  if (endsSentence && tokensIn(ctx.tokens, region).length - v > 4) return undefined;
  const end = words[Math.min(words.length - 1, v + 5)]!.end;
  const speaker = resolveSpeaker(ctx, { start: region.start, end }, words[v]!.start);
  return (
    speaker && {
      speaker,
      how: `"${words[v]!.text}" after the quote`,
      distance: words[v]!.start - region.start,
      continues: continuing(ctx, speaker, words[v]!),
    }
  );
}

function attributionBefore(ctx: SpeakerContext, region: Span): Attribution | undefined {
  const words = tokensIn(ctx.tokens, region);
  const tail = ctx.text.slice(region.start, region.end).trimEnd();
  for (let i = words.length - 1; i >= Math.max(0, words.length - 12); i--) {
    if (!isVerb(words, i)) continue;
    const speaker = resolveSpeaker(ctx, region, words[i]!.start);
    if (speaker)
      return {
        speaker,
        how: `"${words[i]!.text}" before the quote`,
        distance: region.end - words[i]!.end,
        continues: continuing(ctx, speaker, words[i]!),
      };
  }
  if (tail.endsWith(':') || tail.endsWith('—')) {
    const speaker = resolveSpeaker(ctx, region, region.end);
    if (speaker)
      return {
        speaker,
        how: `"${ctx.text.slice(speaker.at.start, speaker.at.end)}:" before the quote`,
        distance: region.end - speaker.at.end,
      };
  }
  return undefined;
}

const QA_LINE = /^[ \t]*[QA][ \t]*[:.]/u;

/**
 * An answer of a Q&A passage ('A: "..."'): the interviewee's words, i.e. the last person named before the
 * passage's first line ("We put two questions to X.").
 */
function answerSpeaker(ctx: SpeakerContext, q: Quotation): Attribution | undefined {
  const lineStart = ctx.text.lastIndexOf('\n', q.open) + 1;
  if (!/^[ \t]*A[ \t]*[:.][ \t]*$/u.test(ctx.text.slice(lineStart, q.open))) return undefined;
  let first = lineStart;
  for (;;) {
    const prevEnd = first - 1;
    if (prevEnd <= 0) break;
    let prevStart = ctx.text.lastIndexOf('\n', prevEnd - 1) + 1;
    // Blank lines between the exchanges belong to the passage.
    while (prevStart > 0 && ctx.text.slice(prevStart, prevEnd).trim() === '') prevStart = ctx.text.lastIndexOf('\n', prevStart - 2) + 1;
    if (!QA_LINE.test(ctx.text.slice(prevStart, prevEnd))) break;
    first = prevStart;
  }
  if (first === lineStart) return undefined;
  // The person named last in the line introducing the passage, else the last one named before it.
  const introStart = ctx.text.lastIndexOf('\n', Math.max(0, ctx.text.slice(0, first).trimEnd().length - 1)) + 1;
  const introduced = ctx.mentions.filter((m) => m.kind === 'Person' && m.start >= introStart && m.end <= first).pop();
  const person = introduced ?? lastNamedPerson(ctx, first);
  if (!person) return undefined;
  const name = ctx.text.slice(person.start, person.end);
  return {
    speaker: { key: person.key, how: `the interviewee, last named before the Q&A passage, "${name}"`, confidence: 0.7, at: person },
    how: 'an answer ("A:") in a Q&A passage',
    distance: 0,
  };
}

interface QuoteFound {
  q: Quotation;
  attribution: Attribution;
  /** The attribution sits between this quote and the next one. */
  after: boolean;
}

/** QUOTE claims (speaker keys unresolved to refs yet) and the quotations that are only scare quotes or terms. */
export function findQuoteClaims(ctx: SpeakerContext, sentences: readonly Sentence[], quotations: readonly Quotation[]): ClaimRecord[] {
  const found: QuoteFound[] = [];
  quotations.forEach((q, k) => {
    const prev = quotations[k - 1];
    const next = quotations[k + 1];
    const openSentence = sentenceAt(sentences, q.open);
    const closeSentence = sentenceAt(sentences, q.close + 1);
    const nextSentence = closeSentence && closeSentence.end <= q.close + 1 ? sentences[closeSentence.index + 1] : closeSentence;
    const preStart = Math.max(openSentence?.start ?? 0, prev ? prev.close + 1 : 0);
    const postEnd = Math.min(nextSentence?.end ?? ctx.text.length, next ? next.open : ctx.text.length, q.close + 160);
    const words = wordCount(ctx.text, q.inner);
    if (words < 2) return;
    const endsSentence = /[.!?]$/u.test(ctx.text.slice(q.inner.start, q.inner.end));
    const answer = answerSpeaker(ctx, q);
    if (answer) {
      found.push({ q, attribution: answer, after: false });
      return;
    }
    const after = attributionAfter(ctx, { start: q.close + 1, end: postEnd }, endsSentence);
    const before = preStart < q.open ? attributionBefore(ctx, { start: preStart, end: q.open }) : undefined;
    const attribution = after && (!before || after.distance <= before.distance) ? after : before;
    if (attribution) {
      found.push({ q, attribution, after: attribution === after });
      return;
    }
    // An unattributed long quote right after an attributed one continues it.
    const last = found[found.length - 1];
    const sameOrNextParagraph = last && (sentenceAt(sentences, q.open)?.line ?? 0) - (sentenceAt(sentences, last.q.close)?.line ?? 0) <= 2;
    if (words >= 6 && last && sameOrNextParagraph && q.open - last.q.close < 400) {
      found.push({
        q,
        attribution: { speaker: { ...last.attribution.speaker, confidence: 0.6 }, how: 'continues the previous quote', distance: 0 },
        after: false,
      });
      return;
    }
    // A long quote standing as its own sentence after a sentence that names one person only: that person's words.
    const previous = openSentence && openSentence.start >= q.open - 1 ? sentences[openSentence.index - 1] : undefined;
    const people = previous
      ? [
          ...new Set(
            ctx.mentions.filter((m) => m.kind === 'Person' && m.start >= previous.start && m.end <= previous.end).map((m) => m.key),
          ),
        ]
      : [];
    const person = people.length === 1 ? ctx.mentions.find((m) => m.key === people[0] && m.start >= previous!.start) : undefined;
    if (words >= 6 && person) {
      found.push({
        q,
        attribution: {
          speaker: {
            key: person.key,
            how: `the only person named in the sentence before, "${ctx.text.slice(person.start, person.end)}"`,
            confidence: 0.5,
            at: person,
          },
          how: 'no attribution',
          distance: 0,
        },
        after: false,
      });
    }
  });
  const claims: ClaimRecord[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i]!;
    let lastQ = first.q;
    // "“A,” X said, “B.”": the second part, attributed by the same words, joins the first.
    while (i + 1 < found.length) {
      const nxt = found[i + 1]!;
      const between = ctx.text.slice(lastQ.close + 1, nxt.q.open);
      const splitByAttribution =
        first.after &&
        nxt.attribution.speaker.key === first.attribution.speaker.key &&
        between.length < 80 &&
        !/[.!?]\s*$/u.test(between.trim()) &&
        !/[.!?]$/u.test(ctx.text.slice(lastQ.inner.start, lastQ.inner.end));
      // "“A,” he added. “B.”": a quote cut by a bare attribution sentence (up to three words), continued on the same line.
      const cutByAttributionSentence =
        first.after &&
        nxt.attribution.speaker.key === first.attribution.speaker.key &&
        lastQ === first.q &&
        /,$/u.test(ctx.text.slice(lastQ.inner.start, lastQ.inner.end)) &&
        /^[\s“”"]*[\p{L}.]+(?:\s+[\p{L}.]+){1,2}\.[\s“”"]*$/u.test(between);
      if (!splitByAttribution && !cutByAttributionSentence) break;
      lastQ = nxt.q;
      i++;
    }
    const span = { start: first.q.inner.start, end: lastQ.inner.end };
    const parts = found
      .filter((f) => f.q.open >= first.q.open && f.q.open <= lastQ.open)
      .map((f) => ctx.text.slice(f.q.inner.start, f.q.inner.end).replace(/[,;:]$/u, ''));
    const s1 = sentenceAt(sentences, first.q.open);
    const s2 = sentenceAt(sentences, lastQ.close);
    // Words in quotation marks that the media report ("“...,” U.S. media report") are a report, not an on-the-record quote.
    const reported = /\breport(?:s|ed)?\b/iu.test(first.attribution.how);
    claims.push({
      kind: reported ? 'REPORT' : 'QUOTE',
      span,
      context: { start: Math.min(s1?.start ?? span.start, span.start), end: Math.max(s2?.end ?? span.end, lastQ.close + 1) },
      text: parts.join(' '),
      speaker: first.attribution.speaker.key,
      confidence: first.attribution.speaker.confidence,
      reason:
        `${reported ? 'report: words in quotation marks that the media report' : 'quote: words in quotation marks'}` +
        `${parts.length > 1 ? ` (${parts.length} parts split by the attribution)` : ''}; ` +
        `${first.attribution.how}; speaker ${first.attribution.speaker.how}`,
      ...(first.attribution.continues ? { continues: true } : {}),
    });
  }
  return claims;
}
