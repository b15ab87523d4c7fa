// Claims spoken by each of many entities.
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:SAID_BY]-(c:Claim)
RETURN id, c
ORDER BY id, c.id
