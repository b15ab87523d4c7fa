// Reference for operation 8 (not timed): every relation valid on $today among the entities $ids.
UNWIND $ids AS id
MATCH (x:Entity {id: id})-[r:HOLDS_ROLE_IN|HEADS|ROUTED_THROUGH|POINT_MAN_FOR|INFLUENCES|BACKS|UNDERMINES|RIVALS|HAS_TIES_TO|DEPENDS_ON|PARTICIPATED_IN|ABSENT_FROM|MEDIATES|INVOLVED_IN|PART_OF]->(y:Entity)
WHERE y.id IN $ids AND (r.validFrom IS NULL OR r.validFrom <= $today) AND (r.validTo IS NULL OR r.validTo > $today) AND coalesce(r.status, 'ACTIVE') <> 'ENDED'
RETURN collect(DISTINCT {type: type(r), from: x.id, to: y.id}) AS answer
