// contradictions
// params: {"p0":"track:ukraine"}
WITH head(COLLECT { MATCH (n0:Entity {id: $p0}) RETURN n0 UNION MATCH (:MergedId {id: $p0})-[:INTO]->(n0:Entity) RETURN n0 }) AS t
RETURN t IS NOT NULL AS found, CASE WHEN t IS NULL THEN [] ELSE COLLECT {
CALL (t) {
// Contradiction pairs (a)-[r:CONTRADICTS]->(b) with a claim about the track `t` on either side. `t` is bound by
// the caller (src/claims/roots.ts, through entityById). Stored once per pair (a -> b); r holds its provenance.
// Starts from whichever side is smaller: the claims about the track (its degree) or all contradiction pairs (the
// count store); both give the same pairs.
WITH t WHERE COUNT { (t)<-[:ABOUT]-() } <= COUNT { ()-[:CONTRADICTS]->() }
CALL (t) {
  MATCH (t)<-[:ABOUT]-(a:Claim)-[r:CONTRADICTS]->(b:Claim) RETURN a, r, b
  UNION
  MATCH (t)<-[:ABOUT]-(b:Claim)<-[r:CONTRADICTS]-(a:Claim) RETURN a, r, b
}
RETURN a, r, b
UNION
WITH t WHERE COUNT { (t)<-[:ABOUT]-() } > COUNT { ()-[:CONTRADICTS]->() }
MATCH (a:Claim)-[r:CONTRADICTS]->(b:Claim) WHERE EXISTS { (a)-[:ABOUT]->(t) } OR EXISTS { (b)-[:ABOUT]->(t) }
RETURN a, r, b

}
  WITH a, r, b WHERE a.retractedAt IS NULL AND b.retractedAt IS NULL
  WITH a, r, b ORDER BY a.id, b.id
  WITH {a: a, b: b, r: r} AS pair RETURN {`claim`: head([o1 IN [pair.a] WHERE o1 IS NOT NULL | {`kind`: o1.kind, `text`: o1.text, `speaker`: head([o2 IN [[(o1)-[:SAID_BY]->(s3:Entity) | s3][0]] WHERE o2 IS NOT NULL | {__typename: CASE WHEN o2:Person THEN 'Person' WHEN o2:Institution THEN 'Institution' WHEN o2:PolicyTrack THEN 'PolicyTrack' WHEN o2:Event THEN 'Event' END, `name`: o2.name}]), `source`: head([o4 IN [[(o1)-[:APPEARS_IN]->(s5:Source) | s5][0]] WHERE o4 IS NOT NULL | {`publisher`: o4.publisher}])}]), `contradictingClaim`: head([o6 IN [pair.b] WHERE o6 IS NOT NULL | {`kind`: o6.kind, `text`: o6.text, `speaker`: head([o7 IN [[(o6)-[:SAID_BY]->(s8:Entity) | s8][0]] WHERE o7 IS NOT NULL | {__typename: CASE WHEN o7:Person THEN 'Person' WHEN o7:Institution THEN 'Institution' WHEN o7:PolicyTrack THEN 'PolicyTrack' WHEN o7:Event THEN 'Event' END, `name`: o7.name}]), `source`: head([o9 IN [[(o6)-[:APPEARS_IN]->(s10:Source) | s10][0]] WHERE o9 IS NOT NULL | {`publisher`: o9.publisher}])}])}
} END AS value
