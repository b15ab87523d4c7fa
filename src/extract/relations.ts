// Candidate relations: a lexicon cue in a sentence, with the nearest entities of the kinds RELATION_RULES allows on
// each side (lists of names joined by "and" taken whole, "him"/"her" taken back to the person meant, "the summit" to
// the event last named so), evidenced by the claim that states the sentence; plus roles stated beside names.
import { RELATION_RULES } from '../domain/vocabulary.js';
import { tracksIn } from './about.js';
import { DENIED, ENDED, LEXICON, NEGATION, type LexiconEntry } from './lexicon.js';
import type { RelationContext, RelationRecord } from './relation-types.js';
import { appositionRoles, rolesBeforeNames } from './roles.js';
import { overlaps, tokensIn } from './text.js';
import type { ClaimRecord, EntityKind, Mention, Sentence, Span } from './types.js';

export type { RelationContext, RelationRecord } from './relation-types.js';

const kindOf = (ctx: RelationContext, key: string): EntityKind | undefined => ctx.entities.get(key)?.kind;
const fits = (ctx: RelationContext, key: string, kinds: readonly EntityKind[]) => kinds.includes(kindOf(ctx, key)!);
const PREPOSITION = /\b(?:beside|with|to|for|by|at|from|of|about|against|on|over|through|than|and)\s+$/iu;

/** The claim stating a span: the one whose span covers it, else the first whose sentence holds it. */
function evidenceFor(ctx: RelationContext, cue: Span, sentence: Span): number | undefined {
  const covering = ctx.claims.findIndex((c) => c.span.start <= cue.start && cue.end <= c.span.end);
  if (covering >= 0) return covering;
  const inSentence = ctx.claims.findIndex((c) => overlaps(c.context, sentence) || overlaps(c.span, sentence));
  return inSentence >= 0 ? inSentence : undefined;
}

