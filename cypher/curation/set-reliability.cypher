// Sets (or, with null, clears) the reliability a curator gives a source or a publisher (A to F).
MATCH (n {id: $id}) WHERE n:Source OR n:Institution
SET n.reliability = $reliability, n.updatedAt = datetime(), n.updatedBy = $actor
RETURN n.id AS id
