// Relations of many entities at once, outgoing and/or incoming, restricted to allow-listed types.
// Only relations between entities: claim links (SAID_BY, ABOUT...) end on a :Claim and are excluded.
// Only relations valid at $at (asOf or today); ENDED ones without an end date count as ended now.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]->(m:Entity) WHERE $out AND type(r) IN $types
    AND ((r.validFrom IS NULL OR r.validFrom <= $at) AND (r.validTo IS NULL OR r.validTo > $at) AND ($asOf IS NOT NULL OR coalesce(r.status, 'ACTIVE') <> 'ENDED'))
  RETURN r, n.id AS fromId, m.id AS toId
  UNION
  MATCH (n)<-[r]-(m:Entity) WHERE $in AND type(r) IN $types
    AND ((r.validFrom IS NULL OR r.validFrom <= $at) AND (r.validTo IS NULL OR r.validTo > $at) AND ($asOf IS NOT NULL OR coalesce(r.status, 'ACTIVE') <> 'ENDED'))
  RETURN r, m.id AS fromId, n.id AS toId
}
RETURN id, r, fromId, toId
ORDER BY id, type(r), fromId, toId
