// What each of many claims links to: speaker, source, attributions, subjects, other claims.
// CONTRADICTS is read in both directions: a contradiction is mutual.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id,
  [(c)-[:SAID_BY]->(s:Entity) | s.id][0] AS speakerId,
  [(c)-[:APPEARS_IN]->(s:Source) | s.id][0] AS sourceId,
  [(c)-[:ATTRIBUTED_BY]->(e:Entity) | e.id] AS attributedToIds,
  [(c)-[:ABOUT]->(e:Entity) | e.id] AS aboutIds,
  [(c)-[:CONTRADICTS]-(o:Claim) | o.id] AS contradictsIds,
  [(c)-[:SUPPORTS]->(o:Claim) | o.id] AS supportsIds,
  [(c)<-[:SUPPORTS]-(o:Claim) | o.id] AS supportedByIds
