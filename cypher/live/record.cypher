// Appends change events ($events) to the change log inside the writer's own transaction, as its last statement
// (src/db/change-log.ts). The head node's counter is locked before it is read: writers that log events commit
// one after the other from here on, so sequence numbers become visible in commit order and a poller reading
// `seq > cursor` never skips an event that commits late. A rolled-back write leaves neither events nor a count.
MERGE (h:ChangeLogHead {key: 'head'})
ON CREATE SET h.seq = 0
SET h._lock = true
REMOVE h._lock
SET h.seq = h.seq + size($events)
WITH h.seq - size($events) AS base
UNWIND range(0, size($events) - 1) AS i
WITH base + i + 1 AS seq, $events[i] AS e
CREATE (ev:ChangeEvent {
  seq: seq,
  kind: e.kind,
  claimId: e.claimId,
  otherClaimId: e.otherClaimId,
  relationId: e.relationId,
  speakerId: e.speakerId,
  entityIds: e.entityIds,
  trackIds: COLLECT {
    MATCH (c:Claim)-[:ABOUT]->(t:PolicyTrack)
    WHERE c.id IN [e.claimId, e.otherClaimId]
    RETURN DISTINCT t.id
  },
  at: datetime()
})
RETURN count(ev) AS recorded
