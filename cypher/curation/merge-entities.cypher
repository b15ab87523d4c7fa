// Moves every relationship of $mergedId onto $survivorId, then deletes the merged node and leaves a
// (:MergedId)-[:INTO]-> redirect (older redirects into the merged node move with its relationships).
// Entity relations move record by record, each period kept as it is: the id names the survivor instead
// (its role and period suffix stay), and so does its inKey (`<to id> <id>`, the incoming page's order); when the survivor already has that id, the moved record gets a
// provisional one and src/ingest/relation-history.ts folds the two (same period key) into one, uniting
// their evidence. Returns the moved (type, from, to) pairs, which the caller settles again in the same
// transaction; a moved record whose evidence names no claim fails the merge (see ingest/write-relations).
// Claim links and redirects are merged (one per type). Types are re-created dynamically.
MATCH (s:Entity {id: $survivorId}), (m:Entity {id: $mergedId})
// Relation writers lock a pair's from-entity before reading it: lock every entity whose pairs change.
CALL (s, m) {
  UNWIND [s, m] + COLLECT { MATCH (m)--(o:Entity) RETURN DISTINCT o } AS n
  WITH DISTINCT n ORDER BY n.id
  SET n._lock = true
  REMOVE n._lock
}
CALL (s, m) {
  MATCH (m)-[r]->(o:Entity)
  WHERE o <> s
  WITH s, m, r, o, type(r) AS t, 'rel:' + toLower(type(r)) + ':' + m.id + ':' + o.id AS was, 'rel:' + toLower(type(r)) + ':' + s.id + ':' + o.id AS now
  WITH s, m, r, o, t, CASE WHEN r.id STARTS WITH was THEN now + substring(r.id, size(was)) ELSE now + ':' + r.id END AS newId
  WITH s, m, r, o, t, CASE WHEN EXISTS { (s)-[x]->(o) WHERE x.id = newId } THEN newId + ':merged-' + m.id ELSE newId END AS newId
  CREATE (s)-[n:$(t)]->(o)
  SET n = r {.*, id: newId, inKey: o.id + ' ' + newId, updatedAt: datetime(), updatedBy: $actor}
  DELETE r
  WITH s, o, t, n, CASE WHEN NOT any(e IN coalesce(n.statedEvidence, n.evidence, []) WHERE EXISTS { MATCH (:Claim {id: e}) }) THEN date('EVIDENCE_REQUIRED ' + n.id) END AS refused
  WHERE refused IS NULL
  RETURN collect(DISTINCT {type: t, fromId: s.id, toId: o.id}) AS outgoing
}
CALL (s, m) {
  MATCH (o:Entity)-[r]->(m)
  WHERE o <> s
  WITH s, m, r, o, type(r) AS t, 'rel:' + toLower(type(r)) + ':' + o.id + ':' + m.id AS was, 'rel:' + toLower(type(r)) + ':' + o.id + ':' + s.id AS now
  WITH s, m, r, o, t, CASE WHEN r.id STARTS WITH was THEN now + substring(r.id, size(was)) ELSE now + ':' + r.id END AS newId
  WITH s, m, r, o, t, CASE WHEN EXISTS { (o)-[x]->(s) WHERE x.id = newId } THEN newId + ':merged-' + m.id ELSE newId END AS newId
  CREATE (o)-[n:$(t)]->(s)
  SET n = r {.*, id: newId, inKey: s.id + ' ' + newId, updatedAt: datetime(), updatedBy: $actor}
  DELETE r
  WITH s, o, t, n, CASE WHEN NOT any(e IN coalesce(n.statedEvidence, n.evidence, []) WHERE EXISTS { MATCH (:Claim {id: e}) }) THEN date('EVIDENCE_REQUIRED ' + n.id) END AS refused
  WHERE refused IS NULL
  RETURN collect(DISTINCT {type: t, fromId: o.id, toId: s.id}) AS incoming
}
CALL (s, m) {
  MATCH (m)-[r]->(o)
  WHERE NOT o:Entity
  WITH s, r, o, type(r) AS t, properties(r) AS props
  MERGE (s)-[n:$(t)]->(o)
  WITH r, n, props, n.createdAt AS createdAt
  SET n += props, n.createdAt = coalesce(createdAt, props.createdAt), n.updatedAt = datetime(), n.updatedBy = $actor
  DELETE r
}
CALL (s, m) {
  MATCH (o)-[r]->(m)
  WHERE NOT o:Entity
  WITH s, r, o, type(r) AS t, properties(r) AS props
  MERGE (o)-[n:$(t)]->(s)
  WITH s, o, t, r, n, props, n.createdAt AS createdAt
  SET n += props, n.createdAt = coalesce(createdAt, props.createdAt), n.updatedAt = datetime(), n.updatedBy = $actor
  // A moved SAID_BY's key names the survivor (Entity.claimsMadePage reads the speaker's prefix).
  SET n.key = CASE WHEN t = 'SAID_BY' THEN s.id + ' ' + o.id ELSE n.key END
  DELETE r
}
WITH s, m, outgoing + incoming AS pairs, m.id AS mergedId, [m.name] + coalesce(m.aliases, []) AS names, coalesce(m.nameKeys, []) AS keys
SET s.aliases = coalesce(s.aliases, []) + [a IN names WHERE NOT a IN coalesce(s.aliases, []) AND a <> s.name],
    s.nameKeys = coalesce(s.nameKeys, []) + [k IN keys WHERE NOT k IN coalesce(s.nameKeys, [])],
    s.updatedAt = datetime(), s.updatedBy = $actor
DETACH DELETE m
MERGE (redirect:MergedId {id: mergedId})
SET redirect.createdAt = datetime(), redirect.createdBy = $actor
MERGE (redirect)-[:INTO]->(s)
RETURN s.id AS id, pairs
