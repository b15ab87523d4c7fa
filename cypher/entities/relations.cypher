// Relations of many entities at once, outgoing and/or incoming, restricted to allow-listed types.
// Only relations between entities: claim links (SAID_BY, ABOUT...) end on a :Claim and are excluded.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]->(m:Entity) WHERE $out AND type(r) IN $types
  RETURN r, n.id AS fromId, m.id AS toId
  UNION
  MATCH (n)<-[r]-(m:Entity) WHERE $in AND type(r) IN $types
  RETURN r, m.id AS fromId, n.id AS toId
}
RETURN id, r, fromId, toId
ORDER BY id, type(r), fromId, toId
