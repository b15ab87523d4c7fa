// Creates an entity with its kind's label (from the allow-list); created = false when the id exists.
MERGE (n:Entity {id: $id})
ON CREATE SET n:$($label), n += $props, n.createdAt = datetime(), n.createdBy = $actor, n._new = true
WITH n, coalesce(n._new, false) AS created
REMOVE n._new
RETURN n.id AS id, created
