// One page of entities of one label (__LABEL__ comes from the allow-list), keyset-paginated:
// rows strictly after the cursor ($after = {value, id}) in (sort value, id) order.
MATCH (n:__LABEL__)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($text IS NULL OR toLower(n.name) CONTAINS $text
       OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS $text))
WITH n, n[$sortKey] AS sortValue
WHERE $after IS NULL
   OR ($desc AND (sortValue < $after.value OR (sortValue = $after.value AND n.id < $after.id)))
   OR (NOT $desc AND (sortValue > $after.value OR (sortValue = $after.value AND n.id > $after.id)))
RETURN n, sortValue
ORDER BY sortValue __DIR__, n.id __DIR__
LIMIT $limit
