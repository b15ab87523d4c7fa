// The evidence filter every field that lists or traverses relations takes (EvidenceFilter in
// schema/entities.graphql): which claims count as a relation's evidence, and whether an undated relation
// counts at a date. Compiled into the relation predicate of the root field's one query, so a traversal
// filters hop by hop while it searches.
import type { CypherScope } from './types.js';
import { claimDate } from './claim-date.js';
import { claimOrigin } from './support.js';
import { boundedInt, requireEntityId } from '../domain/args.js';
import { ISO_DATE, ISO_DATE_HINT } from '../domain/iso-date.js';
import { badInput } from '../base/errors.js';

/** How an undated relation (no validFrom, no validTo) counts at a date. */
export type UndatedRule = 'SINCE_SAID' | 'ALWAYS' | 'EXCLUDE';

/** The EvidenceFilter input as graphql-js coerced it. */
export interface EvidenceFilter {
  knownAt?: string | null;
  undated?: UndatedRule | null;
  kinds?: string[] | null;
  onRecord?: boolean | null;
  minIndependent?: number | null;
  excludeSpeakers?: string[] | null;
}

/** At most this many speakers to exclude: the list is a parameter, but a filter is not a bulk upload. */
export const MAX_EXCLUDED_SPEAKERS = 100;

/** The filter checked (BAD_USER_INPUT names the bad field), with its defaults. */
export function evidenceFilter(raw: unknown): EvidenceFilter & { undated: UndatedRule } {
  const f = (raw ?? {}) as EvidenceFilter;
  if (f.knownAt != null && !ISO_DATE.test(f.knownAt)) {
    throw badInput(`evidence.knownAt: "${f.knownAt.slice(0, 40)}" is not an ISO date (${ISO_DATE_HINT})`, { argument: 'evidence.knownAt' });
  }
  if (f.minIndependent != null) boundedInt(f.minIndependent, 1, 1, 100, 'evidence.minIndependent');
  const excluded = f.excludeSpeakers ?? [];
  if (excluded.length > MAX_EXCLUDED_SPEAKERS) {
    throw badInput(`evidence.excludeSpeakers: at most ${MAX_EXCLUDED_SPEAKERS} ids`, { argument: 'evidence.excludeSpeakers' });
  }
  excluded.forEach((id, i) => requireEntityId(id, `evidence.excludeSpeakers[${i}]`));
  return { ...f, undated: f.undated ?? 'SINCE_SAID' };
}

/** Relation `r` has no dates: its sources say it holds, not when. */
export const undatedRelation = (r: string) => `(${r}.validFrom IS NULL AND ${r}.validTo IS NULL)`;

/**
 * Claim `ev` counts as evidence of relation `r` under the filter: live (unless includeRetracted), of the
 * kinds asked, made by `knownAt`, not by an excluded speaker, and with onRecord a quote by an end of `r`.
 * Returns null when nothing restricts the claims.
 */
function claimCounts(ev: string, r: string, f: EvidenceFilter, includeRetracted: boolean, c: CypherScope): string | null {
  const conditions: string[] = [];
  if (!includeRetracted) conditions.push(`${ev}.retractedAt IS NULL`);
  if (f.kinds?.length) conditions.push(`${ev}.kind IN ${c.param(f.kinds)}`);
  if (f.knownAt) conditions.push(`${claimDate(ev, c)} <= ${c.param(f.knownAt.padEnd(10, '~'))}`);
  if (f.excludeSpeakers?.length) {
    // An id merged into another names the survivor, as everywhere.
    const [s, m, ids] = [c.fresh('sp'), c.fresh('m'), c.param(f.excludeSpeakers)];
    conditions.push(
      `NOT EXISTS { MATCH (${ev})-[:SAID_BY]->(${s}:Entity) ` +
        `WHERE ${s}.id IN ${ids} OR EXISTS { MATCH (${m}:MergedId)-[:INTO]->(${s}) WHERE ${m}.id IN ${ids} } }`,
    );
  }
  if (f.onRecord) {
    const s = c.fresh('sp');
    conditions.push(
      `${ev}.kind = 'QUOTE' AND EXISTS { MATCH (${ev})-[:SAID_BY]->(${s}:Entity) WHERE ${s} = startNode(${r}) OR ${s} = endNode(${r}) }`,
    );
  }
  return conditions.length > 0 ? conditions.join(' AND ') : null;
}

/**
 * Relation `r` rests on evidence the filter accepts: at least one claim that counts (checked claim by claim
 * through the id index, stopping at the first) or, with minIndependent, that many independent origins
 * among the claims that count (an origin is the claim's original speaker: see README "Independent
 * corroboration").
 */
export function evidenceHolds(r: string, raw: unknown, includeRetracted: boolean, c: CypherScope): string | null {
  const f = evidenceFilter(raw);
  const [id, ev] = [c.fresh('eid'), c.fresh('ev')];
  const counts = claimCounts(ev, r, f, includeRetracted, c);
  if (f.minIndependent != null && f.minIndependent > 1) {
    // A relation citing fewer claims than the origins asked for fails before any claim is read.
    const n = c.param(f.minIndependent);
    return (
      `size(coalesce(${r}.evidence, [])) >= ${n} AND ` +
      `size(COLLECT { UNWIND coalesce(${r}.evidence, []) AS ${id} MATCH (${ev}:Claim {id: ${id}})${counts ? ` WHERE ${counts}` : ''} ` +
      `RETURN DISTINCT ${claimOrigin(ev, c)} }) >= ${n}`
    );
  }
  if (counts === null) return null;
  return `any(${id} IN coalesce(${r}.evidence, []) WHERE EXISTS { MATCH (${ev}:Claim {id: ${id}}) WHERE ${counts} })`;
}

/**
 * An undated relation `r` counts at `at` (an ISO date) under `rule`: SINCE_SAID from the date a claim first
 * said it (a claim with no date never places it), ALWAYS at every date, EXCLUDE never.
 */
export function undatedCountsAt(r: string, at: string, rule: UndatedRule, c: CypherScope): string {
  if (rule === 'ALWAYS') return 'true';
  if (rule === 'EXCLUDE') return 'false';
  const [id, ev] = [c.fresh('eid'), c.fresh('ev')];
  return `any(${id} IN coalesce(${r}.evidence, []) WHERE EXISTS { MATCH (${ev}:Claim {id: ${id}}) WHERE ${claimDate(ev, c)} <= ${at} })`;
}
