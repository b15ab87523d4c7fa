// What a document's source, claims and relations already look like in the graph.
CALL () {
  OPTIONAL MATCH (s:Source {id: $sourceId})
  RETURN s
}
CALL () {
  RETURN COLLECT {
    MATCH (c:Claim) WHERE c.id IN $claimIds
    RETURN c {
      .id, .text, .kind, .statedDate, .approximateDate,
      speakerId: [(c)-[:SAID_BY]->(x) | x.id][0],
      sourceId: [(c)-[:APPEARS_IN]->(x) | x.id][0],
      about: [(c)-[:ABOUT]->(x) | x.id],
      attributedTo: [(c)-[:ATTRIBUTED_BY]->(x) | x.id],
      contradicts: [(c)-[:CONTRADICTS]->(x) | x.id],
      supports: [(c)-[:SUPPORTS]->(x) | x.id]
    }
  } AS claims
}
CALL () {
  RETURN COLLECT {
    UNWIND $relations AS x
    MATCH (a:Entity {id: x.fromId})-[r]->(b:Entity {id: x.toId})
    WHERE type(r) = x.type
    RETURN r { .id, .evidence, .role, .validFrom, .validTo, .status }
  } AS relations
}
RETURN s, claims, relations
