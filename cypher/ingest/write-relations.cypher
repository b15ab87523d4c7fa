// Creates relations (type from the allow-list) or extends their evidence and validity.
// Evidence is merged in the statement itself so concurrent ingests never lose each other's claims.
UNWIND $relations AS x
MATCH (a:Entity {id: x.fromId}), (b:Entity {id: x.toId})
MERGE (a)-[r:$(x.type) {id: x.id}]->(b)
ON CREATE SET r.createdAt = datetime(), r.createdBy = $actor, r.evidence = []
SET r.evidence = r.evidence + [e IN x.evidence WHERE NOT e IN r.evidence],
    r.role = coalesce(x.role, r.role),
    r.validFrom = coalesce(x.validFrom, r.validFrom),
    r.validTo = coalesce(x.validTo, r.validTo),
    r.status = coalesce(x.status, r.status, 'ACTIVE'),
    r.updatedAt = datetime(), r.updatedBy = $actor
RETURN count(r) AS written
