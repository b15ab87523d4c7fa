// What a document's source and claims already look like in the graph (its relations: relation-records).
CALL () {
  OPTIONAL MATCH (s:Source {id: $sourceId})
  RETURN s, [(s)-[:PUBLISHED_BY]->(p:Entity) | p.id][0] AS publishedBy, [(s)-[:RELAYS]->(e:Entity) | e.id] AS relays
}
CALL () {
  RETURN COLLECT {
    MATCH (c:Claim) WHERE c.id IN $claimIds
    RETURN c {
      .id, .text, .kind, .statedDate, .approximateDate, .spanStart, .spanEnd,
      speakerId: [(c)-[:SAID_BY]->(x) | x.id][0],
      sourceId: [(c)-[:APPEARS_IN]->(x) | x.id][0],
      about: [(c)-[:ABOUT]->(x) | x.id],
      attribution: COLLECT {
        MATCH (c)-[a:ATTRIBUTED_BY]->(x:Entity)
        WITH a, x ORDER BY a.position, x.id
        RETURN {id: x.id, role: a.role, position: a.position}
      },
      contradicts: [(c)-[:CONTRADICTS]->(x) | x.id],
      supports: [(c)-[:SUPPORTS]->(x) | x.id]
    }
  } AS claims
}
RETURN s, publishedBy, relays, claims
