// A subscription's arguments checked in one read (src/changes/subscriptions.ts): the newest change event's
// sequence number (a `since` past it is refused) and the entity each id filter names (a merged-away id names
// its survivor; null when it names nothing).
OPTIONAL MATCH (h:ChangeLogHead {key: 'head'})
RETURN coalesce(h.seq, 0) AS head,
  [id IN $ids | head(COLLECT {
    MATCH (n:Entity {id: id}) RETURN n.id AS found
    UNION
    MATCH (:MergedId {id: id})-[:INTO]->(n:Entity) RETURN n.id AS found
  })] AS found
