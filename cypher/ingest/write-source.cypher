// Creates or updates the document's source, its publisher entity (replacing another) and whose analysis it relays (added).
MERGE (s:Source {id: $source.id})
ON CREATE SET s.createdAt = datetime(), s.createdBy = $actor, s._created = true
SET s += $source.props, s.updatedAt = datetime(), s.updatedBy = $actor
// `_created`: whether this transaction created the source (see write-entities), never stored.
WITH s, s._created IS NOT NULL AS created
REMOVE s._created
WITH s, created
CALL (s) {
  UNWIND $source.relays AS id
  MATCH (e:Entity {id: id})
  MERGE (s)-[:RELAYS]->(e)
}
CALL (s) {
  UNWIND CASE WHEN $source.publishedBy IS NULL THEN [] ELSE [$source.publishedBy] END AS id
  MATCH (p:Entity {id: id})
  CALL (s, p) {
    MATCH (s)-[old:PUBLISHED_BY]->(o)
    WHERE o <> p
    DELETE old
  }
  MERGE (s)-[:PUBLISHED_BY]->(p)
}
RETURN s.id AS id, created
