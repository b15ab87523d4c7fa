// Total number of entities of one label matching the same filter as entities/list.
MATCH (n:__LABEL__)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($text IS NULL OR toLower(n.name) CONTAINS $text
       OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS $text))
RETURN count(n) AS total
