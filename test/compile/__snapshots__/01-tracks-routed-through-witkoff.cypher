// tracksRoutedThrough
// params: {"p0":"person:witkoff","p1":"2026-11-28","p2":100}
OPTIONAL MATCH (person:Person {id: $p0})
RETURN person IS NOT NULL AS found, CASE WHEN person IS NULL THEN [] ELSE COLLECT {
  MATCH (t1:PolicyTrack)-[r0:ROUTED_THROUGH]->(person) WHERE (r0.validFrom IS NULL OR r0.validFrom <= $p1) AND (r0.validTo IS NULL OR r0.validTo > $p1) AND coalesce(r0.status, 'ACTIVE') <> 'ENDED'
  WITH r0, t1 ORDER BY t1.name, t1.id RETURN {`track`: head([o2 IN [startNode(r0)] WHERE o2 IS NOT NULL | {`id`: o2.id, `name`: o2.name}]), `evidence`: COLLECT { UNWIND coalesce(r0.evidence, []) AS eid3 MATCH (ev4:Claim {id: eid3}) WHERE ev4.retractedAt IS NULL WITH ev4 LIMIT $p2 RETURN {`kind`: ev4.kind, `text`: ev4.text, `speaker`: head([o5 IN [[(ev4)-[:SAID_BY]->(s6:Entity) | s6][0]] WHERE o5 IS NOT NULL | {__typename: CASE WHEN o5:Person THEN 'Person' WHEN o5:Institution THEN 'Institution' WHEN o5:PolicyTrack THEN 'PolicyTrack' WHEN o5:Event THEN 'Event' END, `id`: o5.id, `name`: o5.name}]), `source`: head([o7 IN [[(ev4)-[:APPEARS_IN]->(s8:Source) | s8][0]] WHERE o7 IS NOT NULL | {`title`: coalesce(o7.title, o7.id), `publisher`: o7.publisher, `url`: o7.url}])} }}
} END AS value
