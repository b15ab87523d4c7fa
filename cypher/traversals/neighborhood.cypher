// Entities within __DEPTH__ hops (validated integer) over allow-listed types, capped at $maxNodes,
// and every relation among them (the induced subgraph), for drawing.
MATCH (c:Entity {id: $id})
WITH c, COLLECT {
  MATCH (c)-[:__TYPES__*1..__DEPTH__]-(m:Entity)
  WHERE m <> c
  RETURN DISTINCT m LIMIT $maxNodes
} AS others
WITH [c] + others AS nodes
RETURN nodes,
  COLLECT {
    UNWIND nodes AS x
    MATCH (x)-[r:__TYPES__]->(y:Entity)
    WHERE y IN nodes
    RETURN DISTINCT {rel: r, fromId: x.id, toId: y.id}
  } AS rels
