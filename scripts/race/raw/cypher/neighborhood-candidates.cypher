// Reference for operation 8 (not timed): every entity neighborhood.cypher chooses its 500 from.
MATCH (c:Entity {id: $id})
RETURN COLLECT {
  MATCH (c)-[rs:HOLDS_ROLE_IN|HEADS|ROUTED_THROUGH|POINT_MAN_FOR|INFLUENCES|BACKS|UNDERMINES|RIVALS|HAS_TIES_TO|DEPENDS_ON|PARTICIPATED_IN|ABSENT_FROM|MEDIATES|INVOLVED_IN|PART_OF*1..2]-(m:Entity)
  WHERE m <> c AND all(r IN rs WHERE (r.validFrom IS NULL OR r.validFrom <= $today) AND (r.validTo IS NULL OR r.validTo > $today) AND coalesce(r.status, 'ACTIVE') <> 'ENDED')
  RETURN DISTINCT {id: m.id, name: m.name}
} AS answer
