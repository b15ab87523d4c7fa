// Moves every relationship of $mergedId onto $survivorId, then deletes the merged node and leaves a
// (:MergedId)-[:INTO]-> redirect (older redirects into the merged node move with its relationships). Entity relations get the survivor's relation id; when the survivor already has
// that relation, evidence is merged instead. Relationship types are re-created dynamically.
MATCH (s:Entity {id: $survivorId}), (m:Entity {id: $mergedId})
CALL (s, m) {
  MATCH (m)-[r]->(o)
  WHERE o <> s
  WITH s, r, o, type(r) AS t, properties(r) AS props,
       CASE WHEN o:Entity THEN 'rel:' + toLower(type(r)) + ':' + s.id + ':' + o.id ELSE null END AS newId
  MERGE (s)-[n:$(t)]->(o)
  WITH r, n, props, newId, coalesce(n.evidence, []) AS had, n.createdAt AS createdAt
  SET n += props, n.id = newId, n.createdAt = coalesce(createdAt, props.createdAt),
      n.evidence = CASE WHEN newId IS NULL THEN null ELSE had + [e IN coalesce(props.evidence, []) WHERE NOT e IN had] END,
      n.updatedAt = datetime(), n.updatedBy = $actor
  DELETE r
}
CALL (s, m) {
  MATCH (o)-[r]->(m)
  WHERE o <> s
  WITH s, r, o, type(r) AS t, properties(r) AS props,
       CASE WHEN o:Entity THEN 'rel:' + toLower(type(r)) + ':' + o.id + ':' + s.id ELSE null END AS newId
  MERGE (o)-[n:$(t)]->(s)
  WITH r, n, props, newId, coalesce(n.evidence, []) AS had, n.createdAt AS createdAt
  SET n += props, n.id = newId, n.createdAt = coalesce(createdAt, props.createdAt),
      n.evidence = CASE WHEN newId IS NULL THEN null ELSE had + [e IN coalesce(props.evidence, []) WHERE NOT e IN had] END,
      n.updatedAt = datetime(), n.updatedBy = $actor
  DELETE r
}
WITH s, m, m.id AS mergedId, [m.name] + coalesce(m.aliases, []) AS names, coalesce(m.nameKeys, []) AS keys
SET s.aliases = coalesce(s.aliases, []) + [a IN names WHERE NOT a IN coalesce(s.aliases, []) AND a <> s.name],
    s.nameKeys = coalesce(s.nameKeys, []) + [k IN keys WHERE NOT k IN coalesce(s.nameKeys, [])],
    s.updatedAt = datetime(), s.updatedBy = $actor
DETACH DELETE m
MERGE (redirect:MergedId {id: mergedId})
SET redirect.createdAt = datetime(), redirect.createdBy = $actor
MERGE (redirect)-[:INTO]->(s)
RETURN s
