// changes(trackId, since): what entered or changed on a track, newest first (cypher/changes/on-track),
// with the changed nodes and relations projected in the same query; timeline (by the date things happened) in timeline.ts.
import type { RootMetas } from '../read/types.js';
import { requireIdOf } from '../domain/args.js';
import { badInput } from '../base/errors.js';
import { timelineRoot } from './timeline.js';
import { contradictionTimelineRoot } from './contradiction-timeline.js';
import { collectedFrom, entityById } from '../read/cypher-snippets.js';
import { READ_LIMITS, within } from '../read/limits.js';
import { valueIfFound } from '../read/compile-root.js';

/** `changes(first)`: its default and the most it returns (the cost estimate counts up to this, too). */

const SINCE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export const changeRoots: RootMetas = {
  timeline: timelineRoot,
  contradictionTimeline: contradictionTimelineRoot,
  changes: {
    compile(args, c) {
      const trackId = requireIdOf(String(args.trackId), 'trackId', ['track']);
      const since = String(args.since);
      if (!SINCE.test(since) || Number.isNaN(Date.parse(since))) {
        throw badInput('since: must be an ISO 8601 date or date-time, e.g. 2025-06-01 or 2025-06-01T12:00:00Z', { argument: 'since' });
      }
      c.setParams({ trackId, since, limit: within(args.first, READ_LIMITS.changes, 'first') });
      // The named query starts from the track `t` (a merged-away id names its survivor); the inner CALL's rows
      // are collected inside, so an unknown track still gives one row (found: false).
      // Claim links come from a query of their own (links-on-track); both lists are merged newest first.
      const cypher = [
        `WITH ${entityById('$trackId', c, 'PolicyTrack')} AS t`,
        collectedFrom(
          't',
          c.named('changes/on-track'),
          '{kind: kind, id: id, node: node, rel: rel, link: null, action: action, at: at, by: by}',
          'changes',
        ),
        collectedFrom(
          't',
          c.named('changes/links-on-track'),
          '{kind: kind, id: id, node: node, rel: rel, link: link, action: action, at: at, by: by}',
          'links',
        ),
        'WITH t, COLLECT { UNWIND changes + links AS change WITH change ORDER BY change.at DESC, change.id LIMIT $limit RETURN change } AS changes',
        `RETURN t IS NOT NULL AS found, [change IN changes | ${c.project('change')}] AS value`,
      ].join('\n');
      return {
        cypher,
        answer: valueIfFound(trackId),
      };
    },
  },
};
