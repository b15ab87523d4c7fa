// What each id names, for the write path's checks: its kind (the first of the allow-listed $labels it
// carries) and the few properties a write reads, in one round trip (each branch uses its uniqueness index).
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
RETURN id, n {.id, .name, .title, aliases: coalesce(n.aliases, []), label: [l IN labels(n) WHERE l IN $labels][0]} AS node
