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
CALL (t) {
  CALL (t) {
MATCH (t)<-[:ABOUT]-(:Claim)-[r:CONTRADICTS|SUPPORTS]-(:Claim)
WITH DISTINCT r
WITH startNode(r) AS a, r, endNode(r) AS b WHERE a:Claim AND b:Claim AND a.retractedAt IS NULL AND b.retractedAt IS NULL
WITH a, r, b, coalesce(head(COLLECT { MATCH (s1:Source {id: r.sourceId}) WHERE s1.publishedDate IS NOT NULL RETURN s1.publishedDate }), [d4 IN [[coalesce(a.statedDate, CASE WHEN a.approximateDate =~ '[0-9]{4}(-[0-9]{2}){0,2}(/[0-9]{4}(-[0-9]{2}){0,2})?' THEN split(a.approximateDate, '/')[0] END, head([(a)-[:APPEARS_IN]->(s2:Source) | coalesce(s2.publishedDate, CASE WHEN s2.approximateDate =~ '[0-9]{4}(-[0-9]{2}){0,2}(/[0-9]{4}(-[0-9]{2}){0,2})?' THEN split(s2.approximateDate, '/')[0] END)])), coalesce(b.statedDate, CASE WHEN b.approximateDate =~ '[0-9]{4}(-[0-9]{2}){0,2}(/[0-9]{4}(-[0-9]{2}){0,2})?' THEN split(b.approximateDate, '/')[0] END, head([(b)-[:APPEARS_IN]->(s3:Source) | coalesce(s3.publishedDate, CASE WHEN s3.approximateDate =~ '[0-9]{4}(-[0-9]{2}){0,2}(/[0-9]{4}(-[0-9]{2}){0,2})?' THEN split(s3.approximateDate, '/')[0] END)]))]] | CASE WHEN d4[0] IS NULL OR d4[1] IS NULL THEN null WHEN d4[0] >= d4[1] THEN d4[0] ELSE d4[1] END][0]) AS d
RETURN {kind: CASE type(r) WHEN 'CONTRADICTS' THEN 'CONTRADICTION' ELSE 'SUPPORT' END, id: 'link:' + toLower(type(r)) + ':' + a.id + ':' + b.id, node: a, evidence: [a.id, b.id], exact: d, link: {kind: type(r), direction: 'OUT', r: r, other: b, a: a, b: b, pre: true, d: d, src: head(COLLECT { MATCH (s5:Source {id: r.sourceId}) RETURN s5 })}} AS l
  }
  RETURN collect(l) AS links
}
CALL (t, rels, links) {
  CALL (t, rels, links) {
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

  }
  RETURN collect(item) AS items
}
WITH t, items
CALL (items) { UNWIND items AS item WITH item ORDER BY item.s, item.id LIMIT $p0 RETURN collect({n: item, s: item.s}) AS page }
WITH t, {page: page, size: $p1, after: $p2, total: size(items), undated: size([i IN items WHERE NOT i.dated])} AS conn
RETURN t IS NOT NULL AS found,
       {`totalCount`: conn.total, `undatedCount`: conn.undated, `pageInfo`: head([o6 IN [conn] WHERE o6 IS NOT NULL | {`hasNextPage`: size(o6.page) > o6.size, `endCursor`: CASE WHEN o6.size = 0 OR size(o6.page) = 0 THEN null ELSE [o6.page[size(o6.page[0..o6.size]) - 1].s, o6.page[size(o6.page[0..o6.size]) - 1].n.id] END}]), `nodes`: [n8 IN [e7 IN conn.page[0..conn.size] | e7.n] | {`kind`: n8.kind, `dated`: n8.dated, `date`: n8.date, `until`: n8.until, `approximate`: n8.approximate, `node`: head([o9 IN [n8.node] WHERE o9 IS NOT NULL | CASE WHEN o9:Claim THEN {__typename: 'Claim', `id`: o9.id, `text`: o9.text} WHEN o9:Source OR o9:Person OR o9:Institution OR o9:PolicyTrack THEN {__typename: CASE WHEN o9:Source THEN 'Source' WHEN o9:Person THEN 'Person' WHEN o9:Institution THEN 'Institution' WHEN o9:PolicyTrack THEN 'PolicyTrack' END, `id`: o9.id} WHEN o9:Event THEN {__typename: 'Event', `id`: o9.id, `name`: o9.name} END]), `relation`: head([o10 IN [n8.rel] WHERE o10 IS NOT NULL | {`type`: type(o10), `from`: head([o11 IN [startNode(o10)] WHERE o11 IS NOT NULL | {__typename: CASE WHEN o11:Person THEN 'Person' WHEN o11:Institution THEN 'Institution' WHEN o11:PolicyTrack THEN 'PolicyTrack' WHEN o11:Event THEN 'Event' END, `name`: o11.name}]), `to`: head([o12 IN [endNode(o10)] WHERE o12 IS NOT NULL | {__typename: CASE WHEN o12:Person THEN 'Person' WHEN o12:Institution THEN 'Institution' WHEN o12:PolicyTrack THEN 'PolicyTrack' WHEN o12:Event THEN 'Event' END, `name`: o12.name}]), `role`: o10.role}]), `evidence`: COLLECT { UNWIND n8.evidence AS eid13 MATCH (ev14:Claim {id: eid13}) WHERE ev14.retractedAt IS NULL OR n8.kind = 'CLAIM' WITH ev14 LIMIT $p3 RETURN {`kind`: ev14.kind, `speaker`: head([o15 IN [[(ev14)-[:SAID_BY]->(s16:Entity) | s16][0]] WHERE o15 IS NOT NULL | {__typename: CASE WHEN o15:Person THEN 'Person' WHEN o15:Institution THEN 'Institution' WHEN o15:PolicyTrack THEN 'PolicyTrack' WHEN o15:Event THEN 'Event' END, `name`: o15.name}]), `source`: head([o17 IN [[(ev14)-[:APPEARS_IN]->(s18:Source) | s18][0]] WHERE o17 IS NOT NULL | {`title`: coalesce(o17.title, o17.id)}])} }}]} AS value
