// Claims of the article in text order: quotes, then reported speech, lists introduced by an attributed line, and
// every other sentence in the article's own voice (ANALYSIS or FACT).
import { classifySentence } from './kinds.js';
import { newKey } from './mentions.js';
import { findQuoteClaims, findQuotations } from './quotes.js';
import { findReportedSpeech, type ReportedSpeech } from './reported.js';
import type { SpeakerContext } from './speakers.js';
import { normalize, overlaps } from './text.js';
import type { ClaimKind, ClaimRecord, Sentence } from './types.js';

// Not claims: a question, an interviewer's line ("Q: ..."), a framing line of the desk ("We put two questions to X."),
// a line introducing an answer given next ("Asked about X, Y paused.", "The other side spoke first.").
const NOT_A_CLAIM: RegExp[] = [
  /^Asked\b/u,
  /^[^,;:]{1,40}\s(?:spoke|responded|reacted|answered|replied|weighed in)\s+(?:first|next|last|later|earlier|(?:before|after)\s+(?:the\s+)?[\p{L}-]+)\.$/u,
  /\?['"’”)\]]*$/u,
  /^Q\s*[:.]\s/u,
  /^(?:We|I)\s+(?:put|posed|sent|asked|spoke|talked|turned|reached)\b[^.;:]{0,50}\b(?:questions?|to|with)\b[^.;:]{0,30}\.?$/u,
];

interface ListIntro {
  speaker: string;
  kind: ClaimKind;
  line: number;
  how: string;
}

/** The speaker key of reported speech: the resolved entity, or a new institution for a press phrase. */
function reportedSpeaker(ctx: SpeakerContext, rep: ReportedSpeech): { key: string; how: string } | undefined {
  if (rep.speaker) return { key: rep.speaker.key, how: rep.speaker.how };
  if (!rep.media) return undefined;
  const name = ctx.text.slice(rep.media.start, rep.media.end);
  const known = [...ctx.entities.values()].find((e) => normalize(e.name) === normalize(name));
  if (known) return { key: known.key, how: `press phrase "${name}"` };
  const kind = rep.mediaIsPerson ? 'Person' : 'Institution';
  const key = newKey(kind, name);
  const what = rep.mediaIsPerson ? 'person' : 'institution';
  ctx.entities.set(key, {
    key,
    kind,
    name: name.charAt(0).toUpperCase() + name.slice(1),
    resolved: false,
    confidence: 0.5,
    reason: `new ${what}: "${name}" speaking reported words`,
    mentions: [rep.media],
  });
  return { key, how: `"${name}" (new ${what})` };
}

export function findClaims(ctx: SpeakerContext, sentences: readonly Sentence[], title: string, voice: string): ClaimRecord[] {
  const quotes = findQuoteClaims(ctx, sentences, findQuotations(ctx.text));
  const claims: ClaimRecord[] = [...quotes];
  const titleNorm = normalize(title);
  let intro: ListIntro | undefined;
  for (const s of sentences) {
    const body = ctx.text.slice(s.start, s.end);
    if (intro && !(s.bullet && s.line > intro.line) && s.line !== intro.line) intro = undefined;
    if (quotes.some((q) => overlaps(q.context, s) || overlaps(q.span, s))) continue;
    if (titleNorm.length > 0 && normalize(body) === titleNorm) continue;
    const rep = findReportedSpeech(ctx, s);
    const who = rep && reportedSpeaker(ctx, rep);
    if (rep && who) {
      if (s.introducesList)
        intro = {
          speaker: who.key,
          kind: rep.kind === 'ANALYSIS' || rep.cue === 'according to' ? 'ANALYSIS' : 'REPORT',
          line: s.line,
          how: who.how,
        };
      // A line introducing a list ("According to X, this has two consequences:") states nothing itself: its items do.
      if (rep.clause.end - rep.clause.start < 12 || s.introducesList) continue;
      const cue = rep.cue === 'according to' ? '"according to X"' : `"${rep.cue}"`;
      [rep.clause, ...rep.more].forEach((clause, k) =>
        claims.push({
          kind: rep.kind,
          span: clause,
          context: { start: s.start, end: s.end },
          text: ctx.text.slice(clause.start, clause.end),
          speaker: who.key,
          confidence: rep.speaker?.confidence ?? 0.5,
          reason:
            `${rep.kind === 'ANALYSIS' ? "analysis: an analyst's reading" : 'report: reported speech'} with ${cue}` +
            `${k > 0 ? ' (a coordinated clause)' : ''}; speaker ${who.how}`,
        }),
      );
      continue;
    }
    if (intro && s.bullet && s.line > intro.line) {
      claims.push({
        kind: intro.kind,
        span: { start: s.start, end: s.end },
        context: { start: s.start, end: s.end },
        text: body,
        speaker: intro.speaker,
        confidence: 0.6,
        reason: `${intro.kind === 'ANALYSIS' ? 'analysis' : 'report'}: list item introduced by an attributed line; speaker ${intro.how}`,
      });
      continue;
    }
    if (NOT_A_CLAIM.some((re) => re.test(body))) continue;
    const { kind, reason } = classifySentence(body);
    claims.push({
      kind,
      span: { start: s.start, end: s.end },
      context: { start: s.start, end: s.end },
      text: body,
      speaker: voice,
      confidence: kind === 'FACT' ? 0.6 : 0.55,
      reason: `${reason}; speaker: the article's voice`,
    });
  }
  claims.sort((a, b) => a.span.start - b.span.start);
  continueSpeakers(ctx, claims, voice);
  return claims;
}

/** "“...,” he added": the pronoun is the previous attributed claim's speaker (a person), not the last person named. */
function continueSpeakers(ctx: SpeakerContext, claims: ClaimRecord[], voice: string): void {
  claims.forEach((c, i) => {
    if (!c.continues) return;
    const prev = claims
      .slice(0, i)
      .reverse()
      .find((p) => p.speaker !== voice);
    if (!prev || prev.speaker === c.speaker || ctx.entities.get(prev.speaker)?.kind !== 'Person') return;
    c.speaker = prev.speaker;
    c.reason = `${c.reason}; the continuing verb keeps the previous speaker, ${ctx.entities.get(prev.speaker)?.name ?? prev.speaker}`;
  });
}
