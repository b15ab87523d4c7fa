// Entities, claims and sources by id in one round trip (each branch uses its uniqueness index).
// Ids that match nothing are simply absent from the result.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Claim {id: id}) RETURN n
  UNION
  MATCH (n:Source {id: id}) RETURN n
}
RETURN n
