// Adds a CONTRADICTS or SUPPORTS link (type from the allow-list) between two claims.
MATCH (a:Claim {id: $fromId}), (b:Claim {id: $toId})
MERGE (a)-[r:$($kind)]->(b)
ON CREATE SET r.createdAt = datetime(), r.createdBy = $actor
RETURN a
