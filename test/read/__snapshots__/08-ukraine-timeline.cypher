// timeline
// params: {"trackId":"track:ukraine","from":"2025-03-01","to":"2025-06-31","includeUndated":true,"includeRetracted":false,"p0":21,"p1":20,"p2":false,"p3":100}
CALL () {
// A track's timeline: what happened on it, by the date it happened (on-track.cypher is the other clock: when
// things were written). One row per item, unordered; src/changes/timeline.ts orders and pages them.
// On the timeline (README, "Timeline"):
//   EVENT     an event PART_OF the track, at Event.date, else its approximateDate;
//   CLAIM     a claim ABOUT the track, at statedDate, else its approximateDate;
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
CALL () {
  MATCH (t:PolicyTrack {id: $trackId}) RETURN t
  UNION
  MATCH (:MergedId {id: $trackId})-[:INTO]->(t:PolicyTrack) RETURN t
}
WITH t, COLLECT { MATCH (c:Claim)-[:ABOUT]->(t) WHERE $includeRetracted OR c.retractedAt IS NULL RETURN c } AS claims
CALL (t, claims) {
  UNWIND claims AS c
  RETURN 'CLAIM' AS kind, c.id AS id, c AS node, null AS rel, [c.id] AS evidence, c.statedDate AS exact, c.approximateDate AS approx
  UNION ALL
  // An event may be PART_OF the track through several periods: one item, their evidence in citation order.
  MATCH (e:Event)-[p:PART_OF]->(t)
  WHERE p.absorbedInto IS NULL
    AND ($includeRetracted OR any(x IN coalesce(p.evidence, []) WHERE EXISTS { MATCH (ev:Claim {id: x}) WHERE ev.retractedAt IS NULL }))
  WITH e, collect(coalesce(p.evidence, [])) AS lists
  RETURN 'EVENT' AS kind, e.id AS id, e AS node, null AS rel,
         reduce(ids = [], list IN lists | ids + [x IN list WHERE NOT x IN ids]) AS evidence, e.date AS exact, e.approximateDate AS approx
  UNION ALL
  CALL (t, claims) {
    MATCH (t)-[r:__RELATION_TYPES__]-(:Entity) RETURN r
    UNION
    // Each entity the claims are about is expanded once, with the ids of the claims that name it.
    UNWIND claims AS c
    MATCH (c)-[:ABOUT]->(e:Entity) WHERE e <> t
    WITH e, collect(c.id) AS ids
    MATCH (e)-[r:__RELATION_TYPES__]-(:Entity)
    WHERE any(x IN coalesce(r.evidence, []) WHERE x IN ids)
    RETURN r
  }
  WITH r WHERE r.absorbedInto IS NULL
    AND ($includeRetracted OR any(x IN coalesce(r.evidence, []) WHERE EXISTS { MATCH (ev:Claim {id: x}) WHERE ev.retractedAt IS NULL }))
  UNWIND [['RELATION_STARTED', r.validFrom]] + CASE WHEN r.validTo IS NOT NULL OR r.status = 'ENDED' THEN [['RELATION_ENDED', r.validTo]] ELSE [] END AS change
  RETURN change[0] AS kind, coalesce(r.id, elementId(r)) AS id, null AS node, r AS rel, coalesce(r.evidence, []) AS evidence,
         change[1] AS exact, null AS approx
}
WITH kind, id, node, rel, evidence, exact, approx, replace(trim(coalesce(approx, '')), ' ', '') AS a
WITH kind, id, node, rel, evidence, exact, approx,
     CASE
       WHEN exact =~ '[0-9]{4}(-[0-9]{2}){0,2}' THEN {start: exact, end: exact, approximate: false}
       WHEN a =~ '[0-9]{4}(-[0-9]{2}){0,2}' THEN {start: a, end: a, approximate: true}
       WHEN a =~ '[0-9]{4}(-[0-9]{2}){0,2}/[0-9]{4}(-[0-9]{2}){0,2}' THEN {start: split(a, '/')[0], end: split(a, '/')[1], approximate: true}
     END AS placed
WITH kind, id, node, rel, evidence, exact, approx, placed,
     placed.start + substring('0000-01-01', size(placed.start)) AS lo,
     placed.end + substring('9999-12-31', size(placed.end)) AS hi
WHERE CASE WHEN placed IS NULL THEN $includeUndated ELSE ($from IS NULL OR hi >= $from) AND ($to IS NULL OR lo <= $to) END
// The sort key: the first day the date can mean (undated: '~', after every digit), then the kind.
RETURN {
  id: kind + ' ' + id,
  s: coalesce(lo, '~') + ' ' + CASE kind WHEN 'EVENT' THEN '1' WHEN 'CLAIM' THEN '2' WHEN 'RELATION_STARTED' THEN '3' ELSE '4' END,
  kind: kind, node: node, rel: rel, evidence: evidence,
  dated: placed IS NOT NULL, date: placed.start, until: CASE WHEN placed.end <> placed.start THEN placed.end END,
  approximate: coalesce(placed.approximate, exact IS NULL AND approx IS NOT NULL),
  asGiven: coalesce(exact, approx)
} AS item

}
WITH collect(item) AS items
CALL (items) { UNWIND items AS item WITH item ORDER BY item.s, item.id LIMIT $p0 RETURN collect({n: item, s: item.s}) AS page }
WITH {page: page, size: $p1, after: $p2, total: size(items), undated: size([i IN items WHERE NOT i.dated])} AS conn
RETURN EXISTS { MATCH (:PolicyTrack {id: $trackId}) } OR EXISTS { MATCH (:MergedId {id: $trackId})-[:INTO]->(:PolicyTrack) } AS found,
       {`totalCount`: conn.total, `undatedCount`: conn.undated, `pageInfo`: head([o0 IN [conn] WHERE o0 IS NOT NULL | {`hasNextPage`: size(o0.page) > o0.size, `endCursor`: CASE WHEN o0.size = 0 OR size(o0.page) = 0 THEN null ELSE [o0.page[size(o0.page[0..o0.size]) - 1].s, o0.page[size(o0.page[0..o0.size]) - 1].n.id] END}]), `nodes`: [n2 IN [e1 IN conn.page[0..conn.size] | e1.n] | {`kind`: n2.kind, `dated`: n2.dated, `date`: n2.date, `until`: n2.until, `approximate`: n2.approximate, `node`: head([o3 IN [n2.node] WHERE o3 IS NOT NULL | CASE WHEN o3:Claim THEN {__typename: 'Claim', `id`: o3.id, `text`: o3.text} WHEN o3:Source OR o3:Person OR o3:Institution OR o3:PolicyTrack THEN {__typename: CASE WHEN o3:Source THEN 'Source' WHEN o3:Person THEN 'Person' WHEN o3:Institution THEN 'Institution' WHEN o3:PolicyTrack THEN 'PolicyTrack' END, `id`: o3.id} WHEN o3:Event THEN {__typename: 'Event', `id`: o3.id, `name`: o3.name} END]), `relation`: head([o4 IN [n2.rel] WHERE o4 IS NOT NULL | {`type`: type(o4), `from`: head([o5 IN [startNode(o4)] WHERE o5 IS NOT NULL | {__typename: CASE WHEN o5:Person THEN 'Person' WHEN o5:Institution THEN 'Institution' WHEN o5:PolicyTrack THEN 'PolicyTrack' WHEN o5:Event THEN 'Event' END, `name`: o5.name}]), `to`: head([o6 IN [endNode(o4)] WHERE o6 IS NOT NULL | {__typename: CASE WHEN o6:Person THEN 'Person' WHEN o6:Institution THEN 'Institution' WHEN o6:PolicyTrack THEN 'PolicyTrack' WHEN o6:Event THEN 'Event' END, `name`: o6.name}]), `role`: o4.role}]), `evidence`: COLLECT { UNWIND n2.evidence AS eid7 MATCH (ev8:Claim {id: eid7}) WHERE ev8.retractedAt IS NULL OR n2.kind = 'CLAIM' WITH ev8 LIMIT $p3 RETURN {`kind`: ev8.kind, `speaker`: head([o9 IN [[(ev8)-[:SAID_BY]->(s10:Entity) | s10][0]] WHERE o9 IS NOT NULL | {__typename: CASE WHEN o9:Person THEN 'Person' WHEN o9:Institution THEN 'Institution' WHEN o9:PolicyTrack THEN 'PolicyTrack' WHEN o9:Event THEN 'Event' END, `name`: o9.name}]), `source`: head([o11 IN [[(ev8)-[:APPEARS_IN]->(s12:Source) | s12][0]] WHERE o11 IS NOT NULL | {`title`: coalesce(o11.title, o11.id)}])} }}]} AS value
