// Writes relation records (type from the allow-list) as src/ingest/relation-history.ts settled them: what
// sources stated about each period (stated*) and what the record answers with (evidence, validTo, status,
// absorbedInto), and the key of its incoming page (inKey, README "Paging a hub's relations"). The writer holds the lock of each pair's from-entity since before it read the pair.
UNWIND $records AS x
MATCH (a:Entity {id: x.fromId}), (b:Entity {id: x.toId})
MERGE (a)-[r:$(x.type) {id: x.id}]->(b)
ON CREATE SET r.createdAt = datetime(), r.createdBy = $actor
SET r.role = x.role, r.validFrom = x.validFrom, r.inKey = b.id + ' ' + x.id,
    r.statedEvidence = x.statedEvidence, r.statedTo = x.statedTo, r.statedEnded = x.statedEnded,
    r.evidence = x.evidence, r.validTo = x.validTo, r.status = x.status, r.absorbedInto = x.absorbedInto,
    r.updatedAt = datetime(), r.updatedBy = $actor
// The evidence invariant, held by the database: a record whose stated evidence names no claim fails the
// statement, and with it the transaction. Cypher has no RAISE; parsing this text as a date fails with the
// text in the error message, which src/base/errors.ts turns into BAD_USER_INPUT.
WITH r, CASE WHEN NOT any(e IN coalesce(r.statedEvidence, []) WHERE EXISTS { MATCH (:Claim {id: e}) }) THEN date('EVIDENCE_REQUIRED ' + r.id) END AS refused
WHERE refused IS NULL
RETURN count(r) AS written
