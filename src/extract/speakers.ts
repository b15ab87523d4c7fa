// Speaker resolution: the entity named next to a speech verb, or a pronoun ("he") or role noun ("the envoy") taken
// back to the last named person (for a role noun, preferably the last person named beside that role word).
import { INSTITUTION_NOUNS, INSTITUTION_PRONOUNS, MEDIA_NOUNS, PRONOUNS, ROLE_NOUNS } from './cues.js';
import { contains, tokenIndexAt, tokenize, tokensIn } from './text.js';
import type { DictionaryEntry, EntityRecord, Mention, Span, Token } from './types.js';

export interface SpeakerContext {
  text: string;
  tokens: readonly Token[];
  mentions: readonly Mention[];
  entities: Map<string, EntityRecord>;
  /** Spans inside quotation marks: names there are not speakers. */
  quoted: readonly Span[];
  /** The graph's entries, whose titled aliases ("Secretary of State Rubio") resolve a role phrase. */
  dictionary: readonly DictionaryEntry[];
}

export interface ResolvedSpeaker {
  key: string;
  /** How it was found, for the claim's reason. */
  how: string;
  confidence: number;
  /** The span naming the speaker (a mention, pronoun or role noun). */
  at: Span;
}

const inQuote = (ctx: SpeakerContext, span: Span) => ctx.quoted.some((q) => contains(q, span));
const nameOf = (ctx: SpeakerContext, key: string) => ctx.entities.get(key)?.name ?? key;

// "According to X" names a speaker, so its "to" is left out.
const AFTER_PREPOSITION =
  /\b(?:beside|with|(?<![Aa]ccording )to|for|by|at|from|of|about|against|on|over|than|behind|alongside)\s+(?:the\s+|President\s+|Secretary\s+)?$/u;

/**
 * The last person named (outside quotations) before an offset; a person named after a preposition ("stood beside
 * Trump") gives way to the last one named as a subject, if that one is in the same or the previous sentence.
 */
export function lastNamedPerson(ctx: SpeakerContext, before: number): Mention | undefined {
  let found: Mention | undefined;
  let subject: Mention | undefined;
  for (const m of ctx.mentions) {
    if (m.start >= before) break;
    if (m.kind !== 'Person' || inQuote(ctx, m)) continue;
    found = m;
    if (!AFTER_PREPOSITION.test(ctx.text.slice(Math.max(0, m.start - 20), m.start))) subject = m;
  }
  if (found && subject && found !== subject) {
    const between = ctx.text.slice(subject.end, found.start);
    if ((between.match(/[.!?](?:\s|$)/gu) ?? []).length <= 1) return subject;
  }
  return found;
}

/** The last institution named (outside quotations) before an offset. */
function lastNamedInstitution(ctx: SpeakerContext, before: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of ctx.mentions) {
    if (m.start >= before) break;
    if (m.kind === 'Institution' && !inQuote(ctx, m)) found = m;
  }
  return found;
}

/** A person of the graph with a titled alias made of the role phrase and a name ("Secretary of State" + "Rubio"). */
function personWithTitle(ctx: SpeakerContext, phrase: readonly string[]): string | undefined {
  if (phrase.length < 2) return undefined;
  const hits = ctx.dictionary.filter(
    (e) =>
      e.kind === 'Person' &&
      e.aliases.some((a) => {
        const words = tokenize(a).map((t) => t.norm);
        return words.length > phrase.length && phrase.every((w, i) => words[i] === w);
      }),
  );
  return hits.length === 1 ? hits[0]!.id : undefined;
}

/** The last person named within a few words of a role word ("envoy Steve Witkoff", "Witkoff, the envoy"). */
function personWithRole(ctx: SpeakerContext, role: string, before: number): Mention | undefined {
  let found: Mention | undefined;
  for (let i = 0; i < ctx.tokens.length && ctx.tokens[i]!.start < before; i++) {
    if (ctx.tokens[i]!.norm !== role) continue;
    const window: Span = { start: ctx.tokens[Math.max(0, i - 5)]!.start, end: ctx.tokens[Math.min(ctx.tokens.length - 1, i + 5)]!.end };
    const near = ctx.mentions.filter((m) => m.kind === 'Person' && m.start >= window.start && m.end <= window.end && m.start < before);
    const closest = near.sort((a, b) => Math.abs(a.start - ctx.tokens[i]!.start) - Math.abs(b.start - ctx.tokens[i]!.start))[0];
    if (closest) found = closest;
  }
  return found;
}

/**
 * The speaker named in a region of attribution text, nearest to the speech verb at `verbAt`: an entity mention,
 * else a pronoun or role noun resolved backwards.
 */
