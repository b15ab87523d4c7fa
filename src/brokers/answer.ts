// From the brokers query's one row to the answer: each bucket's graph is cut from the window's projection and
// scored (brokerage.ts), then the marks of the Cypher-projected skeleton (fields.ts) are filled in. Pure.
import { isDated, overlaps, type Bucket, type Period } from '../domain/buckets.js';
import { scoreBucket, type Edge } from './brokerage.js';

export interface Route extends Period {
  track: string;
  person: string;
}
export type Relation = Edge & Period;

/** The label of the section for relations with neither a start nor an end. */
export const UNDATED = 'UNDATED';

/** Scores keyed as fields.ts marks them, and the list items to keep with their order (lower first). */
export interface Scores {
  values: Map<string, unknown>;
  kept: Map<string, number>;
}

/** Relations with their retracted evidence taken out; those left with none drop out, as in every relation answer. */
export function liveOnly(rels: readonly Relation[], retracted: ReadonlySet<string>): Relation[] {
  const live: Relation[] = [];
  for (const r of rels) {
    const evidence = r.evidence.filter((id) => !retracted.has(id));
    if (evidence.length > 0) live.push({ ...r, evidence });
  }
  return live;
}

/** Scores every bucket and the undated section on the graphs cut from `routes` and `rels`. */
export function scoreWindow(
  buckets: readonly Bucket[],
  routes: readonly Route[],
  rels: readonly Relation[],
  tracks: string[],
  maxNodes: number,
) {
  const scores: Scores = { values: new Map(), kept: new Map() };
  const sections: [string, (p: Period) => boolean][] = [
    ...buckets.map((b): [string, (p: Period) => boolean] => [b.label, (p) => overlaps(p, b)]),
    [UNDATED, (p) => !isDated(p)],
  ];
  for (const [label, within] of sections) {
    const routed = new Map<string, string[]>();
    for (const r of routes) if (within(r)) routed.set(r.person, [...new Set([...(routed.get(r.person) ?? []), r.track])]);
    const bucket = scoreBucket({ edges: rels.filter(within), routed, tracks, maxNodes });
    scores.values.set(`${label}#nodeCount`, bucket.nodeCount);
    scores.values.set(`${label}#edgeCount`, bucket.edgeCount);
    scores.values.set(`${label}#truncated`, bucket.truncated);
    for (const [person, score] of bucket.brokers) {
      const key = `${label}|${person}`;
      scores.kept.set(key, -score.betweenness);
      scores.values.set(`${key}#betweenness`, score.betweenness);
      scores.values.set(`${key}#evidenceCount`, score.evidenceCount);
      for (const [role, count] of Object.entries(score.roles)) scores.values.set(`${key}#${role}`, count);
      for (const track of routed.get(person)!) scores.kept.set(`${key}|${track}`, 0);
    }
  }
  return scores;
}

interface Item {
  __brokerItem: string;
  __first?: number;
  value: unknown;
}
const isItem = (x: unknown): x is Item => typeof x === 'object' && x !== null && '__brokerItem' in x;
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The projected skeleton with every mark replaced by its score and every scored list kept, ordered and cut. */
export function fillScores(value: unknown, scores: Scores): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0 || !isItem(value[0])) return value.map((x) => fillScores(x, scores));
    const items = (value as Item[]).filter((i) => scores.kept.has(i.__brokerItem));
    items.sort((a, b) => scores.kept.get(a.__brokerItem)! - scores.kept.get(b.__brokerItem)! || byKey(a.__brokerItem, b.__brokerItem));
    return items.slice(0, value[0].__first ?? items.length).map((i) => fillScores(i.value, scores));
  }
  if (typeof value === 'object' && value !== null) {
    if ('__broker' in value) return scores.values.get((value as { __broker: string }).__broker);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillScores(v, scores)]));
  }
  return value;
}
