// Raw floor, operation 9: the page of $first unretracted claims after $afterId in id order (keyset on
// the id index), each with speaker and source, and whether another page follows.
MATCH (c:Claim)
WHERE c.id > $afterId AND c.retractedAt IS NULL
WITH c ORDER BY c.id LIMIT $first + 1
WITH collect(c) AS page
RETURN {
  hasNextPage: size(page) > $first,
  nodes: [c IN page[..$first] | {
    id: c.id, kind: c.kind, text: c.text,
    speaker: [(c)-[:SAID_BY]->(s:Entity) | {id: s.id, name: s.name}][0],
    source: [(c)-[:APPEARS_IN]->(s:Source) | {title: s.title}][0]
  }]
} AS answer
