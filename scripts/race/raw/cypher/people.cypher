// Raw floor, operation 7: the first 50 people by id, each with institutions (held or headed, valid on
// $today), its first 20 relations (as in entity.cypher) with up to 10 evidence claims and their
// speakers' names, and its first 20 claims made (unretracted, by id).
MATCH (p:Person)
WITH p ORDER BY p.id LIMIT 50
RETURN collect({
  id: p.id,
  name: p.name,
  institutions: COLLECT {
    MATCH (p)-[r:HOLDS_ROLE_IN|HEADS]->(i:Institution) WHERE (r.validFrom IS NULL OR r.validFrom <= $today) AND (r.validTo IS NULL OR r.validTo > $today) AND coalesce(r.status, 'ACTIVE') <> 'ENDED'
    RETURN DISTINCT {id: i.id, name: i.name} AS i ORDER BY i.id
  },
  relations: COLLECT {
    CALL (p) {
      MATCH (p)-[r:HOLDS_ROLE_IN|HEADS|ROUTED_THROUGH|POINT_MAN_FOR|INFLUENCES|BACKS|UNDERMINES|RIVALS|HAS_TIES_TO|DEPENDS_ON|PARTICIPATED_IN|ABSENT_FROM|MEDIATES|INVOLVED_IN|PART_OF]->(m:Entity) RETURN r, p AS f, m AS t
      UNION
      MATCH (p)<-[r:HOLDS_ROLE_IN|HEADS|ROUTED_THROUGH|POINT_MAN_FOR|INFLUENCES|BACKS|UNDERMINES|RIVALS|HAS_TIES_TO|DEPENDS_ON|PARTICIPATED_IN|ABSENT_FROM|MEDIATES|INVOLVED_IN|PART_OF]-(m:Entity) RETURN r, m AS f, p AS t
    }
    WITH r, f, t WHERE (r.validFrom IS NULL OR r.validFrom <= $today) AND (r.validTo IS NULL OR r.validTo > $today) AND coalesce(r.status, 'ACTIVE') <> 'ENDED'
    WITH r, f, t ORDER BY type(r), f.id, t.id LIMIT 20
    RETURN {
      type: type(r), from: {id: f.id}, to: {id: t.id},
      evidence: COLLECT {
        UNWIND range(0, size(r.evidence) - 1) AS i
        MATCH (c:Claim {id: r.evidence[i]}) WHERE c.retractedAt IS NULL
        WITH c, i ORDER BY i LIMIT 10
        MATCH (c)-[:SAID_BY]->(s:Entity)
        RETURN {id: c.id, speaker: {name: s.name}} ORDER BY i
      }
    }
  },
  claimsMade: COLLECT {
    MATCH (p)<-[:SAID_BY]-(c:Claim) WHERE c.retractedAt IS NULL
    RETURN {id: c.id, text: c.text} ORDER BY c.id LIMIT 20
  }
}) AS answer
