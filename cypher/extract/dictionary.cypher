// The graph's entities an article may name: those with a name or alias key among $keys (the name keys of the
// article's capitalised word sequences), through the entity_name_keys index, 500 keys per search, each hit
// checked exactly against its stored keys (as ingest/candidates does).
UNWIND range(0, size($keys) - 1, 500) AS start
WITH [k IN $keys[start..start + 500] WHERE k <> '' | '"' + replace(replace(k, '\\', '\\\\'), '"', '\\"') + '"'] AS terms
WHERE size(terms) > 0
CALL db.index.fulltext.queryNodes('entity_name_keys', reduce(query = head(terms), term IN tail(terms) | query + ' OR ' + term))
YIELD node AS n
WHERE any(k IN n.nameKeys WHERE k IN $keys)
WITH DISTINCT n
RETURN n.id AS id, [l IN labels(n) WHERE l IN $kinds][0] AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases
ORDER BY id
