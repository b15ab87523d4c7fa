// Stores computed name keys.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.nameKeys = row.keys
