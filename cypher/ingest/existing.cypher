// What a document's source and claims already look like in the graph (its relations: relation-records).
CALL () {
  OPTIONAL MATCH (s:Source {id: $sourceId})
  RETURN s
}
CALL () {
  RETURN COLLECT {
    MATCH (c:Claim) WHERE c.id IN $claimIds
    RETURN c {
      .id, .text, .kind, .statedDate, .approximateDate, .spanStart, .spanEnd,
      speakerId: [(c)-[:SAID_BY]->(x) | x.id][0],
      sourceId: [(c)-[:APPEARS_IN]->(x) | x.id][0],
      about: [(c)-[:ABOUT]->(x) | x.id],
      attributedTo: [(c)-[:ATTRIBUTED_BY]->(x) | x.id],
      contradicts: [(c)-[:CONTRADICTS]->(x) | x.id],
      supports: [(c)-[:SUPPORTS]->(x) | x.id]
    }
  } AS claims
}
RETURN s, claims
