// Before the write-path indexes: cypher/changes/on-track.cypher as of commit c8aa051, verbatim below (scripts/profile-write-path.ts).
// What entered or changed on a track since $since: claims about it, relations touching it or
// evidenced by claims about it, and entities linked to it. Newest first, at most $limit.
MATCH (t:PolicyTrack {id: $trackId})
WITH t, datetime($since) AS since
CALL (t, since) {
  MATCH (c:Claim)-[:ABOUT]->(t)
  WHERE c.createdAt >= since OR c.updatedAt >= since OR c.retractedAt >= since
  RETURN 'CLAIM' AS kind, c.id AS id, c AS node, null AS rel, null AS fromId, null AS toId,
         CASE WHEN c.retractedAt >= since THEN 'RETRACTED' WHEN c.createdAt >= since THEN 'CREATED' ELSE 'UPDATED' END AS action,
         coalesce(c.retractedAt, c.updatedAt, c.createdAt) AS at,
         coalesce(c.retractedBy, c.updatedBy, c.createdBy) AS by
  UNION
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE (r.createdAt >= since OR r.updatedAt >= since)
    AND (a = t OR b = t OR any(e IN r.evidence WHERE EXISTS { (:Claim {id: e})-[:ABOUT]->(t) }))
  RETURN 'RELATION' AS kind, r.id AS id, null AS node, r AS rel, a.id AS fromId, b.id AS toId,
         CASE WHEN r.createdAt >= since THEN 'CREATED' ELSE 'UPDATED' END AS action,
         coalesce(r.updatedAt, r.createdAt) AS at, coalesce(r.updatedBy, r.createdBy) AS by
  UNION
  MATCH (e:Entity)-[]-(t)
  WHERE e.createdAt >= since
  RETURN 'ENTITY' AS kind, e.id AS id, e AS node, null AS rel, null AS fromId, null AS toId,
         'CREATED' AS action, e.createdAt AS at, e.createdBy AS by
}
RETURN kind, id, node, rel, fromId, toId, action, toString(at) AS at, by
ORDER BY at DESC, id
LIMIT $limit
