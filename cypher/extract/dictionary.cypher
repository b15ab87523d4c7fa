// The graph's entities an article may name. Two ways in, one round trip:
// - a name or alias key among $keys (the name keys of the article's capitalised word runs), through the
//   entity_name_keys index, 500 keys per search, each hit checked exactly against its stored keys (as
//   ingest/candidates does);
// - a person whose name ends with one of $surnames (the article's capitalised single words), through the
//   entity_text index's name field, so that "Kushner" alone finds "Jared Kushner" when no alias is "Kushner".
CALL () {
  UNWIND range(0, size($keys) - 1, 500) AS start
  WITH [k IN $keys[start..start + 500] WHERE k <> '' | '"' + replace(replace(k, '\\', '\\\\'), '"', '\\"') + '"'] AS terms
  WHERE size(terms) > 0
  CALL db.index.fulltext.queryNodes('entity_name_keys', reduce(query = head(terms), term IN tail(terms) | query + ' OR ' + term))
  YIELD node AS n
  WITH n WHERE any(k IN n.nameKeys WHERE k IN $keys)
  RETURN n
  UNION
  UNWIND range(0, size($surnames) - 1, 500) AS start
  WITH [w IN $surnames[start..start + 500] WHERE w <> '' | 'name:"' + replace(replace(w, '\\', '\\\\'), '"', '\\"') + '"'] AS terms
  WHERE size(terms) > 0
  CALL db.index.fulltext.queryNodes('entity_text', reduce(query = head(terms), term IN tail(terms) | query + ' OR ' + term))
  YIELD node AS n
  WITH n WHERE n:Person AND any(k IN n.nameKeys WHERE last(split(k, ' ')) IN $surnames)
  RETURN n
}
WITH DISTINCT n
RETURN n.id AS id, [l IN labels(n) WHERE l IN $kinds][0] AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases
ORDER BY id
