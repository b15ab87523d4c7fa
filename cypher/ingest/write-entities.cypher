// Creates new entities (label from the allow-listed kind) and adds names/aliases to matched ones.
// The first SET takes the node's write lock, so the list unions below read the latest committed
// lists: concurrent ingests never lose each other's aliases. `_created` marks, within this statement
// only, the nodes this transaction created: a concurrent ingest that created one first is told apart.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n:$(e.label), n.createdAt = datetime(), n.createdBy = $actor, n.name = e.name, n.aliases = [], n.nameKeys = [],
              n._created = true
SET n.updatedAt = datetime(), n.updatedBy = $actor
WITH n, e, n._created IS NOT NULL AS created
REMOVE n._created
SET n.aliases = n.aliases + [a IN e.aliases WHERE NOT a IN n.aliases AND a <> n.name],
    n.nameKeys = coalesce(n.nameKeys, []) + [k IN e.keys WHERE NOT k IN coalesce(n.nameKeys, [])],
    n.description = coalesce(n.description, e.description),
    n.date = coalesce(n.date, e.date),
    n.approximateDate = coalesce(n.approximateDate, e.approximateDate),
    n.location = coalesce(n.location, e.location)
RETURN collect(CASE WHEN created THEN n.id END) AS created
