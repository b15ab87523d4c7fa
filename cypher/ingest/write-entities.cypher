// Creates new entities (label from the allow-listed kind) and adds names/aliases to matched ones.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n:$(e.label), n.createdAt = datetime(), n.createdBy = $actor, n.name = e.name, n.aliases = []
SET n.aliases = n.aliases + [a IN e.aliases WHERE NOT a IN n.aliases AND a <> n.name],
    n.description = coalesce(n.description, e.description),
    n.date = coalesce(n.date, e.date),
    n.approximateDate = coalesce(n.approximateDate, e.approximateDate),
    n.location = coalesce(n.location, e.location),
    n.nameKeys = coalesce(n.nameKeys, []) + [k IN e.keys WHERE NOT k IN coalesce(n.nameKeys, [])],
    n.updatedAt = datetime(), n.updatedBy = $actor
