// brokers(trackIds, from, to, bucket): who brokers policy tracks, bucket by bucket. One Cypher query fetches the
// window's projection (cypher/brokers/projection) and the answer's skeleton; graphology scores each bucket's
// graph in answer() (src/brokers/answer.ts), with no second query.
import type { Args, RootMeta, RootMetas } from '../read/types.js';
import { ArgumentProblems, requireIdOf } from '../domain/args.js';
import { notFound } from '../base/errors.js';
import { entityById } from '../read/cypher-snippets.js';
import { READ_LIMITS } from '../read/limits.js';
import { relTypeAlternation, RELATION_TYPES } from '../domain/vocabulary.js';
import { bucketCount, bucketsOf, type Bucket, type BucketSize } from '../domain/buckets.js';
import { fillScores, liveOnly, scoreWindow, UNDATED, type Relation, type Route } from './answer.js';

/** What computes the scores, as the answer names it. */
export const BROKERS_ENGINE = 'graphology-metrics 2.4.2 (betweenness, exact), in the API process';

interface BrokersArgs {
  trackIds: string[];
  from: string;
  to: string;
  size: BucketSize;
  buckets: Bucket[];
}

/** Every argument checked; all problems reported at once, each with the argument it is about. */
function parseArgs(args: Args): BrokersArgs {
  const problems = new ArgumentProblems();
  const ids = (args.trackIds as string[]) ?? [];
  const { maxTracks, maxBuckets } = READ_LIMITS.brokers;
  if (ids.length < 1 || ids.length > maxTracks)
    problems.add('trackIds', `trackIds: give from 1 to ${maxTracks} track ids, got ${ids.length}`);
  const trackIds = ids.map((id, i) => problems.check(`trackIds.${i}`, () => requireIdOf(String(id), 'trackIds', ['track'])));
  const from = problems.isoDate('from', args.from);
  const to = problems.isoDate('to', args.to);
  const size = String(args.bucket ?? 'MONTH') as BucketSize;
  if (from && to && problems.window(from, to) && bucketCount(from, to, size) > maxBuckets) {
    const count = bucketCount(from, to, size);
    problems.add('to', `to: ${from} to ${to} spans ${count} ${size} buckets; at most ${maxBuckets}`);
  }
  problems.throwIfAny();
  return { trackIds: [...new Set(trackIds as string[])], from: from!, to: to!, size, buckets: bucketsOf(from!, to!, size) };
}

const brokersRoot: RootMeta = {
  compile(args, c) {
    const { trackIds, size, buckets } = parseArgs(args);
    const { maxNodes, maxBuckets } = READ_LIMITS.brokers;
    c.setParams({ trackIds, windowStart: buckets[0]!.start, windowEnd: buckets.at(-1)!.end });
    const tid = c.fresh('tid');
    const t = c.fresh('t');
    const p = c.fresh('p');
    const x = c.fresh('x');
    // Every person routed in the window stands in every bucket; answer() keeps those routed in each.
    const brokersIn = (label: string) =>
      `[${p} IN routed | {key: ${label} + '|' + ${p}.person.id, person: ${p}.person, tracks: ${p}.tracks}]`;
    const b = c.fresh('b');
    const answer =
      `{bucket: ${c.param(size)}, engine: ${c.param(BROKERS_ENGINE)}, ` +
      `limits: {maxNodes: ${c.param(maxNodes)}, maxBuckets: ${c.param(maxBuckets)}, sampled: false, pivots: null}, ` +
      `buckets: [${b} IN ${c.param(buckets)} | {key: ${b}.label, label: ${b}.label, dated: true, start: ${b}.start, end: ${b}.end, ` +
      `brokers: ${brokersIn(`${b}.label`)}}], ` +
      `undated: {key: '${UNDATED}', label: '${UNDATED}', dated: false, start: null, end: null, brokers: ${brokersIn(`'${UNDATED}'`)}}}`;
    const cypher = [
      `UNWIND $trackIds AS ${tid}`,
      `WITH ${tid}, ${entityById(tid, c, 'PolicyTrack')} AS ${t}`,
      `WITH collect(${t}) AS found, [${x} IN collect({id: ${tid}, t: ${t}}) WHERE ${x}.t IS NULL | ${x}.id] AS missing`,
      // A merged-away id and its survivor asked together are one track.
      `WITH missing, reduce(ts = [], ${t} IN found | CASE WHEN ${t} IN ts THEN ts ELSE ts + ${t} END) AS tracks`,
      `CALL (tracks) {\n${c.named('brokers/projection', { RELATION_TYPES: relTypeAlternation(RELATION_TYPES) })}\n}`,
      `WITH missing, tracks, routes, routed, rels, retracted, ${answer} AS answer`,
      `RETURN missing, [${t} IN tracks | ${t}.id] AS tracks, routes, rels, retracted, ${c.project('answer')} AS value`,
    ].join('\n');
    return {
      cypher,
      answer(rows) {
        const row = rows[0]!;
        const missing = row.missing as string[];
        if (missing.length > 0) throw notFound(missing[0]!);
        const rels = liveOnly(row.rels as Relation[], new Set(row.retracted as string[]));
        const scores = scoreWindow(buckets, row.routes as Route[], rels, row.tracks as string[], maxNodes);
        return fillScores(row.value, scores);
      },
    };
  },
};

export const brokerRoots: RootMetas = { brokers: brokersRoot };
