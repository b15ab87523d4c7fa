// Claims appearing in each of many sources (retracted ones left out).
UNWIND $ids AS id
MATCH (:Source {id: id})<-[:APPEARS_IN]-(c:Claim)
WHERE c.retractedAt IS NULL
RETURN id, c
ORDER BY id, c.id
