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
