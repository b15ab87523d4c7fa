// contradictionsConnection
// params: {"afterA":"","afterB":"","limit":21,"walkFactor":25,"includeRetracted":false,"p0":"track:ukraine","p1":20,"p2":false}
WITH head(COLLECT { MATCH (n0:Entity {id: $p0}) RETURN n0 UNION MATCH (:MergedId {id: $p0})-[:INTO]->(n0:Entity) RETURN n0 }) AS t WHERE t IS NOT NULL
CALL (t) { CALL (t) {
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

} WITH a, b WHERE ($includeRetracted OR (a.retractedAt IS NULL AND b.retractedAt IS NULL)) RETURN count(*) AS total }
CALL (t) { CALL (t) {
// One page of contradiction pairs (a)-[r:CONTRADICTS]->(b), by a.id then b.id, at most $limit rows after the
// cursor ($afterA, $afterB: two empty strings for the first page); with a track `t` (bound by the caller, null for all
// pairs) only pairs with a claim about it; retracted claims' pairs only with $includeRetracted.
// Two plans, one order. Walking Claim.id's index in order reads claims until the page is full: about the page
// times (claims / pairs on the track) claims, so little for a track many claims are about, whatever the graph's
// size. Reading the track's own claims (or every pair, if fewer) and sorting costs its degree (or the pairs). With pairs on a track about proportional to
// its claims, the walk is cheaper once degree^2 > $walkFactor * $limit * claims (both counts from the count store).
WITH t, COUNT { (:Claim) } AS claims
WITH t, t IS NULL OR COUNT { (t)<-[:ABOUT]-() } ^ 2 > $walkFactor * $limit * claims AS walk
CALL (t, walk) {
  // The walk in a subquery of its own: the planner would otherwise seek the index before testing `walk`.
  WITH t, walk WHERE walk
  CALL (t) {
    MATCH (a:Claim) WHERE a.id >= $afterA
    MATCH (a)-[r:CONTRADICTS]->(b:Claim)
    WHERE (a.id > $afterA OR b.id > $afterB) AND ($includeRetracted OR (a.retractedAt IS NULL AND b.retractedAt IS NULL))
      AND (t IS NULL OR EXISTS { (a)-[:ABOUT]->(t) } OR EXISTS { (b)-[:ABOUT]->(t) })
    WITH a, r, b ORDER BY a.id, b.id LIMIT $limit
    RETURN a, r, b
  }
  RETURN a, r, b
  UNION
  WITH t, walk WHERE NOT walk
  // From the track's claims or from every pair, whichever is fewer (as claims/contradiction-pairs-on-track).
  CALL (t) {
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
  WITH a, r, b WHERE (a.id > $afterA OR (a.id = $afterA AND b.id > $afterB))
    AND ($includeRetracted OR (a.retractedAt IS NULL AND b.retractedAt IS NULL))
  WITH a, r, b ORDER BY a.id, b.id LIMIT $limit
  RETURN a, r, b
}
RETURN a, r, b

}
  WITH a, r, b ORDER BY a.id, b.id RETURN collect({n: {a: a, b: b, r: r, id: b.id}, s: a.id}) AS page }
WITH {page: page, size: $p1, after: $p2, total: total} AS conn
RETURN {`totalCount`: conn.total, `pageInfo`: head([o1 IN [conn] WHERE o1 IS NOT NULL | {`hasNextPage`: size(o1.page) > o1.size, `endCursor`: CASE WHEN o1.size = 0 OR size(o1.page) = 0 THEN null ELSE [o1.page[size(o1.page[0..o1.size]) - 1].s, o1.page[size(o1.page[0..o1.size]) - 1].n.id] END}]), `edges`: [e2 IN conn.page[0..conn.size] | {`cursor`: [e2.s, e2.n.id], `node`: head([o3 IN [e2.n] WHERE o3 IS NOT NULL | {`claim`: head([o4 IN [o3.a] WHERE o4 IS NOT NULL | {`id`: o4.id, `text`: o4.text, `speaker`: head([o5 IN [[(o4)-[:SAID_BY]->(s6:Entity) | s6][0]] WHERE o5 IS NOT NULL | {__typename: CASE WHEN o5:Person THEN 'Person' WHEN o5:Institution THEN 'Institution' WHEN o5:PolicyTrack THEN 'PolicyTrack' WHEN o5:Event THEN 'Event' END, `name`: o5.name}])}]), `contradictingClaim`: head([o7 IN [o3.b] WHERE o7 IS NOT NULL | {`id`: o7.id, `text`: o7.text, `speaker`: head([o8 IN [[(o7)-[:SAID_BY]->(s9:Entity) | s9][0]] WHERE o8 IS NOT NULL | {__typename: CASE WHEN o8:Person THEN 'Person' WHEN o8:Institution THEN 'Institution' WHEN o8:PolicyTrack THEN 'PolicyTrack' WHEN o8:Event THEN 'Event' END, `name`: o8.name}])}])}])}]} AS value
