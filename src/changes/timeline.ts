// timeline(trackId, from, to): what happened on a track by the date it happened (cypher/changes/timeline),
// dated items oldest first, then the undated ones; one keyset page with its counts, compiled with its selection.
import type { Args, CypherScope, RootMeta } from '../read/types.js';
import { linkDate, linkSource, trackLinks } from '../read/link-snippets.js';
import { ArgumentProblems, requireIdOf } from '../domain/args.js';
import { decodeCursor, pageSize, type KeysetCursor } from '../read/pagination.js';
import { relTypeAlternation, RELATION_TYPES } from '../domain/vocabulary.js';
import { collectedFrom, entityById } from '../read/cypher-snippets.js';
import { READ_LIMITS } from '../read/limits.js';
import { valueIfFound } from '../read/compile-root.js';

/** Relations an item may be about: all but PART_OF, which puts an event on a track (the EVENT item). */
const ITEM_RELATIONS = relTypeAlternation(RELATION_TYPES.filter((type) => type !== 'PART_OF'));

/** The first and the last day a date of any precision can mean, as strings that compare in date order. */
const firstDay = (date: string) => date + '0000-01-01'.slice(date.length);
const lastDay = (date: string) => date + '9999-12-31'.slice(date.length);

interface TimelineArgs {
  trackId: string;
  from: string | null;
  to: string | null;
  size: number;
  after: KeysetCursor | null;
}

/** Every argument checked; all problems reported at once, each with the argument it is about. */
function parseArgs(args: Args): TimelineArgs {
  const problems = new ArgumentProblems();
  const trackId = problems.check('trackId', () => requireIdOf(String(args.trackId), 'trackId', ['track']));
  const from = problems.isoDate('from', args.from);
  const to = problems.isoDate('to', args.to);
  problems.window(from, to);
  const size = problems.check('first', () => pageSize(args.first as number | null | undefined, READ_LIMITS.timelinePage));
  const after = problems.check('after', () => decodeCursor(args.after as string | null | undefined));
  problems.throwIfAny();
  return { trackId: trackId!, from, to, size: size!, after };
}

/** CONTRADICTION and SUPPORT items: the track's claim links, each at its date (ClaimLink.date), as rows `l`. */
function linkItems(c: CypherScope, includeRetracted: boolean): string {
  return [
    trackLinks('t', ['CONTRADICTS', 'SUPPORTS'], includeRetracted),
    `WITH a, r, b, ${linkDate('r', 'a', 'b', c)} AS d`,
    // The link carries its date and source (`pre`, see src/claims/links.ts provenanceFields).
    `RETURN {kind: CASE type(r) WHEN 'CONTRADICTS' THEN 'CONTRADICTION' ELSE 'SUPPORT' END, ` +
      `id: 'link:' + toLower(type(r)) + ':' + a.id + ':' + b.id, node: a, evidence: [a.id, b.id], exact: d, ` +
      `link: {kind: type(r), direction: 'OUT', r: r, other: b, a: a, b: b, pre: true, d: d, src: ${linkSource('r', c)}}} AS l`,
  ].join('\n');
}

export const timelineRoot: RootMeta = {
  compile(args, c) {
    const { trackId, from, to, size, after } = parseArgs(args);
    c.setParams({
      trackId,
      from: from && firstDay(from),
      to: to && lastDay(to),
      includeUndated: args.includeUndated !== false,
      includeRetracted: args.includeRetracted === true,
    });
    const limit = c.param(size + 1);
    const cursor = after && { s: c.param(after.value), id: c.param(after.id) };
    const keyset = cursor ? ` WITH item WHERE item.s > ${cursor.s} OR (item.s = ${cursor.s} AND item.id > ${cursor.id})` : '';
    const cypher = [
      // The named query starts from the track `t` (a merged-away id names its survivor); see changes/roots.ts.
      `WITH ${entityById('$trackId', c, 'PolicyTrack')} AS t`,
      collectedFrom('t', c.named('changes/track-relations', { RELATION_TYPES: ITEM_RELATIONS }), 'r', 'rels'),
      // Claim links are dated here, by the one rule of src/read/link-snippets.ts, and placed by the named query.
      collectedFrom('t', linkItems(c, args.includeRetracted === true), 'l', 'links'),
      collectedFrom('t, rels, links', c.named('changes/timeline'), 'item', 'items'),
      'WITH t, items',
      `CALL (items) { UNWIND items AS item${keyset} WITH item ORDER BY item.s, item.id LIMIT ${limit} RETURN collect({n: item, s: item.s}) AS page }`,
      `WITH t, {page: page, size: ${c.param(size)}, after: ${c.param(after !== null)}, ` +
        'total: size(items), undated: size([i IN items WHERE NOT i.dated])} AS conn',
      'RETURN t IS NOT NULL AS found,',
      `       ${c.project('conn')} AS value`,
    ].join('\n');
    return {
      cypher,
      answer: valueIfFound(trackId),
    };
  },
};
