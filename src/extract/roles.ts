// Roles stated next to a name: "Treasury Secretary Bessent", "Badr Albusaidi, Oman's foreign minister", "Dana Reyes, a
// senior fellow at the X Institute", "Marta Kowalczyk, director of the Y Forum", "Rafael Grossi, the agency's
// director general" -> HOLDS_ROLE_IN, or HEADS for a head's role.
import { INSTITUTION_NOUNS, ROLE_NOUNS } from './cues.js';
import type { RelationContext, RelationRecord } from './relation-types.js';
import { tokensIn } from './text.js';
import type { Mention, Sentence, Span } from './types.js';

const HEAD_ROLE = /\b(?:director|director general|head|chief|chair|chairman|chairwoman|president|leader|founder|secretary general|ceo)\b/iu;
// ", a senior fellow at the", ", director of the", ", who follows Gulf diplomacy for the", ", who now writes for the"
const APPOSITION = /^,\s+((?:(?:a|an|the)\s+)?(?:former\s+)?[\p{L}\s-]{0,60}?)\s+(?:at|of|for|with|in)\s+(?:the\s+)?$/u;
const WHO_VERBS = String.raw`heads|leads|chairs|runs|writes for|works for|works at|follows [\p{L}\s-]{1,40}? for|reports for|advises`;
const WHO_CLAUSE = new RegExp(String.raw`^,\s+(?:a\s+[\p{L}\s-]{0,40}?\s+)?who\s+(?:now\s+)?(${WHO_VERBS})\s+(?:the\s+)?$`, 'u');
// Words that make an apposition a role wherever they stand in it (ROLE_NOUNS is asked about its last word only).
const ROLE_WORDS = new RegExp(
  String.raw`\b(?:fellow|analyst|specialist|researcher|expert|editor|correspondent|professor|scholar|diplomat|member|director|` +
    String.raw`head|chief|spokesman|spokeswoman|spokesperson|official|adviser|advisor)\b`,
  'iu',
);

function record(person: Mention, inst: Mention, role: string, sentence: Sentence, evidence: number, cue: string): RelationRecord {
  const heads = HEAD_ROLE.test(role) || /^(?:heads|leads|chairs|runs)$/u.test(role);
  return {
    type: heads ? 'HEADS' : 'HOLDS_ROLE_IN',
    from: person.key,
    to: inst.key,
    evidence: [evidence],
    confidence: 0.6,
    reason: `role "${role}" stated beside the name`,
    span: { start: sentence.start, end: sentence.end },
    cue,
    role: role.slice(0, 200),
  };
}

/** The institution a possessive role refers to: a mention ("Oman's"), or "the agency's" -> the last institution named. */
function possessor(ctx: RelationContext, at: number, before: number): Mention | undefined {
  const words = tokensIn(ctx.tokens, { start: at, end: Math.min(ctx.text.length, at + 40) });
  const mention = ctx.mentions.find((m) => m.start === words[0]?.start && m.kind === 'Institution');
  if (mention) return mention;
  if (words[0] && INSTITUTION_NOUNS.has(words[0].norm) && /^['’]s?\b/u.test(ctx.text.slice(words[0].end, words[0].end + 2))) {
    return [...ctx.mentions].reverse().find((m) => m.kind === 'Institution' && m.end <= before);
  }
  return undefined;
}

/** Roles given beside a person's name in an apposition or relative clause. */
export function appositionRoles(
  ctx: RelationContext,
  sentence: Sentence,
  inSentence: readonly Mention[],
  evidenceFor: (cue: Span) => number | undefined,
): RelationRecord[] {
  const out: RelationRecord[] = [];
  for (const person of inSentence.filter((m) => m.kind === 'Person')) {
    const evidence = evidenceFor(person);
    if (evidence === undefined) continue;
    const later = inSentence.filter((m) => m.start > person.end && m.kind === 'Institution');
    for (const inst of later.slice(0, 2)) {
      const between = ctx.text.slice(person.end, inst.start);
      if (between.length > 90 || /[;.]/u.test(between)) break;
      const app = APPOSITION.exec(between);
      const who = WHO_CLAUSE.exec(between);
      const words = app?.[1]?.trim().replace(/^(?:a|an|the)\s+/iu, '');
      if (who) out.push(record(person, inst, who[1]!.replace(/\s+(?:at|for)$/u, ''), sentence, evidence, who[0].trim()));
      else if (app && words && (ROLE_NOUNS.has(words.split(/\s+/u).pop()!.toLowerCase()) || ROLE_WORDS.test(words))) {
        out.push(record(person, inst, words, sentence, evidence, app[0].trim()));
      }
      break;
    }
    // "Badr Albusaidi, Oman's foreign minister" / "Rafael Grossi, the agency's director general"
    const lead = /^,\s+(?:the\s+)?/u.exec(ctx.text.slice(person.end, sentence.end));
    if (!lead) continue;
    const at = person.end + lead[0].length;
    const inst = possessor(ctx, at, person.start);
    const owner = tokensIn(ctx.tokens, { start: at, end: sentence.end })[0];
    if (!inst || !owner) continue;
    const ownerEnd = inst.start === at ? inst.end : owner.end;
    const role = /^['’]s?\s+([\p{L}\s-]{2,40}?)\s*[,;.]/u.exec(ctx.text.slice(ownerEnd, sentence.end))?.[1]?.trim();
    if (role && role.split(/\s+/u).some((w) => ROLE_NOUNS.has(w.toLowerCase()) || HEAD_ROLE.test(w))) {
      out.push(record(person, inst, role, sentence, evidence, `${ctx.text.slice(at, ownerEnd)}'s ${role}`));
    }
  }
  return out;
}

/** "<Institution> <role> <Person>" ("Treasury Secretary Bessent"): the person holds that role there. */
export function rolesBeforeNames(
  ctx: RelationContext,
  institutionNames: readonly Mention[],
  evidenceFor: (cue: Span, sentence: Span) => number | undefined,
): RelationRecord[] {
  const out: RelationRecord[] = [];
  for (const inst of institutionNames) {
    const words = tokensIn(ctx.tokens, { start: inst.end, end: Math.min(ctx.text.length, inst.end + 40) });
    const role = words[0];
    if (!role || !ROLE_NOUNS.has(role.norm) || !role.capitalized) continue;
    const person = ctx.mentions.find((m) => m.kind === 'Person' && m.end > role.end && m.start <= role.end + 2);
    const sentence = ctx.sentences.find((s) => s.start <= inst.start && inst.end <= s.end);
    if (!person || !sentence) continue;
    const evidence = evidenceFor(inst, sentence);
    if (evidence === undefined) continue;
    out.push({
      type: 'HOLDS_ROLE_IN',
      from: person.key,
      to: inst.key,
      evidence: [evidence],
      confidence: 0.6,
      reason: `"${ctx.text.slice(inst.start, role.end)}" before the name`,
      span: { start: sentence.start, end: sentence.end },
      cue: ctx.text.slice(inst.start, role.end),
      role: role.text,
    });
  }
  return out;
}
