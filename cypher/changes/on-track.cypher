// What entered or changed on a track since $since: claims about it, relations touching it or
// evidenced by claims about it, and entities linked to it. Newest first, at most $limit.
// No branch scans the graph. Each collects what changed since $since from the range indexes of the
// "Write-path and change-feed indexes" section (cypher/schema/constraints.cypher); when that is no more than
// the track holds (a recent $since), it checks each item against the track, otherwise (an old $since) it
// starts from the track, whose degrees the store gives. So the work follows the smaller of the two.
// Branches that exclude each other (a branch's two starts; the relation types) are joined by UNION ALL; for
// the starts a UNION would also hash the collected list with every row.
// Relationship range indexes are per type: one seek per type of src/domain/vocabulary.ts (a test keeps the
// lists equal). Seed claims and relations carry only createdAt, hence both timestamps.
// t: the track, bound by the caller (src/changes/roots.ts) through entityById (src/read/cypher-snippets.ts), so
// that a track id merged into another names the survivor; null for an unknown id (then nothing is read).
WITH t, datetime($since) AS since
WHERE t IS NOT NULL
CALL (t, since) {
  // Claims about the track created, updated or retracted since.
  WITH t, since, COLLECT {
    MATCH (c:Claim) WHERE c.createdAt >= since OR c.updatedAt >= since OR c.retractedAt >= since RETURN c
  } AS changed
  CALL (t, since, changed) {
    WITH t, changed WHERE size(changed) <= COUNT { (t)<-[:ABOUT]-() }
    UNWIND changed AS c
    WITH t, c WHERE EXISTS { (c)-[:ABOUT]->(t) }
    RETURN c
    UNION ALL
    WITH t, since, changed WHERE size(changed) > COUNT { (t)<-[:ABOUT]-() }
    MATCH (c:Claim)-[:ABOUT]->(t)
    WHERE c.createdAt >= since OR c.updatedAt >= since OR c.retractedAt >= since
    RETURN c
  }
  RETURN 'CLAIM' AS kind, c.id AS id, c AS node, null AS rel, null AS fromId, null AS toId,
         CASE WHEN c.retractedAt >= since THEN 'RETRACTED' WHEN c.createdAt >= since THEN 'CREATED' ELSE 'UPDATED' END AS action,
         coalesce(c.retractedAt, c.updatedAt, c.createdAt) AS at,
         coalesce(c.retractedBy, c.updatedBy, c.createdBy) AS by
  UNION
  // Relations: changed ones, kept when they touch the track or a claim about it is in their evidence.
  WITH t, since, COLLECT {
    MATCH ()-[r:HOLDS_ROLE_IN]->() WHERE r.updatedAt >= since OR r.createdAt >= since RETURN r
    UNION ALL
    MATCH ()-[r:HEADS]->() WHERE r.updatedAt >= since OR r.createdAt >= since RETURN r
    UNION ALL
    MATCH ()-[r:ROUTED_THROUGH]->() WHERE r.updatedAt >= since OR r.createdAt >= since RETURN r
    UNION ALL
    MATCH ()-[r:POINT_MAN_FOR]->() WHERE r.updatedAt >= since OR r.createdAt >= since RETURN r
    UNION ALL
    MATCH ()-[r:INFLUENCES]->() WHERE r.updatedAt >= since OR r.createdAt >= since RETURN r
    UNION ALL
    MATCH ()-[r:BACKS]->() WHERE r.updatedAt >= since OR r.createdAt >= since RETURN r
    UNION ALL
    MATCH ()-[r:UNDERMINES]->() WHERE r.updatedAt >= since OR r.createdAt >= since RETURN r
    UNION ALL
    MATCH ()-[r:RIVALS]->() WHERE r.updatedAt >= since OR r.createdAt >= since RETURN r
    UNION ALL
    MATCH ()-[r:HAS_TIES_TO]->() WHERE r.updatedAt >= since OR r.createdAt >= since RETURN r
    UNION ALL
    MATCH ()-[r:DEPENDS_ON]->() WHERE r.updatedAt >= since OR r.createdAt >= since RETURN r
    UNION ALL
    MATCH ()-[r:PARTICIPATED_IN]->() WHERE r.updatedAt >= since OR r.createdAt >= since RETURN r
    UNION ALL
    MATCH ()-[r:ABSENT_FROM]->() WHERE r.updatedAt >= since OR r.createdAt >= since RETURN r
    UNION ALL
    MATCH ()-[r:MEDIATES]->() WHERE r.updatedAt >= since OR r.createdAt >= since RETURN r
    UNION ALL
    MATCH ()-[r:INVOLVED_IN]->() WHERE r.updatedAt >= since OR r.createdAt >= since RETURN r
    UNION ALL
    MATCH ()-[r:PART_OF]->() WHERE r.updatedAt >= since OR r.createdAt >= since RETURN r
  } AS changed
  CALL (t, changed) {
    WITH t, changed WHERE size(changed) <= COUNT { (t)<-[:ABOUT]-() }
    UNWIND changed AS r
    WITH t, r
    WHERE startNode(r) = t OR endNode(r) = t OR any(e IN r.evidence WHERE EXISTS { (:Claim {id: e})-[:ABOUT]->(t) })
    RETURN r
    UNION ALL
    WITH t, changed WHERE size(changed) > COUNT { (t)<-[:ABOUT]-() }
    WITH t, changed, COLLECT { MATCH (c:Claim)-[:ABOUT]->(t) RETURN c.id } AS about
    UNWIND changed AS r
    WITH t, r, about
    WHERE startNode(r) = t OR endNode(r) = t OR any(e IN r.evidence WHERE e IN about)
    RETURN r
  }
  WITH since, r, startNode(r) AS a, endNode(r) AS b
  WHERE a:Entity AND b:Entity
  RETURN 'RELATION' AS kind, r.id AS id, null AS node, r AS rel, a.id AS fromId, b.id AS toId,
         CASE WHEN r.createdAt >= since THEN 'CREATED' ELSE 'UPDATED' END AS action,
         coalesce(r.updatedAt, r.createdAt) AS at, coalesce(r.updatedBy, r.createdBy) AS by
  UNION
  // Entities created since, linked to the track (the track-first start yields one row per link; UNION dedups).
  WITH t, since, COLLECT { MATCH (e:Entity) WHERE e.createdAt >= since RETURN e } AS created
  CALL (t, since, created) {
    WITH t, created WHERE size(created) <= COUNT { (t)--() }
    UNWIND created AS e
    WITH t, e WHERE EXISTS { (e)--(t) }
    RETURN e
    UNION ALL
    WITH t, since, created WHERE size(created) > COUNT { (t)--() }
    MATCH (e:Entity)--(t) WHERE e.createdAt >= since
    RETURN e
  }
  RETURN 'ENTITY' AS kind, e.id AS id, e AS node, null AS rel, null AS fromId, null AS toId,
         'CREATED' AS action, e.createdAt AS at, e.createdBy AS by
}
RETURN kind, id, node, rel, fromId, toId, action, toString(at) AS at, by
ORDER BY at DESC, id
LIMIT $limit
