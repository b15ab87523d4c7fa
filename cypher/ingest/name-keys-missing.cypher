// Entities without name keys (e.g. loaded by the Cypher seed), to be given them.
MATCH (n:Entity) WHERE n.nameKeys IS NULL
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases
