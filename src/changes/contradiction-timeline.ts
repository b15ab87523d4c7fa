// contradictionTimeline(trackId, from, to, bucket): a track's claims made and contradictions opened per time
// bucket, with the speakers on each side, compiled with its selection into one query. Claims are placed by
// Claim.date, contradictions by their date (src/read/link-snippets.ts linkDate); what no bucket can hold (no date,
// or one coarser than the bucket) goes to the undated bucket.
import type { Args, RootMeta } from '../read/types.js';
import { ArgumentProblems, requireIdOf } from '../domain/args.js';
import { badInput } from '../base/errors.js';
import { bucketCount, bucketsOf, firstDay, lastDay } from '../domain/buckets.js';
import { entityById } from '../read/cypher-snippets.js';
import { claimDate } from '../read/claim-date.js';
import { linkDate, linkSource, trackLinks } from '../read/link-snippets.js';
import { valueIfFound } from '../read/compile-root.js';

/** The most buckets one answer holds (20 years of months). */
export const MAX_BUCKETS = 240;

/** Per bucket: its Cypher truncation unit, its width in months, and the date precision it needs (YYYY-MM: 7). */
const BUCKETS = {
  MONTH: { unit: 'month', months: 1, precision: 7 },
  QUARTER: { unit: 'quarter', months: 3, precision: 7 },
  YEAR: { unit: 'year', months: 12, precision: 4 },
} as const;
type Bucket = keyof typeof BUCKETS;

interface ParsedArgs {
  trackId: string;
  from: string | null;
  to: string | null;
  bucket: Bucket;
}

/** Every argument checked; all problems reported at once, each with the argument it is about. */
function parseArgs(args: Args): ParsedArgs {
  const problems = new ArgumentProblems();
  const trackId = problems.check('trackId', () => requireIdOf(String(args.trackId), 'trackId', ['track']));
  const from = problems.isoDate('from', args.from);
  const to = problems.isoDate('to', args.to);
  const bucket = (args.bucket ?? 'MONTH') as Bucket;
  if (from && to && problems.window(from, to) && bucketCount(from, to, bucket) > MAX_BUCKETS) {
    problems.add('to', `to: ${from} to ${to} is ${bucketCount(from, to, bucket)} ${bucket} buckets, more than ${MAX_BUCKETS}`);
  }
  problems.throwIfAny();
  return { trackId: trackId!, from, to, bucket };
}

/** The start (ISO date) of the bucket holding the first (or last) day of `date`. */
function bucketStart(date: string, bucket: Bucket, last = false): string {
  const buckets = bucketsOf(date, date, bucket);
  return (last ? buckets.at(-1)! : buckets[0]!).start;
}

export const contradictionTimelineRoot: RootMeta = {
  compile(args, c) {
    const { trackId, from, to, bucket } = parseArgs(args);
    const { unit, months, precision } = BUCKETS[bucket];
    const p = {
      from: c.param(from && firstDay(from)),
      to: c.param(to && lastDay(to)),
      fromBucket: c.param(from && bucketStart(from, bucket)),
      toBucket: c.param(to && bucketStart(to, bucket, true)),
      unit: c.param(unit),
      months: c.param(months),
      precision: c.param(precision),
      max: c.param(MAX_BUCKETS),
      bucket: c.param(bucket),
    };
    // Where an item with date `d` goes: `k` its bucket's start (a Cypher date), or null for the undated bucket;
    // `out` when its date (its whole period, for a coarse one) lies outside the window; `iso`: the date is ISO.
    const iso = (x: string) => `coalesce(${x}.d =~ '[0-9]{4}(-[0-9]{2}){0,2}', false)`;
    const keyed = (x: string) =>
      `${x}{.*, ` +
      `out: ${iso(x)} AND ((${p.from} IS NOT NULL AND ${x}.d + substring('9999-12-31', size(${x}.d)) < ${p.from}) OR ` +
      `(${p.to} IS NOT NULL AND ${x}.d + substring('0000-01-01', size(${x}.d)) > ${p.to})), ` +
      `k: CASE WHEN ${iso(x)} AND size(${x}.d) >= ${p.precision} ` +
      `THEN date.truncate(${p.unit}, date(${x}.d + substring('0000-01-01', size(${x}.d)))) END}`;
    const cypher = [
      `WITH ${entityById(c.param(trackId), c, 'PolicyTrack')} AS t`,
      // Claims about the track and contradictions on it, each with the date that places it.
      'WITH t, COLLECT { MATCH (t)<-[:ABOUT]-(c:Claim) WHERE c.retractedAt IS NULL RETURN {d: ' + claimDate('c', c) + '} } AS claims,',
      // A pair carries its date and source (`pre`, see src/claims/links.ts provenanceFields).
      `  COLLECT { ${trackLinks('t', ['CONTRADICTS'], false)} WITH a, r, b ORDER BY a.id, b.id ` +
        `RETURN {a: a, r: r, b: b, d: ${linkDate('r', 'a', 'b', c)}, src: ${linkSource('r', c)}, pre: true} } AS links`,
      `WITH t, [x IN claims | ${keyed('x')}] AS claims, [x IN links | ${keyed('x')}] AS links`,
      'WITH t, [x IN claims WHERE NOT x.out] AS claims, [x IN links WHERE NOT x.out] AS links',
      // The window: from and to as given, else the first and last bucket an item falls in.
      'WITH t, claims, links, [x IN claims + links WHERE x.k IS NOT NULL | x.k] AS ks',
      `WITH t, claims, links, coalesce(date(${p.fromBucket}), reduce(m = null, k IN ks | CASE WHEN m IS NULL OR k < m THEN k ELSE m END)) AS lo,`,
      `  coalesce(date(${p.toBucket}), reduce(m = null, k IN ks | CASE WHEN m IS NULL OR k > m THEN k ELSE m END)) AS hi`,
      `WITH t, claims, links, lo, CASE WHEN lo IS NULL OR hi < lo THEN 0 ELSE duration.inMonths(lo, hi).months / ${p.months} + 1 END AS n`,
      `WITH t, claims, links, n, [i IN range(0, CASE WHEN n > ${p.max} THEN -1 ELSE n - 1 END) | lo + duration({months: i * ${p.months}})] AS starts`,
      'WITH t, n, [s IN starts | {dated: true, start: toString(s), ' +
        `end: toString(s + duration({months: ${p.months}}) - duration({days: 1})), ` +
        'claimsMade: size([x IN claims WHERE x.k = s]), pairs: [x IN links WHERE x.k = s]}] AS buckets,',
      '  {dated: false, start: null, end: null, claimsMade: size([x IN claims WHERE x.k IS NULL]), pairs: [x IN links WHERE x.k IS NULL]} AS undated',
      `WITH t, n, {bucket: ${p.bucket}, buckets: buckets, undated: undated} AS answer`,
      `RETURN t IS NOT NULL AS found, n > ${p.max} AS tooMany, n AS buckets, ${c.project('answer')} AS value`,
    ].join('\n');
    const found = valueIfFound(trackId);
    return {
      cypher,
      answer(rows) {
        const row = rows[0];
        if (row?.found === true && row.tooMany === true) {
          throw badInput(
            `from, to: the track's dates span ${String(row.buckets)} ${bucket} buckets, more than ${MAX_BUCKETS}: give from and to`,
            {
              argument: 'from',
            },
          );
        }
        return found(rows);
      },
    };
  },
};
