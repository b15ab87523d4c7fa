// Before the write-path indexes: cypher/ingest/candidates.cypher as of commit c8aa051, verbatim below (scripts/profile-write-path.ts).
// Graph entities a document may refer to: by id, by a merged-away id, or by a name/alias key.
// The key match scans :Entity (nameKeys is a list); fine for thousands of entities.
MATCH (n:Entity)
WHERE n.id IN $ids OR any(k IN coalesce(n.nameKeys, []) WHERE k IN $keys)
RETURN n, null AS mergedId
UNION
MATCH (m:MergedId)-[:INTO]->(n:Entity) WHERE m.id IN $ids
RETURN n, m.id AS mergedId
