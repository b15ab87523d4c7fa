// Creates or updates the document's source.
MERGE (s:Source {id: $source.id})
ON CREATE SET s.createdAt = datetime(), s.createdBy = $actor
SET s += $source.props, s.updatedAt = datetime(), s.updatedBy = $actor
