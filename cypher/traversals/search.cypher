// Full-text search over entities and (unretracted) claims, merged by Lucene score.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $limit}) YIELD node, score
  WHERE node.retractedAt IS NULL
  RETURN node, score
}
RETURN node, score
ORDER BY score DESC, node.id
LIMIT $limit
