// Graph entities a document may refer to: by id, by a merged-away id, or by a name/alias key.
// Keys go to the entity_name_keys full-text index (keyword analyzer: each nameKeys element is one exact
// token) as quoted terms OR-ed together, 500 per search (Lucene allows 1,024 clauses), and each hit is
// checked exactly against the stored list. Each entity comes back as the map the resolver reads (kind from
// the allow-listed $kinds), never as a whole node.
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n {.id, .name, .description, aliases: coalesce(n.aliases, []), keys: n.nameKeys, kind: [l IN labels(n) WHERE l IN $kinds][0]} AS entity, null AS mergedId
UNION
UNWIND range(0, size($keys) - 1, 500) AS start
WITH [k IN $keys[start..start + 500] WHERE k <> '' | '"' + replace(replace(k, '\\', '\\\\'), '"', '\\"') + '"'] AS terms
WHERE size(terms) > 0
CALL db.index.fulltext.queryNodes('entity_name_keys', reduce(query = head(terms), term IN tail(terms) | query + ' OR ' + term))
YIELD node AS n
WHERE any(k IN n.nameKeys WHERE k IN $keys)
RETURN n {.id, .name, .description, aliases: coalesce(n.aliases, []), keys: n.nameKeys, kind: [l IN labels(n) WHERE l IN $kinds][0]} AS entity, null AS mergedId
UNION
MATCH (m:MergedId)-[:INTO]->(n:Entity) WHERE m.id IN $ids
RETURN n {.id, .name, .description, aliases: coalesce(n.aliases, []), keys: n.nameKeys, kind: [l IN labels(n) WHERE l IN $kinds][0]} AS entity, m.id AS mergedId