export function resolveSpeaker(ctx: SpeakerContext, region: Span, verbAt: number): ResolvedSpeaker | undefined {
  // An institution naming a role ("the OPI fellow") is not the speaker: the person holding the role is.
  const modifiesRole = (m: Mention) => {
    const next = ctx.tokens[tokenIndexAt(ctx.tokens, m.end)];
    return (
      m.kind === 'Institution' &&
      next !== undefined &&
      ROLE_NOUNS.has(next.norm) &&
      next.end <= region.end &&
      /^\s+$/u.test(ctx.text.slice(m.end, next.start))
    );
  };
  const candidates = ctx.mentions.filter(
    (m) => contains(region, m) && (m.kind === 'Person' || m.kind === 'Institution') && !modifiesRole(m),
  );
  if (candidates.length > 0) {
    // The subject before the verb first ("Secretary Rubio, who ..., told reporters the United States ..."); after it
    // only when none precedes ("said Jane Doe").
    const distance = (m: Mention) => (m.end <= verbAt ? verbAt - m.end : 10_000 + m.start - verbAt);
    const best = [...candidates].sort((a, b) => distance(a) - distance(b))[0]!;
    return { key: best.key, how: `named "${ctx.text.slice(best.start, best.end)}"`, confidence: 0.9, at: best };
  }
  const words = tokensIn(ctx.tokens, region);
  const byDistance = words.map((t, i) => ({ t, i })).sort((a, b) => Math.abs(a.t.start - verbAt) - Math.abs(b.t.start - verbAt));
  for (const { t, i } of byDistance) {
    if (PRONOUNS.has(t.norm)) {
      const person = lastNamedPerson(ctx, region.start);
      if (person) return { key: person.key, how: `"${t.text}" -> last named person ${nameOf(ctx, person.key)}`, confidence: 0.75, at: t };
    }
    // "It warned", "They argued": an institution named earlier in the paragraph, at most two sentences back.
    if (INSTITUTION_PRONOUNS.has(t.norm)) {
      const inst = lastNamedInstitution(ctx, region.start);
      const between = inst ? ctx.text.slice(inst.end, region.start) : '\n';
      if (inst && !between.includes('\n') && (between.match(/[.!?](?:\s|$)/gu) ?? []).length <= 2)
        return { key: inst.key, how: `"${t.text}" -> last named institution ${nameOf(ctx, inst.key)}`, confidence: 0.6, at: t };
    }
    // "the envoy", "the special envoy", "the Iranian foreign minister"; "the OPI fellow" (an institution's role).
    const det = [1, 2, 3].map((k) => words[i - k]).find((p) => p && /^(the|our|his|her|their)$/iu.test(p.text));
    const prev = det && !ctx.mentions.some((m) => m.start >= det.end && m.end <= t.start && m.kind !== 'Institution') ? det : undefined;
    if (ROLE_NOUNS.has(t.norm) && prev) {
      // "the Secretary of State": the role phrase up to the verb, matched against titled aliases first.
      const phrase = words
        .slice(words.indexOf(prev) + 1)
        .filter((w) => w.end <= verbAt)
        .map((w) => w.norm);
      const titled = personWithTitle(ctx, phrase);
      if (titled)
        return {
          key: titled,
          how: `"the ${phrase.join(' ')}" -> ${nameOf(ctx, titled)} (titled alias)`,
          confidence: 0.75,
          at: { start: prev.start, end: t.end },
        };
      const person = personWithRole(ctx, t.norm, region.start) ?? lastNamedPerson(ctx, region.start);
      if (person)
        return {
          key: person.key,
          how: `"the ${t.text}" -> ${nameOf(ctx, person.key)}`,
          confidence: 0.7,
          at: { start: prev.start, end: t.end },
        };
    }
    if (INSTITUTION_NOUNS.has(t.norm) && prev) {
      const inst = lastNamedInstitution(ctx, region.start);
      if (inst)
        return {
          key: inst.key,
          how: `"the ${t.text}" -> last named institution ${nameOf(ctx, inst.key)}`,
          confidence: 0.65,
          at: { start: prev.start, end: t.end },
        };
    }
  }
  return undefined;
}

/** A press noun phrase next to the verb ("Israeli media", "U.S. media"), naming a new institution. */
export function mediaPhrase(ctx: SpeakerContext, region: Span): Span | undefined {
  const words = tokensIn(ctx.tokens, region);
  for (let i = words.length - 1; i >= 0; i--) {
    if (!MEDIA_NOUNS.has(words[i]!.norm)) continue;
    let j = i;
    while (j - 1 >= 0 && words[j - 1]!.capitalized) j--;
    return { start: words[j]!.start, end: words[i]!.end };
  }
  return undefined;
}
