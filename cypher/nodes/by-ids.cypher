// Entities, claims and sources by id in one round trip (each branch uses its uniqueness index).
// An id merged into another entity resolves to the survivor. Ids that match nothing are absent.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Claim {id: id}) RETURN n
  UNION
  MATCH (n:Source {id: id}) RETURN n
  UNION
  MATCH (:MergedId {id: id})-[:INTO]->(n:Entity) RETURN n
}
RETURN id, n
