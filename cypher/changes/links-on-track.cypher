// Claim links (CONTRADICTS, SUPPORTS) made since $since with a claim about the track `t` on either side, newest
// first, at most $limit: the LINK changes of changes(trackId, since) (src/changes/roots.ts merges them with
// on-track.cypher's). Starts from the track's claims (its ABOUT degree); a link is stored once, from `a` to `b`.
// t: the track, bound by the caller through entityById; null for an unknown id (then nothing is read).
WITH t, datetime($since) AS since
WHERE t IS NOT NULL
MATCH (t)<-[:ABOUT]-(:Claim)-[r:CONTRADICTS|SUPPORTS]-(:Claim)
WHERE r.createdAt >= since
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN 'LINK' AS kind, 'link:' + toLower(type(r)) + ':' + a.id + ':' + b.id AS id, a AS node, null AS rel,
       {kind: type(r), direction: 'OUT', r: r, other: b, a: a, b: b} AS link,
       'CREATED' AS action, toString(r.createdAt) AS at, r.createdBy AS by
ORDER BY at DESC, id
LIMIT $limit
