// neighborhood
// params: {"p0":"2026-11-28","p1":"person:witkoff","p2":"2026-11-28","p3":500,"p4":100}
WITH head(COLLECT { MATCH (n6:Entity {id: $p1}) RETURN n6 UNION MATCH (:MergedId {id: $p1})-[:INTO]->(n6:Entity) RETURN n6 }) AS center
WHERE center IS NOT NULL
WITH center, COLLECT {
  MATCH (center)-[rs1:HOLDS_ROLE_IN|HEADS|ROUTED_THROUGH|POINT_MAN_FOR|INFLUENCES|BACKS|UNDERMINES|RIVALS|HAS_TIES_TO|DEPENDS_ON|PARTICIPATED_IN|ABSENT_FROM|MEDIATES|INVOLVED_IN|PART_OF*1..1]-(m0:Entity) WHERE m0 <> center AND all(r2 IN rs1 WHERE (r2.validFrom IS NULL OR r2.validFrom <= $p2) AND (r2.validTo IS NULL OR r2.validTo > $p2) AND coalesce(r2.status, 'ACTIVE') <> 'ENDED')
  WITH DISTINCT m0 ORDER BY m0.id LIMIT $p3 RETURN m0
} AS others
WITH center, [center] + others AS nodes
WITH {center: center, nodes: nodes, rels: COLLECT { UNWIND nodes AS x3 MATCH (x3)-[rel5:HOLDS_ROLE_IN|HEADS|ROUTED_THROUGH|POINT_MAN_FOR|INFLUENCES|BACKS|UNDERMINES|RIVALS|HAS_TIES_TO|DEPENDS_ON|PARTICIPATED_IN|ABSENT_FROM|MEDIATES|INVOLVED_IN|PART_OF]->(y4:Entity) WHERE y4 IN nodes AND (rel5.validFrom IS NULL OR rel5.validFrom <= $p0) AND (rel5.validTo IS NULL OR rel5.validTo > $p0) AND coalesce(rel5.status, 'ACTIVE') <> 'ENDED' RETURN DISTINCT rel5 }} AS hood
RETURN {`nodes`: [n7 IN hood.nodes | {__typename: CASE WHEN n7:Person THEN 'Person' WHEN n7:Institution THEN 'Institution' WHEN n7:PolicyTrack THEN 'PolicyTrack' WHEN n7:Event THEN 'Event' END, `id`: n7.id, `name`: n7.name}], `edges`: [r8 IN hood.rels | {`type`: type(r8), `from`: head([o9 IN [startNode(r8)] WHERE o9 IS NOT NULL | {__typename: CASE WHEN o9:Person THEN 'Person' WHEN o9:Institution THEN 'Institution' WHEN o9:PolicyTrack THEN 'PolicyTrack' WHEN o9:Event THEN 'Event' END, `id`: o9.id}]), `to`: head([o10 IN [endNode(r8)] WHERE o10 IS NOT NULL | {__typename: CASE WHEN o10:Person THEN 'Person' WHEN o10:Institution THEN 'Institution' WHEN o10:PolicyTrack THEN 'PolicyTrack' WHEN o10:Event THEN 'Event' END, `id`: o10.id}]), `evidence`: COLLECT { UNWIND coalesce(r8.evidence, []) AS eid11 MATCH (ev12:Claim {id: eid11}) WHERE ev12.retractedAt IS NULL WITH ev12 LIMIT $p4 RETURN {`id`: ev12.id} }}]} AS value
