// Contradicting claim pairs (each stored once, as a -> b); with $trackId, pairs where either claim
// is about that track. Returns the claim nodes too so the request's node loader is primed.
MATCH (a:Claim)-[:CONTRADICTS]->(b:Claim)
WHERE ($includeRetracted OR (a.retractedAt IS NULL AND b.retractedAt IS NULL))
  AND ($trackId IS NULL
   OR EXISTS { (a)-[:ABOUT]->(:PolicyTrack {id: $trackId}) }
   OR EXISTS { (b)-[:ABOUT]->(:PolicyTrack {id: $trackId}) })
RETURN a, b, [(a)-[:ABOUT]->(t:PolicyTrack)<-[:ABOUT]-(b) | t.id] AS sharedTrackIds
ORDER BY a.id, b.id
