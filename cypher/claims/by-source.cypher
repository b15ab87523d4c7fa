// Claims appearing in each of many sources.
UNWIND $ids AS id
MATCH (:Source {id: id})<-[:APPEARS_IN]-(c:Claim)
RETURN id, c
ORDER BY id, c.id
