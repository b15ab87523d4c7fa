// Full-text search over entities (names, aliases, descriptions) and unretracted claims: the best $limit hits
// of both indexes together, by score. $query is Lucene text whose special characters the caller escaped
// (src/traversals/roots.ts searchWords).
CALL () {
  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $limit}) YIELD node, score
  WHERE node.retractedAt IS NULL
  RETURN node, score
}
WITH node, score ORDER BY score DESC, node.id LIMIT $limit
RETURN node, score
