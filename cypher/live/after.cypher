// The change log after a cursor, oldest first (src/live/change-feed.ts); change_event_seq makes it a range seek.
MATCH (e:ChangeEvent) WHERE e.seq > $after
WITH e ORDER BY e.seq LIMIT $limit
RETURN e.seq AS seq, e.kind AS kind, e.claimId AS claimId, e.otherClaimId AS otherClaimId,
       e.relationId AS relationId, e.speakerId AS speakerId, e.entityIds AS entityIds, e.trackIds AS trackIds,
       toString(e.at) AS at
