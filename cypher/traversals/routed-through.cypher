// The tracks routed through a person. No row: the person does not exist; a row with null t: no tracks.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (t:PolicyTrack)-[r:ROUTED_THROUGH]->(p)
RETURN t, r, t.id AS fromId, p.id AS toId
ORDER BY t.name
