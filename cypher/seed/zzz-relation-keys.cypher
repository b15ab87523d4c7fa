// The seed's entity relations get the key of their incoming page (inKey = `<to id> <relation id>`, README
// "Paging a hub's relations") as ingest writes it; loaded after the other seed files (file names sort).
MATCH (:Entity)-[r]->(b:Entity)
WHERE r.id IS NOT NULL AND r.inKey IS NULL
SET r.inKey = b.id + ' ' + r.id;
