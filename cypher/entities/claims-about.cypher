// Claims about each of many entities (retracted ones left out).
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:ABOUT]-(c:Claim)
WHERE c.retractedAt IS NULL
RETURN id, c
ORDER BY id, c.id
