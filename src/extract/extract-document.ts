// extractDocument: article text + the graph's dictionary -> a draft ingestion document (pure, deterministic).
import { ENTITY_KIND_INPUTS } from '../ingest/document.js';
import { mentionedIn, trackCues, tracksIn } from './about.js';
import { findClaims } from './claims.js';
import { dictionaryMatcher, matchNames } from './dictionary.js';
import { findMentions } from './mentions.js';
import { findQuotations } from './quotes.js';
import { findRelations } from './relations.js';
import { splitSentences } from './sentences.js';
import { tokenize, tokensIn } from './text.js';
import type { ClaimRecord, Draft, EntityKind, EntityRecord, ExtractInput } from './types.js';
import { resolveVoice } from './voice.js';

const KIND_INPUT = Object.fromEntries(Object.entries(ENTITY_KIND_INPUTS).map(([input, kind]) => [kind, input])) as Record<
  EntityKind,
  keyof typeof ENTITY_KIND_INPUTS
>;
const round = (n: number) => Math.round(n * 100) / 100;

/** Extracts entities, claims and candidate relations from an article; nothing is read or written. */
export function extractDocument(input: ExtractInput): Draft {
  const started = performance.now();
  const { text } = input;
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const { mentions, entities } = findMentions(text, tokens, input.dictionary);
  const quoted = findQuotations(text).map((q) => q.inner);
  const ctx = { text, tokens, mentions, entities, quoted, dictionary: input.dictionary };
  const voice = resolveVoice(input, entities);
  const cues = trackCues(input.dictionary, tokens);
  const trackCount = new Map<string, number>();
  for (const m of mentions) if (m.kind === 'PolicyTrack') trackCount.set(m.key, (trackCount.get(m.key) ?? 0) + 1);
  const mainTrack = [...trackCount.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];

  const paragraphOf = (span: { start: number; end: number }) => ({
    start: text.lastIndexOf('\n', span.start) + 1,
    end: text.indexOf('\n', span.end) < 0 ? text.length : text.indexOf('\n', span.end),
  });
  const namesSomething = (span: { start: number; end: number }) =>
    mentionedIn(mentions, span).length > 0 || tracksIn(cues, tokensIn(tokens, span)).length > 0;
  const claims: Array<ClaimRecord & { about: string[] }> = [];
  for (const claim of findClaims(ctx, sentences, input.source.title, voice)) {
    const inSpan = [...mentionedIn(mentions, claim.span), ...tracksIn(cues, tokensIn(tokens, claim.span))];
    const inContext = [...mentionedIn(mentions, claim.context), ...tracksIn(cues, tokensIn(tokens, claim.context))];
    // A sentence in the article's own voice that names no entity says nothing the graph can hold, unless its
    // paragraph does and it is dated or the desk's stated reading ("On 9 May ...", "In our assessment, ...").
    const dated = /\d/u.test(claim.text) || claim.reason.includes("desk's own reading");
    if (claim.speaker === voice && inContext.length === 0 && inSpan.length === 0 && !(dated && namesSomething(paragraphOf(claim.span))))
      continue;
    const others = (keys: string[]) => [...new Set(keys)].filter((k) => k !== claim.speaker);
    let about = others(inSpan);
    if (about.length === 0) about = others(inContext);
    if (about.length === 0 && mainTrack) about = [mainTrack];
    if (about.length === 0) about = [claim.speaker];
    claims.push({ ...claim, about });
  }

  // The ingestion format's limits: 1,000 claims, 1,000 relations, 500 entities.
  claims.splice(1000);
  const institutionNames = matchNames(dictionaryMatcher(input.dictionary.filter((e) => e.kind === 'Institution')), text, tokens, []);
  const relations = findRelations(
    { text, tokens, sentences, mentions, entities, cues, claims, quoted, mainTrack: mainTrack ?? cues[0]?.trackId },
    institutionNames,
  );

  const used = new Set<string>([...claims.flatMap((c) => [c.speaker, ...c.about]), ...relations.flatMap((r) => [r.from, r.to])]);
  const listed = [...entities.values()].filter((e) => e.mentions.length > 0 || used.has(e.key));
  const ref = (key: string) => {
    const e = entities.get(key);
    return e?.id ?? e?.name ?? key;
  };
  const document = {
    source: {
      title: input.source.title.slice(0, 500),
      ...(input.source.publisher ? { publisher: input.source.publisher } : {}),
      ...(input.source.url ? { url: input.source.url } : {}),
      ...(input.source.publishedDate ? { publishedDate: input.source.publishedDate } : {}),
      kind: 'ARTICLE',
      text,
    },
    entities: listed.slice(0, 500).map((e) => entityOut(text, e)),
    claims: claims.map((c) => ({
      text: c.text.trim().slice(0, 5000),
      kind: c.kind,
      speaker: ref(c.speaker),
      about: [...new Set(c.about.map(ref))].slice(0, 50),
      span: c.span,
      extracted: { confidence: round(c.confidence), reason: c.reason.slice(0, 1000) },
    })),
    relations: relations.slice(0, 1000).map((r) => ({
      type: r.type,
      from: ref(r.from),
      to: ref(r.to),
      evidence: r.evidence.sort((a, b) => a - b).map((i) => `#${i}`),
      ...(r.role ? { role: r.role } : {}),
      ...(r.status ? { status: r.status } : {}),
      extracted: { confidence: round(r.confidence), reason: r.reason.slice(0, 1000), span: r.span, cue: r.cue.slice(0, 200) },
    })),
  };
  return { document, timings: { ms: round(performance.now() - started) } };
}

function entityOut(text: string, e: EntityRecord): Record<string, unknown> {
  const surfaces = [...new Set(e.mentions.map((m) => text.slice(m.start, m.end)))].filter((s) => s !== e.name && s.length <= 200);
  return {
    ...(e.id ? { id: e.id } : {}),
    kind: KIND_INPUT[e.kind],
    name: e.name.slice(0, 200),
    aliases: e.resolved ? [] : surfaces.slice(0, 50),
    extracted: {
      confidence: round(e.confidence),
      reason: e.reason.slice(0, 1000),
      mentions: e.mentions.slice(0, 1000),
      resolved: e.resolved,
    },
  };
}
