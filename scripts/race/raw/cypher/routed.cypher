// Raw floor, operation 3: tracks routed through a person (valid on $today), by track name, each with
// all its evidence in list order (unretracted), speakers and sources.
MATCH (p:Person {id: $personId})<-[r:ROUTED_THROUGH]-(t:PolicyTrack)
WHERE (r.validFrom IS NULL OR r.validFrom <= $today) AND (r.validTo IS NULL OR r.validTo > $today) AND coalesce(r.status, 'ACTIVE') <> 'ENDED'
WITH t, r ORDER BY t.name, t.id
RETURN collect({
  track: {id: t.id, name: t.name},
  evidence: COLLECT {
    UNWIND range(0, size(r.evidence) - 1) AS i
    MATCH (c:Claim {id: r.evidence[i]}) WHERE c.retractedAt IS NULL
    MATCH (c)-[:SAID_BY]->(s:Entity)
    MATCH (c)-[:APPEARS_IN]->(src:Source)
    RETURN {id: c.id, kind: c.kind, text: c.text, speaker: {id: s.id, name: s.name}, source: {title: src.title}} ORDER BY i
  }
}) AS answer
