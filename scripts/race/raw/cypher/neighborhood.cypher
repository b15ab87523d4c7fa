// Raw floor, operation 8: entities within 2 relations valid on $today (the first 500 by id besides the
// centre) and every valid relation among them.
MATCH (c:Entity {id: $id})
WITH c, COLLECT {
  MATCH (c)-[rs:HOLDS_ROLE_IN|HEADS|ROUTED_THROUGH|POINT_MAN_FOR|INFLUENCES|BACKS|UNDERMINES|RIVALS|HAS_TIES_TO|DEPENDS_ON|PARTICIPATED_IN|ABSENT_FROM|MEDIATES|INVOLVED_IN|PART_OF*1..2]-(m:Entity)
  WHERE m <> c AND all(r IN rs WHERE (r.validFrom IS NULL OR r.validFrom <= $today) AND (r.validTo IS NULL OR r.validTo > $today) AND coalesce(r.status, 'ACTIVE') <> 'ENDED')
  WITH DISTINCT m ORDER BY m.id LIMIT 500
  RETURN m
} AS others
WITH [c] + others AS nodes
RETURN {
  nodes: [n IN nodes | {id: n.id, name: n.name}],
  edges: COLLECT {
    UNWIND nodes AS x
    MATCH (x)-[r:HOLDS_ROLE_IN|HEADS|ROUTED_THROUGH|POINT_MAN_FOR|INFLUENCES|BACKS|UNDERMINES|RIVALS|HAS_TIES_TO|DEPENDS_ON|PARTICIPATED_IN|ABSENT_FROM|MEDIATES|INVOLVED_IN|PART_OF]->(y:Entity)
    WHERE y IN nodes AND (r.validFrom IS NULL OR r.validFrom <= $today) AND (r.validTo IS NULL OR r.validTo > $today) AND coalesce(r.status, 'ACTIVE') <> 'ENDED'
    RETURN DISTINCT {type: type(r), from: x.id, to: y.id}
  }
} AS answer
