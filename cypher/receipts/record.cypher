// Records what a write answered, under its key, in the write's own transaction; created = false when a
// concurrent run of the same write recorded it first (the uniqueness constraint on key makes MERGE wait for it).
MERGE (r:WriteReceipt {key: $key})
ON CREATE SET r.operation = $operation, r.fingerprint = $fingerprint, r.result = $result, r.at = datetime(), r._new = true
WITH r, coalesce(r._new, false) AS created
REMOVE r._new
RETURN created
