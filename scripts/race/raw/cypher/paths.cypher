// Raw floor, operation 4: all shortest paths (at most 25) up to 4 hops over relations valid on $today,
// each hop with its direction and evidence (list order, unretracted, at most 100), speakers and sources.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:HOLDS_ROLE_IN|HEADS|ROUTED_THROUGH|POINT_MAN_FOR|INFLUENCES|BACKS|UNDERMINES|RIVALS|HAS_TIES_TO|DEPENDS_ON|PARTICIPATED_IN|ABSENT_FROM|MEDIATES|INVOLVED_IN|PART_OF*1..4]-(b))
WHERE all(r IN relationships(p) WHERE (r.validFrom IS NULL OR r.validFrom <= $today) AND (r.validTo IS NULL OR r.validTo > $today) AND coalesce(r.status, 'ACTIVE') <> 'ENDED')
WITH nodes(p) AS ns, relationships(p) AS rs LIMIT 25
RETURN collect({
  length: size(rs),
  hops: [i IN range(0, size(rs) - 1) | {
    from: {id: ns[i].id, name: ns[i].name},
    to: {id: ns[i + 1].id, name: ns[i + 1].name},
    type: type(rs[i]),
    direction: CASE WHEN startNode(rs[i]) = ns[i] THEN 'FORWARD' ELSE 'BACKWARD' END,
    evidence: COLLECT {
      WITH rs[i].evidence AS ids
      UNWIND range(0, size(ids) - 1) AS j
      MATCH (c:Claim {id: ids[j]}) WHERE c.retractedAt IS NULL
      WITH c, j ORDER BY j LIMIT 100
      MATCH (c)-[:SAID_BY]->(s:Entity)
      MATCH (c)-[:APPEARS_IN]->(src:Source)
      RETURN {id: c.id, kind: c.kind, text: c.text, speaker: {id: s.id, name: s.name}, source: {title: src.title}} ORDER BY j
    }
  }]
}) AS answer
