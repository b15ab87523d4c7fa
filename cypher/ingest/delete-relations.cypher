// Deletes relation records folded into another record with the same period key (src/domain/periods.ts).
UNWIND $records AS x
MATCH (:Entity {id: x.fromId})-[r]->(:Entity {id: x.toId})
WHERE r.id = x.id
DELETE r
