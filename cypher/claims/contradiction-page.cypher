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
