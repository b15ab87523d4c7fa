// Raw floor, operations 1-2: an entity with its first $first relations valid on $today (both directions,
// by type, from id, to id), each with its evidence in list order (unretracted), speakers and sources.
MATCH (n:Entity {id: $id})
RETURN {
  id: n.id,
  name: n.name,
  relations: COLLECT {
    CALL (n) {
      MATCH (n)-[r:HOLDS_ROLE_IN|HEADS|ROUTED_THROUGH|POINT_MAN_FOR|INFLUENCES|BACKS|UNDERMINES|RIVALS|HAS_TIES_TO|DEPENDS_ON|PARTICIPATED_IN|ABSENT_FROM|MEDIATES|INVOLVED_IN|PART_OF]->(m:Entity) RETURN r, n AS f, m AS t
      UNION
      MATCH (n)<-[r:HOLDS_ROLE_IN|HEADS|ROUTED_THROUGH|POINT_MAN_FOR|INFLUENCES|BACKS|UNDERMINES|RIVALS|HAS_TIES_TO|DEPENDS_ON|PARTICIPATED_IN|ABSENT_FROM|MEDIATES|INVOLVED_IN|PART_OF]-(m:Entity) RETURN r, m AS f, n AS t
    }
    WITH r, f, t WHERE (r.validFrom IS NULL OR r.validFrom <= $today) AND (r.validTo IS NULL OR r.validTo > $today) AND coalesce(r.status, 'ACTIVE') <> 'ENDED'
    WITH r, f, t ORDER BY type(r), f.id, t.id LIMIT $first
    RETURN {
      type: type(r), role: r.role, from: {id: f.id, name: f.name}, to: {id: t.id, name: t.name},
      evidence: COLLECT {
        UNWIND range(0, size(r.evidence) - 1) AS i
        MATCH (c:Claim {id: r.evidence[i]}) WHERE c.retractedAt IS NULL
        WITH c, i ORDER BY i LIMIT 100
        MATCH (c)-[:SAID_BY]->(s:Entity)
        MATCH (c)-[:APPEARS_IN]->(src:Source)
        RETURN {id: c.id, kind: c.kind, text: c.text, speaker: {id: s.id, name: s.name}, source: {title: src.title}} ORDER BY i
      }
    }
  }
} AS answer
