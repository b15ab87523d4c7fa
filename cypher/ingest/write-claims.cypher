// Creates or completes claims and their links (speaker, source, subjects, attributions, claim links).
// `_created` marks, within this statement only, the claims this transaction created (see write-entities).
UNWIND $claims AS c
MERGE (x:Claim {id: c.id})
ON CREATE SET x.createdAt = datetime(), x.createdBy = $actor, x._created = true
WITH x, c, x._created IS NOT NULL AS created
REMOVE x._created
SET x.text = c.text, x.kind = c.kind,
    x.statedDate = coalesce(c.statedDate, x.statedDate),
    x.approximateDate = coalesce(c.approximateDate, x.approximateDate),
    x.spanStart = coalesce(c.spanStart, x.spanStart), x.spanEnd = coalesce(c.spanEnd, x.spanEnd),
    x.updatedAt = datetime(), x.updatedBy = $actor
WITH x, c, created
MATCH (speaker:Entity {id: c.speakerId})
MATCH (source:Source {id: c.sourceId})
// key: the speaker's claims in id order are one prefix of said_by_key (Entity.claimsMadePage).
MERGE (x)-[said:SAID_BY]->(speaker)
SET said.key = speaker.id + ' ' + x.id
MERGE (x)-[:APPEARS_IN]->(source)
WITH x, c, created
CALL (x, c) {
  UNWIND c.about AS id
  MATCH (e:Entity {id: id})
  MERGE (x)-[:ABOUT]->(e)
}
// A document's attribution chain replaces the stored one (an empty chain keeps it): position 1 is nearest the speaker.
CALL (x, c) {
  MATCH (x)-[old:ATTRIBUTED_BY]->(e:Entity)
  WHERE size(c.attribution) > 0 AND NOT e.id IN [link IN c.attribution | link.id]
  DELETE old
}
CALL (x, c) {
  UNWIND range(0, size(c.attribution) - 1) AS i
  MATCH (e:Entity {id: c.attribution[i].id})
  MERGE (x)-[a:ATTRIBUTED_BY]->(e)
  SET a.position = i + 1, a.role = c.attribution[i].role
}
// Claim links carry who stated them, when, and on which source (the claim's): kept from the first statement.
CALL (x, c) {
  UNWIND c.contradicts AS id
  MATCH (o:Claim {id: id})
  MERGE (x)-[l:CONTRADICTS]->(o)
  ON CREATE SET l.createdAt = datetime(), l.createdBy = $actor, l.sourceId = c.sourceId
}
CALL (x, c) {
  UNWIND c.supports AS id
  MATCH (o:Claim {id: id})
  MERGE (x)-[l:SUPPORTS]->(o)
  ON CREATE SET l.createdAt = datetime(), l.createdBy = $actor, l.sourceId = c.sourceId
}
RETURN count(x) AS written, collect(CASE WHEN created THEN x.id END) AS created
