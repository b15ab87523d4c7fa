// A track's timeline: what happened on it, by the date it happened (on-track.cypher is the other clock: when
// things were written). One row per item, unordered; src/changes/timeline.ts orders and pages them.
// On the timeline (README, "Timeline"):
//   EVENT     an event PART_OF the track, at Event.date, else its approximateDate;
//   CLAIM     a claim ABOUT the track, at its statedDate or approximateDate, else its source's publishedDate or
//             approximateDate (Claim.date's rule, src/read/claim-date.ts);
//   CONTRADICTION / SUPPORT  a claim link with a claim about the track on either side, at the link's date
//             (its source's publishedDate, else the later of its claims' dates), computed by the caller;
//   RELATION_STARTED / RELATION_ENDED  a relation (PART_OF aside: that is the event's item) with the track at one
//             end, or citing as evidence a claim about the track that is also about one of the relation's ends;
//             it starts at validFrom and ends at validTo, or undated when its status is ENDED.
// Retracted claims, and relations whose evidence is all retracted, are left out unless $includeRetracted; so is a
// relation record absorbed into another's period (absorbedInto, src/domain/periods.ts), as in every relation answer.
// A date is placed when it is ISO (YYYY, YYYY-MM or YYYY-MM-DD) or an interval of two (2025-04/2025-05); else
// (no date, or text such as "late April 2025") the item is undated and kept, with the text, when $includeUndated.
// $from / $to are days (null: open), the caller pads '2025-04' to '2025-04-01' / '2025-04-31'; a dated item is in
// the window when its period overlaps it. Dates compare as strings, padded the same way.
// No branch scans a label: each starts from the track or from the entities its claims are about.
// t: the track, bound by the caller (src/changes/timeline.ts) through entityById (src/read/cypher-snippets.ts), so
// that a track id merged into another names the survivor; null for an unknown id (then nothing is read).
// rels: the relations that hang on the track (cypher/changes/track-relations.cypher, PART_OF aside), bound too.
// links: CONTRADICTION and SUPPORT items, maps {kind, id, node, evidence, exact, link}: the track's claim links,
// dated by the caller (src/changes/timeline.ts) with ClaimLink.date's rule (src/read/link-snippets.ts).
WITH t, rels, links WHERE t IS NOT NULL
WITH t, rels, links, COLLECT { MATCH (c:Claim)-[:ABOUT]->(t) WHERE $includeRetracted OR c.retractedAt IS NULL RETURN c } AS claims
CALL (t, claims, rels, links) {
  UNWIND claims AS c
  // Claim.date's rule (src/read/claim-date.ts): the claim's own date, else its source's; text that cannot be placed
  // is kept as dateAsGiven.
  MATCH (c)-[:APPEARS_IN]->(s:Source)
  WITH c, s, '[0-9]{4}(-[0-9]{2}){0,2}(/[0-9]{4}(-[0-9]{2}){0,2})?' AS placeable
  WITH c, CASE WHEN c.statedDate IS NOT NULL OR c.approximateDate =~ placeable THEN [c.statedDate, c.approximateDate]
               WHEN s.publishedDate IS NOT NULL OR s.approximateDate =~ placeable THEN [s.publishedDate, s.approximateDate]
               ELSE [null, c.approximateDate] END AS date
  RETURN 'CLAIM' AS kind, c.id AS id, c AS node, null AS rel, null AS link, [c.id] AS evidence, date[0] AS exact, CASE WHEN date[0] IS NULL THEN date[1] END AS approx
  UNION ALL
  // An event may be PART_OF the track through several periods: one item, their evidence in citation order.
  MATCH (e:Event)-[p:PART_OF]->(t)
  WHERE p.absorbedInto IS NULL
    AND ($includeRetracted OR any(x IN coalesce(p.evidence, []) WHERE EXISTS { MATCH (ev:Claim {id: x}) WHERE ev.retractedAt IS NULL }))
  WITH e, collect(coalesce(p.evidence, [])) AS lists
  RETURN 'EVENT' AS kind, e.id AS id, e AS node, null AS rel, null AS link,
         reduce(ids = [], list IN lists | ids + [x IN list WHERE NOT x IN ids]) AS evidence, e.date AS exact, e.approximateDate AS approx
  UNION ALL
  UNWIND rels AS r
  WITH r WHERE r.absorbedInto IS NULL
    AND ($includeRetracted OR any(x IN coalesce(r.evidence, []) WHERE EXISTS { MATCH (ev:Claim {id: x}) WHERE ev.retractedAt IS NULL }))
  UNWIND [['RELATION_STARTED', r.validFrom]] + CASE WHEN r.validTo IS NOT NULL OR r.status = 'ENDED' THEN [['RELATION_ENDED', r.validTo]] ELSE [] END AS change
  RETURN change[0] AS kind, coalesce(r.id, elementId(r)) AS id, null AS node, r AS rel, null AS link, coalesce(r.evidence, []) AS evidence,
         change[1] AS exact, null AS approx
  UNION ALL
  UNWIND links AS l
  RETURN l.kind AS kind, l.id AS id, l.node AS node, null AS rel, l.link AS link, l.evidence AS evidence, l.exact AS exact, null AS approx
}
WITH kind, id, node, rel, link, evidence, exact, approx, replace(trim(coalesce(approx, '')), ' ', '') AS a
WITH kind, id, node, rel, link, evidence, exact, approx,
     CASE
       WHEN exact =~ '[0-9]{4}(-[0-9]{2}){0,2}' THEN {start: exact, end: exact, approximate: false}
       WHEN a =~ '[0-9]{4}(-[0-9]{2}){0,2}' THEN {start: a, end: a, approximate: true}
       WHEN a =~ '[0-9]{4}(-[0-9]{2}){0,2}/[0-9]{4}(-[0-9]{2}){0,2}' THEN {start: split(a, '/')[0], end: split(a, '/')[1], approximate: true}
     END AS placed
WITH kind, id, node, rel, link, evidence, exact, approx, placed,
     placed.start + substring('0000-01-01', size(placed.start)) AS lo,
     placed.end + substring('9999-12-31', size(placed.end)) AS hi
WHERE CASE WHEN placed IS NULL THEN $includeUndated ELSE ($from IS NULL OR hi >= $from) AND ($to IS NULL OR lo <= $to) END
// The sort key: the first day the date can mean (undated: '~', after every digit), then the kind.
RETURN {
  id: kind + ' ' + id,
  s: coalesce(lo, '~') + ' ' + CASE kind WHEN 'EVENT' THEN '1' WHEN 'CLAIM' THEN '2' WHEN 'RELATION_STARTED' THEN '3'
    WHEN 'RELATION_ENDED' THEN '4' ELSE '5' END,
  kind: kind, node: node, rel: rel, link: link, evidence: evidence,
  dated: placed IS NOT NULL, date: placed.start, until: CASE WHEN placed.end <> placed.start THEN placed.end END,
  approximate: coalesce(placed.approximate, exact IS NULL AND approx IS NOT NULL),
  asGiven: coalesce(exact, approx)
} AS item
