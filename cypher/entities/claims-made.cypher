// Claims spoken by each of many entities (retracted ones left out).
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:SAID_BY]-(c:Claim)
WHERE c.retractedAt IS NULL
RETURN id, c
ORDER BY id, c.id
