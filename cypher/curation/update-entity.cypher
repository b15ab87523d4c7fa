// Applies a patch to an entity; name keys are recomputed by the caller.
MATCH (n:Entity {id: $id})
SET n.name = coalesce($patch.name, n.name),
    n.aliases = coalesce($patch.aliases, n.aliases),
    n.description = coalesce($patch.description, n.description),
    n.nameKeys = $nameKeys,
    n.updatedAt = datetime(), n.updatedBy = $actor
RETURN n.id AS id
