// contradictionsConnection: the contradiction pairs a page at a time (cypher/claims/contradiction-page.cypher),
// with the total only when asked for. A pair's connection cursor is (a.id, b.id): the page map's `s` and `n.id`.
import type { RootContext, RootQuery, Args } from '../read/types.js';
import { requireIdOf } from '../domain/args.js';
import { entityById } from '../read/cypher-snippets.js';
import { decodeCursor, pageSize } from '../read/pagination.js';
import { notFound } from '../base/errors.js';

/**
 * Where the two plans of cypher/claims/contradiction-page.cypher meet: the walk reads about 7 db hits a claim,
 * reading a track's claims about 4 a claim, and about one claim in ten about a track is in a pair. Measured: at S
 * (Ukraine: 1,732 of 7,026 claims) reading the track's claims costs less, at M (15,186 of 70,026) the walk
 * (docs/benchmarks/reads-2026-12-06.md).
 */
export const WALK_FACTOR = 25;

export function contradictionPage(args: Args, c: RootContext): RootQuery {
  const trackId = args.trackId ? requireIdOf(String(args.trackId), 'trackId', ['track']) : null;
  const size = pageSize(args.first as number | null | undefined);
  const after = decodeCursor(args.after as string | null | undefined);
  c.setParams({
    afterA: after?.value ?? '',
    afterB: after?.id ?? '',
    limit: size + 1,
    walkFactor: WALK_FACTOR,
    includeRetracted: args.includeRetracted === true,
  });
  const live = '($includeRetracted OR (a.retractedAt IS NULL AND b.retractedAt IS NULL))';
  // The total reads every pair of the track (its claims or every pair, whichever is fewer): only when selected.
  const total = !c.selects('totalCount')
    ? 'WITH t, null AS total'
    : trackId
      ? `CALL (t) { CALL (t) {\n${c.named('claims/contradiction-pairs-on-track')}\n} WITH a, b WHERE ${live} RETURN count(*) AS total }`
      : `CALL () { MATCH (a:Claim)-[:CONTRADICTS]->(b:Claim) WHERE ${live} RETURN count(*) AS total }`;
  const cypher = [
    trackId ? `WITH ${entityById(c.param(trackId), c)} AS t WHERE t IS NOT NULL` : 'WITH null AS t',
    total,
    `CALL (t) { CALL (t) {\n${c.named('claims/contradiction-page')}\n}`,
    // The pair map carries b.id as `id` so that the shared connection metas read its cursor as (s, n.id).
    '  WITH a, r, b ORDER BY a.id, b.id RETURN collect({n: {a: a, b: b, r: r, id: b.id}, s: a.id}) AS page }',
    `WITH {page: page, size: ${c.param(size)}, after: ${c.param(after !== null)}, total: total} AS conn`,
    `RETURN ${c.project('conn')} AS value`,
  ].join('\n');
  return {
    cypher,
    answer(rows) {
      if (rows.length === 0) throw notFound(String(trackId));
      return rows[0]!.value;
    },
  };
}
