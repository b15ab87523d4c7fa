// All shortest paths between two entities in either direction over allow-listed relation types
// (__TYPES__) valid at $at, bounded by __MAX_HOPS__ (a validated integer): variable-length is never unbounded.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:__TYPES__*1..__MAX_HOPS__]-(b))
WHERE all(r IN relationships(p) WHERE ((r.validFrom IS NULL OR r.validFrom <= $at) AND (r.validTo IS NULL OR r.validTo > $at) AND ($asOf IS NOT NULL OR coalesce(r.status, 'ACTIVE') <> 'ENDED')))
RETURN nodes(p) AS nodes,
       [r IN relationships(p) | {rel: r, fromId: startNode(r).id, toId: endNode(r).id}] AS rels
LIMIT $limit
