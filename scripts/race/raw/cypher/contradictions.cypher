// Raw floor, operation 6: unretracted contradicting pairs where either claim is about the track, by
// the two claim ids, each claim with its speaker and source.
MATCH (a:Claim)-[:CONTRADICTS]->(b:Claim)
WHERE a.retractedAt IS NULL AND b.retractedAt IS NULL
  AND (EXISTS { (a)-[:ABOUT]->(:PolicyTrack {id: $trackId}) } OR EXISTS { (b)-[:ABOUT]->(:PolicyTrack {id: $trackId}) })
WITH a, b ORDER BY a.id, b.id
RETURN collect({
  claim: {
    id: a.id, kind: a.kind, text: a.text,
    speaker: [(a)-[:SAID_BY]->(s:Entity) | {id: s.id, name: s.name}][0],
    source: [(a)-[:APPEARS_IN]->(s:Source) | {title: s.title}][0]
  },
  contradictingClaim: {
    id: b.id, kind: b.kind, text: b.text,
    speaker: [(b)-[:SAID_BY]->(s:Entity) | {id: s.id, name: s.name}][0],
    source: [(b)-[:APPEARS_IN]->(s:Source) | {title: s.title}][0]
  }
}) AS answer
