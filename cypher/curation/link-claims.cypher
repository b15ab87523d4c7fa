// Adds a CONTRADICTS or SUPPORTS link (type from the allow-list) between two claims, with who linked them, when,
// and on which source ($sourceId, null when the editor named none). An existing link keeps its provenance.
MATCH (a:Claim {id: $fromId}), (b:Claim {id: $toId})
MERGE (a)-[r:$($kind)]->(b)
ON CREATE SET r.createdAt = datetime(), r.createdBy = $actor, r.sourceId = $sourceId, r.justCreated = true
// Whether this run created the link (the write then logs a live-update event, src/db/change-log.ts).
WITH a, r, r.justCreated IS NOT NULL AS created
REMOVE r.justCreated
RETURN a.id AS id, created
