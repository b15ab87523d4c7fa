// What a claim is about: the entities it mentions, plus the policy tracks its words point to ("Kyiv" and, in a
// Ukraine article, "Moscow" -> the Ukraine track; "Tehran", "nuclear talks" -> Iran; "Gaza", "hostages" -> Israel-Hamas).
import { normalize, tokenize } from './text.js';
import type { DictionaryEntry, Mention, Span, Token } from './types.js';

// Words that point to a track named by one of the keys: strong ones always, weak ones only when the article also
// has a strong cue for that track.
const TRACK_WORDS: Record<string, { strong: string[]; weak: string[] }> = {
  ukraine: {
    strong: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev', 'donbas', 'crimea'],
    weak: ['russia', 'russian', 'moscow', 'kremlin'],
  },
  iran: {
    strong: ['iran', 'iranian', 'tehran', 'enrichment', 'uranium', 'nuclear talks', 'nuclear programme', 'nuclear program'],
    weak: ['nuclear'],
  },
  'israel-hamas': {
    strong: ['gaza', 'hamas', 'hostage', 'hostages', 'palestinian', 'palestinians', 'israel-hamas'],
    weak: ['israel', 'israeli', 'ceasefire'],
  },
};
const GENERIC = new Set(['us', 'talks', 'war', 'peace', 'process', 'ceasefire', 'nuclear', 'the', 'of', 'in', 'and', 'plan', 'deal']);

export interface TrackCue {
  trackId: string;
  words: string[][];
}

/** Cue word sequences per track of the dictionary; weak cues only for tracks the article names strongly. */
export function trackCues(dictionary: readonly DictionaryEntry[], tokens: readonly Token[]): TrackCue[] {
  const present = new Set(tokens.map((t) => t.norm));
  const cues: TrackCue[] = [];
  for (const entry of dictionary) {
    if (entry.kind !== 'PolicyTrack') continue;
    const own = [entry.name, ...entry.aliases].flatMap((n) => tokenize(n).map((t) => t.norm)).filter((w) => !GENERIC.has(w));
    const key = Object.keys(TRACK_WORDS).find((k) => own.includes(normalize(k)) || normalize(entry.name) === normalize(k));
    const extra = key ? TRACK_WORDS[key]! : { strong: [], weak: [] };
    const strong = [...new Set([...own, ...extra.strong])].map((w) => tokenize(w).map((t) => t.norm));
    const hasStrong = strong.some((seq) => seq.every((w) => present.has(w)));
    const weak = hasStrong ? extra.weak.map((w) => tokenize(w).map((t) => t.norm)) : [];
    cues.push({ trackId: entry.id, words: [...strong, ...weak] });
  }
  return cues;
}

/** Tracks whose cues occur in the tokens of a span. */
export function tracksIn(cues: readonly TrackCue[], tokens: readonly Token[]): string[] {
  const found: string[] = [];
  for (const cue of cues) {
    const hit = cue.words.some((seq) => tokens.some((_, i) => seq.every((w, k) => tokens[i + k]?.norm === w)));
    if (hit) found.push(cue.trackId);
  }
  return found;
}

/** Keys of the entities mentioned within a span, in order of first mention. */
export function mentionedIn(mentions: readonly Mention[], span: Span): string[] {
  const keys: string[] = [];
  for (const m of mentions) if (m.start >= span.start && m.end <= span.end && !keys.includes(m.key)) keys.push(m.key);
  return keys;
}
