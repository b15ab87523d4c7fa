// Entities within __DEPTH__ hops (validated integer) over allow-listed relation types valid at $at,
// capped at $maxNodes, and every valid relation among them (the induced subgraph), for drawing.
MATCH (c:Entity {id: $id})
WITH c, COLLECT {
  MATCH (c)-[rs:__TYPES__*1..__DEPTH__]-(m:Entity)
  WHERE m <> c AND all(r IN rs WHERE ((r.validFrom IS NULL OR r.validFrom <= $at) AND (r.validTo IS NULL OR r.validTo > $at) AND ($asOf IS NOT NULL OR coalesce(r.status, 'ACTIVE') <> 'ENDED')))
  RETURN DISTINCT m LIMIT $maxNodes
} AS others
WITH [c] + others AS nodes
RETURN nodes,
  COLLECT {
    UNWIND nodes AS x
    MATCH (x)-[r:__TYPES__]->(y:Entity)
    WHERE y IN nodes AND ((r.validFrom IS NULL OR r.validFrom <= $at) AND (r.validTo IS NULL OR r.validTo > $at) AND ($asOf IS NOT NULL OR coalesce(r.status, 'ACTIVE') <> 'ENDED'))
    RETURN DISTINCT {rel: r, fromId: x.id, toId: y.id}
  } AS rels
