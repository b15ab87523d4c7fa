// One page of claims, filtered, keyset-paginated on (sort value, id); see entities/list.
MATCH (c:Claim)
WHERE ($kinds IS NULL OR c.kind IN $kinds)
  AND ($includeRetracted OR c.retractedAt IS NULL)
  AND ($text IS NULL OR toLower(c.text) CONTAINS $text)
  AND ($speakerId IS NULL OR EXISTS { (c)-[:SAID_BY]->(:Entity {id: $speakerId}) })
  AND ($aboutId IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {id: $aboutId}) })
  AND ($sourceId IS NULL OR EXISTS { (c)-[:APPEARS_IN]->(:Source {id: $sourceId}) })
WITH c, coalesce(c[$sortKey], '') AS sortValue
WHERE $after IS NULL
   OR ($desc AND (sortValue < $after.value OR (sortValue = $after.value AND c.id < $after.id)))
   OR (NOT $desc AND (sortValue > $after.value OR (sortValue = $after.value AND c.id > $after.id)))
RETURN c AS n, sortValue
ORDER BY sortValue __DIR__, c.id __DIR__
LIMIT $limit
