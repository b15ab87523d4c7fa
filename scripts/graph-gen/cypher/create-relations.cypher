// Creates generated entity relations; the type comes from each row ($(row.type), Neo4j 5.26 dynamic
// types), checked against the vocabulary's allow-list before the batch is sent. Ids are fresh per type.
// Measured as fast as one statement per spliced type (docs/benchmarks/generate-*.md), and one statement.
// The plans (unique-index seeks, CREATE) stay right as the graph grows: no re-planning mid-load.
CYPHER replan=skip
WITH datetime() AS now
UNWIND $rows AS row
MATCH (a:Entity {id: row.fromId})
MATCH (b:Entity {id: row.toId})
CREATE (a)-[r:$(row.type) {id: row.id, inKey: b.id + ' ' + row.id, evidence: row.evidence, role: row.role, validFrom: row.validFrom, validTo: row.validTo,
                           status: row.status, createdAt: now, createdBy: $actor, updatedAt: now, updatedBy: $actor}]->(b)
RETURN count(r) AS written
