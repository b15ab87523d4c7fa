// search
// params: {"query":"uncertainty","limit":5}
CALL () {
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

}
WITH {node: node, score: score} AS hit
RETURN {`score`: hit.score, `node`: head([o0 IN [hit.node] WHERE o0 IS NOT NULL | CASE WHEN o0:Claim THEN {__typename: 'Claim', `id`: o0.id, `text`: o0.text, `speaker`: head([o1 IN [[(o0)-[:SAID_BY]->(s2:Entity) | s2][0]] WHERE o1 IS NOT NULL | {__typename: CASE WHEN o1:Person THEN 'Person' WHEN o1:Institution THEN 'Institution' WHEN o1:PolicyTrack THEN 'PolicyTrack' WHEN o1:Event THEN 'Event' END, `name`: o1.name}])} WHEN o0:Source THEN {__typename: 'Source', `id`: o0.id} WHEN o0:Person OR o0:Institution OR o0:PolicyTrack OR o0:Event THEN {__typename: CASE WHEN o0:Person THEN 'Person' WHEN o0:Institution THEN 'Institution' WHEN o0:PolicyTrack THEN 'PolicyTrack' WHEN o0:Event THEN 'Event' END, `id`: o0.id, `name`: o0.name} END])} AS value
