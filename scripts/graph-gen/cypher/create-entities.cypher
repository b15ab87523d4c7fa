// Creates generated entities of one kind (__LABEL__: spliced from the allow-listed entity kinds). Ids are
// fresh (`<kind>:gen-N`), so CREATE, not MERGE; properties are the ingest's, null ones left unset.
// The plans (unique-index seeks, CREATE) stay right as the graph grows: no re-planning mid-load.
CYPHER replan=skip
UNWIND $rows AS row
CREATE (n:Entity:__LABEL__)
SET n = row,
    n.createdAt = datetime(), n.createdBy = $actor, n.updatedAt = datetime(), n.updatedBy = $actor
RETURN count(n) AS written
