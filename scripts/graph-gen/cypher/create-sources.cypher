// Creates generated sources (articles), each with a fresh id.
// The plans (unique-index seeks, CREATE) stay right as the graph grows: no re-planning mid-load.
CYPHER replan=skip
UNWIND $rows AS row
CREATE (s:Source)
SET s = row,
    s.createdAt = datetime(), s.createdBy = $actor, s.updatedAt = datetime(), s.updatedBy = $actor
RETURN count(s) AS written
