// Cypher snippets for claim links (CONTRADICTS, SUPPORTS) and their provenance: when a link opened, and the links
// that hang on a track. Claim.links, contradictions, the timeline and contradictionTimeline all date links here.
import type { CypherScope } from './types.js';
import { claimDate } from './claim-date.js';
import { claimLinkType, CLAIM_TO_CLAIM_TYPES } from '../domain/vocabulary.js';

export type ClaimToClaim = (typeof CLAIM_TO_CLAIM_TYPES)[number];

/** Claim-to-claim link kinds from an argument (all when none given), allow-listed, in vocabulary order. */
export function linkKinds(kinds: readonly string[] | null | undefined): ClaimToClaim[] {
  if (!kinds || kinds.length === 0) return [...CLAIM_TO_CLAIM_TYPES];
  return CLAIM_TO_CLAIM_TYPES.filter((k) => kinds.includes(k));
}

/** `CONTRADICTS|SUPPORTS`: an alternation of allow-listed claim-to-claim types. */
export function linkAlternation(kinds: readonly ClaimToClaim[]): string {
  return kinds.map((k) => claimLinkType(k)).join('|');
}

/** The later of two ISO dates of any precision (string order: `2025-04-20` after `2025-04`); null when either is. */
export function laterDate(x: string, y: string, c: CypherScope): string {
  const d = c.fresh('d');
  return `[${d} IN [[${x}, ${y}]] | CASE WHEN ${d}[0] IS NULL OR ${d}[1] IS NULL THEN null WHEN ${d}[0] >= ${d}[1] THEN ${d}[0] ELSE ${d}[1] END][0]`;
}

/** The published date of link `r`'s source (r.sourceId), null when it names none or the source gives none. */
export function linkSourceDate(r: string, c: CypherScope): string {
  const s = c.fresh('s');
  return `head(COLLECT { MATCH (${s}:Source {id: ${r}.sourceId}) WHERE ${s}.publishedDate IS NOT NULL RETURN ${s}.publishedDate })`;
}

/**
 * When link `r` between claims `a` and `b` (variables) opened: its source's published date, else the later of
 * the two claims' dates (Claim.date), since a contradiction exists only once both sides are said; null when
 * either claim is undated. Read, never stored, like Claim.date.
 */
export function linkDate(r: string, a: string, b: string, c: CypherScope): string {
  return `coalesce(${linkSourceDate(r, c)}, ${laterDate(claimDate(a, c), claimDate(b, c), c)})`;
}

/** The source link `r` was stated in (r.sourceId), or null. */
export function linkSource(r: string, c: CypherScope): string {
  const s = c.fresh('s');
  return `head(COLLECT { MATCH (${s}:Source {id: ${r}.sourceId}) RETURN ${s} })`;
}

/**
 * Rows `a, r, b` of the claim links of `kinds` with a claim about track `t` on either side, each link once, `a`
 * the claim it starts from; retracted claims' links left out unless `includeRetracted`. Starts from the track's claims.
 */
export function trackLinks(t: string, kinds: readonly ClaimToClaim[], includeRetracted: boolean): string {
  const live = includeRetracted ? '' : ' AND a.retractedAt IS NULL AND b.retractedAt IS NULL';
  return [
    `MATCH (${t})<-[:ABOUT]-(:Claim)-[r:${linkAlternation(kinds)}]-(:Claim)`,
    'WITH DISTINCT r',
    `WITH startNode(r) AS a, r, endNode(r) AS b WHERE a:Claim AND b:Claim${live}`,
  ].join('\n');
}
