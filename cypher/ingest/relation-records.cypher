// Every record of the given (type, from, to) pairs: what sources stated about it and what it answers with.
// Records written before relation history (the Cypher seed, generated graphs) have no stated* properties:
// what they answer with is what was stated.
UNWIND $pairs AS p
MATCH (:Entity {id: p.fromId})-[r]->(:Entity {id: p.toId})
WHERE type(r) = p.type
WITH p, r, r.statedEvidence IS NULL AS legacy
RETURN p.type AS type, p.fromId AS fromId, p.toId AS toId, r.id AS id, r.role AS role, r.validFrom AS validFrom,
       CASE WHEN legacy THEN coalesce(r.evidence, []) ELSE r.statedEvidence END AS statedEvidence,
       CASE WHEN legacy THEN r.validTo ELSE r.statedTo END AS statedTo,
       CASE WHEN legacy THEN coalesce(r.status = 'ENDED', false) ELSE coalesce(r.statedEnded, false) END AS statedEnded,
       coalesce(r.evidence, []) AS evidence, r.validTo AS validTo, coalesce(r.status, 'ACTIVE') AS status,
       r.absorbedInto AS absorbedInto
