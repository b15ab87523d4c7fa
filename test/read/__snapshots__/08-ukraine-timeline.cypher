// timeline
// params: {"trackId":"track:ukraine","from":"2025-03-01","to":"2025-06-31","includeUndated":true,"includeRetracted":false,"p0":21,"p1":20,"p2":false,"p3":100}
WITH head(COLLECT { MATCH (n0:PolicyTrack {id: $trackId}) RETURN n0 UNION MATCH (:MergedId {id: $trackId})-[:INTO]->(n0:PolicyTrack) RETURN n0 }) AS t
CALL (t) {
  CALL (t) {
// The relations that hang on a track: those with the track at one end, and those citing as evidence a claim
// about the track that is also about one of the relation's ends (README, "Timeline"); each once. `t` is the track,
// bound by the caller through entityById (src/read/cypher-snippets.ts). Claims about the track count unless
// retracted, or with $includeRetracted. __RELATION_TYPES__ is an allow-listed alternation of relation types.
// The one statement of this rule: the timeline (src/changes/timeline.ts) and the track export
// (src/export/queries.ts) both read it. No branch scans a label.
WITH t, COLLECT { MATCH (c:Claim)-[:ABOUT]->(t) WHERE $includeRetracted OR c.retractedAt IS NULL RETURN c } AS claims
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
RETURN r

  }
  RETURN collect(r) AS rels
}
CALL (t, rels) {
  CALL (t, rels) {
// A track's timeline: what happened on it, by the date it happened (on-track.cypher is the other clock: when
// things were written). One row per item, unordered; src/changes/timeline.ts orders and pages them.
// On the timeline (README, "Timeline"):
//   EVENT     an event PART_OF the track, at Event.date, else its approximateDate;
//   CLAIM     a claim ABOUT the track, at its statedDate or approximateDate, else its source's publishedDate or
//             approximateDate (Claim.date's rule, src/read/claim-date.ts);
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
WITH t, rels WHERE t IS NOT NULL
WITH t, rels, COLLECT { MATCH (c:Claim)-[:ABOUT]->(t) WHERE $includeRetracted OR c.retractedAt IS NULL RETURN c } AS claims
CALL (t, claims, rels) {
  UNWIND claims AS c
  // Claim.date's rule (src/read/claim-date.ts): the claim's own date, else its source's; text that cannot be placed
  // is kept as dateAsGiven.
  MATCH (c)-[:APPEARS_IN]->(s:Source)
  WITH c, s, '[0-9]{4}(-[0-9]{2}){0,2}(/[0-9]{4}(-[0-9]{2}){0,2})?' AS placeable
  WITH c, CASE WHEN c.statedDate IS NOT NULL OR c.approximateDate =~ placeable THEN [c.statedDate, c.approximateDate]
               WHEN s.publishedDate IS NOT NULL OR s.approximateDate =~ placeable THEN [s.publishedDate, s.approximateDate]
               ELSE [null, c.approximateDate] END AS date
  RETURN 'CLAIM' AS kind, c.id AS id, c AS node, null AS rel, [c.id] AS evidence, date[0] AS exact, CASE WHEN date[0] IS NULL THEN date[1] END AS approx
  UNION ALL
  // An event may be PART_OF the track through several periods: one item, their evidence in citation order.
  MATCH (e:Event)-[p:PART_OF]->(t)
  WHERE p.absorbedInto IS NULL
    AND ($includeRetracted OR any(x IN coalesce(p.evidence, []) WHERE EXISTS { MATCH (ev:Claim {id: x}) WHERE ev.retractedAt IS NULL }))
  WITH e, collect(coalesce(p.evidence, [])) AS lists
  RETURN 'EVENT' AS kind, e.id AS id, e AS node, null AS rel,
         reduce(ids = [], list IN lists | ids + [x IN list WHERE NOT x IN ids]) AS evidence, e.date AS exact, e.approximateDate AS approx
  UNION ALL
  UNWIND rels AS r
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
  RETURN collect(item) AS items
}
WITH t, items
CALL (items) { UNWIND items AS item WITH item ORDER BY item.s, item.id LIMIT $p0 RETURN collect({n: item, s: item.s}) AS page }
WITH t, {page: page, size: $p1, after: $p2, total: size(items), undated: size([i IN items WHERE NOT i.dated])} AS conn
RETURN t IS NOT NULL AS found,
       {`totalCount`: conn.total, `undatedCount`: conn.undated, `pageInfo`: head([o1 IN [conn] WHERE o1 IS NOT NULL | {`hasNextPage`: size(o1.page) > o1.size, `endCursor`: CASE WHEN o1.size = 0 OR size(o1.page) = 0 THEN null ELSE [o1.page[size(o1.page[0..o1.size]) - 1].s, o1.page[size(o1.page[0..o1.size]) - 1].n.id] END}]), `nodes`: [n3 IN [e2 IN conn.page[0..conn.size] | e2.n] | {`kind`: n3.kind, `dated`: n3.dated, `date`: n3.date, `until`: n3.until, `approximate`: n3.approximate, `node`: head([o4 IN [n3.node] WHERE o4 IS NOT NULL | CASE WHEN o4:Claim THEN {__typename: 'Claim', `id`: o4.id, `text`: o4.text} WHEN o4:Source OR o4:Person OR o4:Institution OR o4:PolicyTrack THEN {__typename: CASE WHEN o4:Source THEN 'Source' WHEN o4:Person THEN 'Person' WHEN o4:Institution THEN 'Institution' WHEN o4:PolicyTrack THEN 'PolicyTrack' END, `id`: o4.id} WHEN o4:Event THEN {__typename: 'Event', `id`: o4.id, `name`: o4.name} END]), `relation`: head([o5 IN [n3.rel] WHERE o5 IS NOT NULL | {`type`: type(o5), `from`: head([o6 IN [startNode(o5)] WHERE o6 IS NOT NULL | {__typename: CASE WHEN o6:Person THEN 'Person' WHEN o6:Institution THEN 'Institution' WHEN o6:PolicyTrack THEN 'PolicyTrack' WHEN o6:Event THEN 'Event' END, `name`: o6.name}]), `to`: head([o7 IN [endNode(o5)] WHERE o7 IS NOT NULL | {__typename: CASE WHEN o7:Person THEN 'Person' WHEN o7:Institution THEN 'Institution' WHEN o7:PolicyTrack THEN 'PolicyTrack' WHEN o7:Event THEN 'Event' END, `name`: o7.name}]), `role`: o5.role}]), `evidence`: COLLECT { UNWIND n3.evidence AS eid8 MATCH (ev9:Claim {id: eid8}) WHERE ev9.retractedAt IS NULL OR n3.kind = 'CLAIM' WITH ev9 LIMIT $p3 RETURN {`kind`: ev9.kind, `speaker`: head([o10 IN [[(ev9)-[:SAID_BY]->(s11:Entity) | s11][0]] WHERE o10 IS NOT NULL | {__typename: CASE WHEN o10:Person THEN 'Person' WHEN o10:Institution THEN 'Institution' WHEN o10:PolicyTrack THEN 'PolicyTrack' WHEN o10:Event THEN 'Event' END, `name`: o10.name}]), `source`: head([o12 IN [[(ev9)-[:APPEARS_IN]->(s13:Source) | s13][0]] WHERE o12 IS NOT NULL | {`title`: coalesce(o12.title, o12.id)}])} }}]} AS value
