// Creates generated claims with their links: one speaker, one source, subjects, who relays them, and
// CONTRADICTS / SUPPORTS to earlier claims (possibly earlier rows of this batch: Cypher runs each clause
// over all rows before the next, so the MATCH below sees every claim this statement created).
// Null values in the CREATE map leave the property unset (retraction fields on most claims).
// The plans (unique-index seeks, CREATE) stay right as the graph grows: no re-planning mid-load.
CYPHER replan=skip
WITH datetime() AS now
UNWIND $rows AS row
MATCH (speaker:Entity {id: row.speakerId})
MATCH (source:Source {id: row.sourceId})
CREATE (c:Claim {id: row.id, text: row.text, kind: row.kind, statedDate: row.statedDate, approximateDate: row.approximateDate,
                 retractedAt: CASE WHEN row.retractionReason IS NULL THEN null ELSE now END,
                 retractedBy: CASE WHEN row.retractionReason IS NULL THEN null ELSE $actor END,
                 retractionReason: row.retractionReason,
                 createdAt: now, createdBy: $actor, updatedAt: now, updatedBy: $actor})
CREATE (c)-[:SAID_BY {key: speaker.id + ' ' + row.id}]->(speaker)
CREATE (c)-[:APPEARS_IN]->(source)
WITH c, row, now
CALL (c, row) {
  UNWIND row.about AS id
  MATCH (e:Entity {id: id})
  CREATE (c)-[:ABOUT]->(e)
}
CALL (c, row) {
  UNWIND row.attributedTo AS id
  MATCH (e:Entity {id: id})
  CREATE (c)-[:ATTRIBUTED_BY]->(e)
}
CALL (c, row, now) {
  UNWIND row.contradicts AS id
  MATCH (o:Claim {id: id})
  CREATE (c)-[:CONTRADICTS {createdAt: now, createdBy: $actor}]->(o)
}
CALL (c, row, now) {
  UNWIND row.supports AS id
  MATCH (o:Claim {id: id})
  CREATE (c)-[:SUPPORTS {createdAt: now, createdBy: $actor}]->(o)
}
RETURN count(c) AS written
