// Total number of claims matching the same filter as claims/list.
MATCH (c:Claim)
WHERE ($kinds IS NULL OR c.kind IN $kinds)
  AND ($includeRetracted OR c.retractedAt IS NULL)
  AND ($text IS NULL OR toLower(c.text) CONTAINS $text)
  AND ($speakerId IS NULL OR EXISTS { (c)-[:SAID_BY]->(:Entity {id: $speakerId}) })
  AND ($aboutId IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {id: $aboutId}) })
  AND ($sourceId IS NULL OR EXISTS { (c)-[:APPEARS_IN]->(:Source {id: $sourceId}) })
RETURN count(c) AS total
