// Raw floor, operation 5: full-text search over entities and unretracted claims, best first.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $first}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: $first}) YIELD node, score
  WHERE node.retractedAt IS NULL
  RETURN node, score
}
WITH node, score ORDER BY score DESC, node.id LIMIT $first
RETURN collect({score: score, id: node.id, name: node.name, text: node.text}) AS answer
