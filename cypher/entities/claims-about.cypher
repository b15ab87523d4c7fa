// Claims about each of many entities.
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:ABOUT]-(c:Claim)
RETURN id, c
ORDER BY id, c.id
