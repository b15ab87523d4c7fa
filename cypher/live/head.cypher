// The sequence number of the newest committed change event (0 before the first).
OPTIONAL MATCH (h:ChangeLogHead {key: 'head'})
RETURN coalesce(h.seq, 0) AS seq
