// When a claim was made, as Claim.date answers it: the one rule every read that places claims in time uses
// (Claim.date, the evidence filter's knownAt, undated relations "since said"). cypher/ingest/claim-dates.cypher
// and the CLAIM branch of cypher/changes/timeline.cypher repeat it in Cypher.
import type { CypherScope } from './types.js';

/** An approximate date that can be placed (`2025-04`, `2025-04/2025-05`): its start; otherwise null ("late April"). */
const placed = (a: string) => `CASE WHEN ${a} =~ '[0-9]{4}(-[0-9]{2}){0,2}(/[0-9]{4}(-[0-9]{2}){0,2})?' THEN split(${a}, '/')[0] END`;

/**
 * The date claim `v` was made: its stated date; else the start of its own placeable approximate date; else
 * its source's published date; else the start of its source's placeable approximate date; null when none is
 * known. Read, never stored, so that a source whose date is corrected later dates its claims at once.
 */
export function claimDate(v: string, c: CypherScope): string {
  const s = c.fresh('s');
  const fromSource = `head([(${v})-[:APPEARS_IN]->(${s}:Source) | coalesce(${s}.publishedDate, ${placed(`${s}.approximateDate`)})])`;
  return `coalesce(${v}.statedDate, ${placed(`${v}.approximateDate`)}, ${fromSource})`;
}

/** Which of those Claim.date is: STATED, APPROXIMATE (the claim's or its source's), SOURCE (published date) or UNKNOWN. */
export function claimDateBasis(v: string, c: CypherScope): string {
  const s = c.fresh('s');
  const basis = `CASE WHEN ${s}.publishedDate IS NOT NULL THEN 'SOURCE' WHEN ${placed(`${s}.approximateDate`)} IS NOT NULL THEN 'APPROXIMATE' END`;
  const source = `head([(${v})-[:APPEARS_IN]->(${s}:Source) | ${basis}])`;
  return (
    `CASE WHEN ${v}.statedDate IS NOT NULL THEN 'STATED' WHEN ${placed(`${v}.approximateDate`)} IS NOT NULL THEN 'APPROXIMATE' ` +
    `ELSE coalesce(${source}, 'UNKNOWN') END`
  );
}
