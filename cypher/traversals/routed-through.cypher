// The tracks routed through a person. No row: the person does not exist; a row with null t: no tracks.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (t:PolicyTrack)-[r:ROUTED_THROUGH]->(p)
  WHERE ((r.validFrom IS NULL OR r.validFrom <= $at) AND (r.validTo IS NULL OR r.validTo > $at) AND ($asOf IS NOT NULL OR coalesce(r.status, 'ACTIVE') <> 'ENDED'))
RETURN t, r, t.id AS fromId, p.id AS toId
ORDER BY t.name
