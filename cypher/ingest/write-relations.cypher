// Creates relations (type from the allow-list) or extends their evidence and validity.
// The first SET takes the relationship's write lock, so the evidence union reads the latest committed
// list: concurrent ingests never lose each other's claims.
UNWIND $relations AS x
MATCH (a:Entity {id: x.fromId}), (b:Entity {id: x.toId})
MERGE (a)-[r:$(x.type) {id: x.id}]->(b)
ON CREATE SET r.createdAt = datetime(), r.createdBy = $actor, r.evidence = []
SET r.updatedAt = datetime(), r.updatedBy = $actor
WITH r, x
SET r.evidence = r.evidence + [e IN x.evidence WHERE NOT e IN r.evidence],
    r.role = coalesce(x.role, r.role),
    r.validFrom = coalesce(x.validFrom, r.validFrom),
    r.validTo = coalesce(x.validTo, r.validTo),
    r.status = coalesce(x.status, r.status, 'ACTIVE')
RETURN count(r) AS written
