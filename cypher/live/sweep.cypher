// Deletes a batch of change events older than the retention (CHANGE_LOG_RETENTION_HOURS), oldest first.
// The head node stays: sequence numbers keep growing across sweeps and restarts.
MATCH (e:ChangeEvent) WHERE e.at < datetime() - duration({hours: $retentionHours})
WITH e ORDER BY e.seq LIMIT $batch
DELETE e
RETURN count(*) AS deleted
