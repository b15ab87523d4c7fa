// Metrics of the extraction eval (scripts/eval-extract.ts): gold and predicted items, greedy one-to-one matching by
// span overlap, precision / recall / F1, and the mistakes left.
export interface Span {
  start: number;
  end: number;
}

export interface GoldMention extends Span {
  label: string;
  surface: string;
}

export interface ClaimItem extends Span {
  kind: string;
  speaker: string;
  text: string;
}

export interface Relation {
  type: string;
  from: string;
  to: string;
}

export interface Score {
  tp: number;
  predicted: number;
  gold: number;
}

export const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function prf(s: Score): { p: number; r: number; f1: number } {
  const p = s.predicted === 0 ? (s.gold === 0 ? 1 : 0) : s.tp / s.predicted;
  const r = s.gold === 0 ? 1 : s.tp / s.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export const addScore = (a: Score, b: Score): Score => ({ tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold });

/** Greedy one-to-one matching by largest overlap; `ok` restricts which pairs may match. */
export function matchBySpan<G extends Span, P extends Span>(
  gold: readonly G[],
  predicted: readonly P[],
  ok: (g: G, p: P) => boolean = () => true,
): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, i) =>
    predicted.forEach((p, j) => {
      const o = overlap(g, p);
      if (o > 0 && ok(g, p)) pairs.push([o, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    out.push([i, j]);
  }
  return out;
}

/** Every whole-word, case-sensitive occurrence of the surfaces, leftmost-longest. */
export function surfaceMentions(text: string, surfaces: ReadonlyArray<{ label: string; surface: string }>): GoldMention[] {
  const all: GoldMention[] = [];
  for (const { label, surface } of surfaces) {
    const escaped = surface.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
      all.push({ start: m.index ?? 0, end: (m.index ?? 0) + surface.length, label, surface });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: GoldMention[] = [];
  let end = -1;
  for (const m of all) {
    if (m.start < end) continue;
    kept.push(m);
    end = m.end;
  }
  return kept;
}

/** Claims matched by overlap; for quotes, only QUOTE/REPORT on both sides. */
export function scoreClaims(gold: readonly ClaimItem[], predicted: readonly ClaimItem[]) {
  const isQuote = (c: ClaimItem) => c.kind === 'QUOTE' || c.kind === 'REPORT';
  const gq = gold.filter(isQuote);
  const pq = predicted.filter(isQuote);
  const qPairs = matchBySpan(gq, pq);
  const speakerOk = qPairs.filter(([i, j]) => gq[i]!.speaker === pq[j]!.speaker);
  const kPairs = matchBySpan(gold, predicted);
  const kindOk = kPairs.filter(([i, j]) => gold[i]!.kind === predicted[j]!.kind);
  const matchedGq = new Set(qPairs.map(([i]) => i));
  const matchedPq = new Set(qPairs.map(([, j]) => j));
  const matchedG = new Set(kPairs.map(([i]) => i));
  const matchedP = new Set(kPairs.map(([, j]) => j));
  return {
    quotes: { tp: qPairs.length, predicted: pq.length, gold: gq.length },
    speakers: { tp: speakerOk.length, predicted: pq.length, gold: gq.length },
    kinds: { tp: kindOk.length, predicted: predicted.length, gold: gold.length },
    mistakes: {
      missedQuotes: gq.filter((_, i) => !matchedGq.has(i)),
      spuriousQuotes: pq.filter((_, j) => !matchedPq.has(j)),
      wrongSpeakers: qPairs.filter(([i, j]) => gq[i]!.speaker !== pq[j]!.speaker).map(([i, j]) => [gq[i]!, pq[j]!] as const),
      wrongKinds: kPairs.filter(([i, j]) => gold[i]!.kind !== predicted[j]!.kind).map(([i, j]) => [gold[i]!, predicted[j]!] as const),
      missedClaims: gold.filter((_, i) => !matchedG.has(i)),
      spuriousClaims: predicted.filter((_, j) => !matchedP.has(j)),
    },
  };
}

export function scoreMentions(gold: readonly GoldMention[], predicted: readonly GoldMention[]) {
  const pairs = matchBySpan(gold, predicted, (g, p) => g.label === p.label);
  const mg = new Set(pairs.map(([i]) => i));
  const mp = new Set(pairs.map(([, j]) => j));
  return {
    score: { tp: pairs.length, predicted: predicted.length, gold: gold.length },
    missed: gold.filter((_, i) => !mg.has(i)),
    spurious: predicted.filter((_, j) => !mp.has(j)),
  };
}

export function scoreRelations(gold: readonly Relation[], predicted: readonly Relation[]) {
  const key = (r: Relation) => `${r.type} ${r.from} -> ${r.to}`;
  const g = new Set(gold.map(key));
  const p = new Set(predicted.map(key));
  const tp = [...p].filter((k) => g.has(k)).length;
  return {
    score: { tp, predicted: p.size, gold: g.size },
    missed: [...g].filter((k) => !p.has(k)),
    spurious: [...p].filter((k) => !g.has(k)),
  };
}
