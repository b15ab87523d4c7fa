// Creates new entities (label from the allow-listed kind) and adds names/aliases to matched ones.
// The first SET takes the node's write lock, so the list unions below read the latest committed
// lists: concurrent ingests never lose each other's aliases.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n:$(e.label), n.createdAt = datetime(), n.createdBy = $actor, n.name = e.name, n.aliases = [], n.nameKeys = []
SET n.updatedAt = datetime(), n.updatedBy = $actor
WITH n, e
SET n.aliases = n.aliases + [a IN e.aliases WHERE NOT a IN n.aliases AND a <> n.name],
    n.nameKeys = coalesce(n.nameKeys, []) + [k IN e.keys WHERE NOT k IN coalesce(n.nameKeys, [])],
    n.description = coalesce(n.description, e.description),
    n.date = coalesce(n.date, e.date),
    n.approximateDate = coalesce(n.approximateDate, e.approximateDate),
    n.location = coalesce(n.location, e.location)
