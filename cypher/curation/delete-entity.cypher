// Deletes an entity unless a claim was said by it; returns what stopped it.
MATCH (n:Entity {id: $id})
WITH n, COUNT { (n)<-[:SAID_BY]-(:Claim) } AS spoken
CALL (n, spoken) {
  WITH n WHERE spoken = 0
  DETACH DELETE n
}
RETURN spoken
