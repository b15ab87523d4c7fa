// The seed's entity relations get the key of their incoming page (inKey = `<to id> <relation id>`, README
// "Paging a hub's relations"), and its SAID_BY links theirs (key = `<speaker id> <claim id>`), as ingest writes
// them; loaded after the other seed files (file names sort).
MATCH (:Entity)-[r]->(b:Entity)
WHERE r.id IS NOT NULL AND r.inKey IS NULL
SET r.inKey = b.id + ' ' + r.id;
MATCH (c:Claim)-[r:SAID_BY]->(e:Entity)
WHERE r.key IS NULL
SET r.key = e.id + ' ' + c.id;