/** A mention followed by a possessive ("Trump’s love of ...") modifies a noun; it is not a subject. */
const possessive = (text: string, m: Mention) => /^['’]s?\b/u.test(text.slice(m.end, m.end + 2));
/** A mention after a preposition ("beside Trump") is no subject either. */
const afterPreposition = (ctx: RelationContext, m: Mention) => PREPOSITION.test(ctx.text.slice(Math.max(0, m.start - 12), m.start));

/** The mentions joined to one by "and" or commas ("Egypt and Qatar", "Rubio and Witkoff"), in text order. */
function coordinated(ctx: RelationContext, m: Mention, inSentence: readonly Mention[]): Mention[] {
  const list = [m];
  const joins = (a: Mention, b: Mention) =>
    /^(?:\s*,\s*|\s+and\s+(?:the\s+)?|\s*,\s*and\s+(?:the\s+)?)$/u.test(ctx.text.slice(a.end, b.start));
  let i = inSentence.indexOf(m);
  if (i < 0) return list;
  while (i > 0 && joins(inSentence[i - 1]!, inSentence[i]!) && kindOf(ctx, inSentence[i - 1]!.key) === m.kind)
    list.unshift(inSentence[--i]!);
  i = inSentence.indexOf(m);
  while (i + 1 < inSentence.length && joins(inSentence[i]!, inSentence[i + 1]!) && kindOf(ctx, inSentence[i + 1]!.key) === m.kind)
    list.push(inSentence[++i]!);
  return list;
}

/** "him"/"her" right after a cue: the last person named as a subject before it, other than `not`. */
function objectPronoun(ctx: RelationContext, cue: Span, sentence: Sentence, not: string | undefined): Mention | undefined {
  if (!/^\s+(?:him|her)\b/iu.test(ctx.text.slice(cue.end, cue.end + 5))) return undefined;
  const prior = ctx.sentences[sentence.index - 1];
  const from = prior ? prior.start : sentence.start;
  const candidates = ctx.mentions.filter(
    (m) =>
      m.kind === 'Person' &&
      m.start >= from &&
      m.end <= cue.start &&
      m.key !== not &&
      !possessive(ctx.text, m) &&
      !afterPreposition(ctx, m),
  );
  const inThis = candidates.filter((m) => m.start >= sentence.start);
  return (inThis.length > 0 ? inThis[0] : candidates[0]) ?? undefined;
}

/** "the summit", "the talks": the event last named whose name ends with that noun. */
function eventReferredTo(ctx: RelationContext, sentence: Sentence): Mention | undefined {
  for (const m of tokensIn(ctx.tokens, sentence)) {
    if (m.norm !== 'the') continue;
    const noun = tokensIn(ctx.tokens, { start: m.end, end: m.end + 20 })[0];
    if (!noun) continue;
    const named = [...ctx.mentions]
      .reverse()
      .find(
        (e) =>
          e.kind === 'Event' &&
          e.end <= noun.start &&
          (ctx.entities.get(e.key)?.name ?? '').toLowerCase().split(/\s+/u).includes(noun.norm),
      );
    if (named) return { ...named, start: m.start, end: noun.end };
  }
  return undefined;
}

function sides(
  ctx: RelationContext,
  entry: LexiconEntry,
  sentence: Sentence,
  cue: Span,
  inSentence: Mention[],
  claim: ClaimRecord | undefined,
): Array<[string, string]> {
  const rule = RELATION_RULES[entry.type];
  const before = inSentence.filter((m) => m.end <= cue.start && fits(ctx, m.key, rule.from)).reverse();
  // Nearest first, a possessive ("Trump’s point man, Witkoff") after any plain mention.
  const after = (kinds: readonly EntityKind[]) => {
    const list = inSentence.filter(
      (m) => m.start >= cue.start && fits(ctx, m.key, kinds) && !DENIED.test(ctx.text.slice(Math.max(0, m.start - 25), m.start)),
    );
    return [...list.filter((m) => !possessive(ctx.text, m)), ...list.filter((m) => possessive(ctx.text, m))];
  };
  const subject = before.find((m) => !possessive(ctx.text, m)) ?? before[0];
  // "A and B, who heads X": the relative clause is B's alone.
  const relative = subject && /,\s+who\b/iu.test(ctx.text.slice(subject.end, cue.start));
  const subjects = subject ? (relative ? [subject] : coordinated(ctx, subject, inSentence)) : [];
  const pronoun = objectPronoun(ctx, cue, sentence, subject?.key);
  const trackIds = [
    ...new Set([
      ...inSentence.filter((m) => kindOf(ctx, m.key) === 'PolicyTrack').map((m) => m.key),
      ...tracksIn(ctx.cues, tokensIn(ctx.tokens, sentence)),
    ]),
  ];
  const pairs = (froms: readonly string[], tos: readonly string[]) =>
    froms.flatMap((f) => tos.filter((t) => t !== f).map((t) => [f, t] as [string, string]));
  switch (entry.reading) {
    case 'tracks': {
      // The tracks named before the cue ("Ukraine, Israel-Hamas, and Iran — where all roads lead through X"), else the article's.
      const first = pronoun ?? after(rule.to)[0];
      if (!first) return [];
      const tos = [
        first,
        ...after(rule.to).filter(
          (m) => m !== first && !possessive(ctx.text, m) && /\bthrough\s+$/iu.test(ctx.text.slice(Math.max(0, m.start - 9), m.start)),
        ),
      ];
      const named = [
        ...new Set([
          ...inSentence.filter((m) => m.end <= cue.start && kindOf(ctx, m.key) === 'PolicyTrack').map((m) => m.key),
          ...tracksIn(ctx.cues, tokensIn(ctx.tokens, { start: sentence.start, end: cue.start })),
        ]),
      ];
      const tracks = named.length > 0 ? named : ctx.mainTrack ? [ctx.mainTrack] : [];
      return pairs(
        tracks,
        tos.map((m) => m.key),
      );
    }
    case 'possessive': {
      const boss = before[0];
      if (boss && /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(ctx.text.slice(boss.end, cue.start))) {
        const man = after(rule.from).find((m) => m.key !== boss.key) ?? before.find((m) => m.key !== boss.key);
        return man ? [[man.key, boss.key]] : [];
      }
      const to = after(rule.to)[0];
      return subject && to ? pairs([subject.key], [to.key]) : [];
    }
    case 'reason': {
      const from = inSentence.find((m) => m.start >= cue.end && fits(ctx, m.key, rule.from));
      const to = inSentence.find((m) => m.end <= cue.start && fits(ctx, m.key, rule.to) && !possessive(ctx.text, m));
      return from && to ? pairs([from.key], [to.key]) : [];
    }
    case 'backward': {
      const from = after(rule.from)[0];
      const to = inSentence.filter((m) => m.end <= cue.start && fits(ctx, m.key, rule.to)).reverse()[0];
      return from && to ? pairs([from.key], [to.key]) : [];
    }
    case 'participants': {
      const event = inSentence.find((m) => kindOf(ctx, m.key) === 'Event') ?? eventReferredTo(ctx, sentence);
      if (!event) return [];
      const withWhom = after(rule.from).filter((m) => m.start < event.start || event.start < cue.start);
      const people = [...subjects, ...(/with|beside/iu.test(ctx.text.slice(cue.start, cue.end)) ? withWhom.slice(0, 1) : [])];
      return pairs([...new Set(people.map((m) => m.key))], [event.key]);
    }
    case 'anywhere-to': {
      let froms = subjects.map((m) => m.key);
      // "X said that the U.S. would no longer mediate": the reporting speaker, when the clause names no one.
      if (froms.length === 0 && claim?.kind === 'REPORT' && fits(ctx, claim.speaker, rule.from)) froms = [claim.speaker];
      if (froms.length === 0) return [];
      const toKinds: readonly EntityKind[] = rule.to;
      let targets = after(toKinds).map((m) => m.key);
      if (targets.length === 0) targets = inSentence.filter((m) => fits(ctx, m.key, toKinds)).map((m) => m.key);
      if (targets.length === 0 && toKinds.includes('Event'))
        targets = [eventReferredTo(ctx, sentence)?.key].filter((k): k is string => Boolean(k));
      if (targets.length === 0 && toKinds.includes('PolicyTrack'))
        targets = trackIds.length > 0 ? trackIds : ctx.mainTrack ? [ctx.mainTrack] : [];
      const to = targets.find((t) => !froms.includes(t));
      return to ? pairs(froms, [to]) : [];
    }
    default: {
      const first = pronoun ?? after(rule.to).find((m) => m.key !== subject?.key);
      if (!subject || !first) return [];
      return pairs(
        subjects.map((m) => m.key),
        coordinated(ctx, first, inSentence)
          .filter((m) => fits(ctx, m.key, rule.to))
          .map((m) => m.key),
      );
    }
  }
}

/** Candidate relations of the article, one per (type, from, to), with all their evidence. */
export function findRelations(ctx: RelationContext, institutionNames: readonly Mention[]): RelationRecord[] {
  const found: RelationRecord[] = [...rolesBeforeNames(ctx, institutionNames, (cue, sentence) => evidenceFor(ctx, cue, sentence))];
  for (const sentence of ctx.sentences) {
    const body = ctx.text.slice(sentence.start, sentence.end);
    const all = ctx.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    found.push(...appositionRoles(ctx, sentence, all, (cue) => evidenceFor(ctx, cue, sentence)));
    found.push(...participantsOf(ctx, sentence, all));
    found.push(...eventsOfTracks(ctx, sentence, all));
    for (const entry of LEXICON) {
      for (const match of body.matchAll(entry.cue)) {
        const cue = { start: sentence.start + (match.index ?? 0), end: sentence.start + (match.index ?? 0) + match[0].length };
        const lead = ctx.text.slice(sentence.start, cue.start);
        const ended = entry.type === 'MEDIATES' && ENDED.test(lead);
        if ((NEGATION.test(lead) || DENIED.test(lead)) && entry.type !== 'ABSENT_FROM' && !ended) continue;
        const evidence = evidenceFor(ctx, cue, sentence);
        if (evidence === undefined) continue;
        const quote = ctx.quoted.find((q) => q.start <= cue.start && cue.end <= q.end);
        const inSentence = quote ? all.filter((m) => m.start >= quote.start && m.end <= quote.end) : all;
        for (const [from, to] of sides(ctx, entry, sentence, cue, inSentence, ctx.claims[evidence])) {
          found.push({
            type: entry.type,
            from,
            to,
            evidence: [evidence],
            confidence: entry.confidence,
            reason: `lexicon cue "${match[0]}" (${entry.type}): ${ctx.entities.get(from)?.name ?? from} -> ${ctx.entities.get(to)?.name ?? to}`,
            span: { start: sentence.start, end: sentence.end },
            cue: match[0],
            ...(ended ? { status: 'ENDED' as const } : {}),
          });
        }
      }
    }
  }
  const merged = new Map<string, RelationRecord>();
  for (const r of found) {
    const key = `${r.type} ${r.from} ${r.to}`;
    const seen = merged.get(key);
    if (!seen) merged.set(key, { ...r });
    else for (const ev of r.evidence) if (!seen.evidence.includes(ev)) seen.evidence.push(ev);
  }
  return [...merged.values()];
}

/** "the talks in Rome between A, B and C": each of them took part in the event. */
function participantsOf(ctx: RelationContext, sentence: Sentence, inSentence: readonly Mention[]): RelationRecord[] {
  const out: RelationRecord[] = [];
  for (const event of inSentence.filter((m) => m.kind === 'Event')) {
    const rest = ctx.text.slice(event.end, sentence.end);
    const between = /^\s+(?:between|among|involving)\s+/iu.exec(rest);
    if (!between) continue;
    const list =
      /^[^;:.]*?(?=\s+(?:were|was|is|are|has|have|had|ended|began|took|produced|yielded)\b|[;:.!?]|$)/u.exec(
        rest.slice(between[0].length),
      )?.[0] ?? '';
    const listEnd = event.end + between[0].length + list.length;
    const evidence = evidenceFor(ctx, event, sentence);
    if (evidence === undefined) continue;
    for (const m of inSentence) {
      if (m.start < event.end || m.end > listEnd || !fits(ctx, m.key, RELATION_RULES.PARTICIPATED_IN.from)) continue;
      out.push({
        type: 'PARTICIPATED_IN',
        from: m.key,
        to: event.key,
        evidence: [evidence],
        confidence: 0.55,
        reason: `"${between[0].trim()}" list after the event`,
        span: { start: sentence.start, end: sentence.end },
        cue: between[0].trim(),
      });
    }
  }
  return out;
}

/** An event named in a sentence that names a track: the event is part of that track. */
function eventsOfTracks(ctx: RelationContext, sentence: Sentence, inSentence: readonly Mention[]): RelationRecord[] {
  const events = inSentence.filter((m) => m.kind === 'Event');
  if (events.length === 0) return [];
  const tracks = new Set(inSentence.filter((m) => m.kind === 'PolicyTrack').map((m) => m.key));
  const out: RelationRecord[] = [];
  for (const event of events) {
    const evidence = evidenceFor(ctx, event, sentence);
    if (evidence === undefined) continue;
    for (const track of tracks) {
      out.push({
        type: 'PART_OF',
        from: event.key,
        to: track,
        evidence: [evidence],
        confidence: 0.4,
        reason: 'event and track named in one sentence',
        span: { start: sentence.start, end: sentence.end },
        cue: ctx.text.slice(event.start, event.end),
      });
    }
  }
  return out;
}
