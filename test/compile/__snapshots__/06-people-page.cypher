// people
// params: {"p0":6,"p1":5,"p2":false,"p3":"2026-11-28","p4":100}
CALL () { MATCH (n:Person) RETURN count(n) AS total }
CALL () { MATCH (n:Person) WHERE n.name IS NOT NULL WITH n ORDER BY n.name ASC, n.id ASC LIMIT $p0 RETURN collect({n: n, s: n.name}) AS page }
WITH {page: page, size: $p1, after: $p2, total: total} AS conn
RETURN {`totalCount`: conn.total, `pageInfo`: head([o0 IN [conn] WHERE o0 IS NOT NULL | {`hasNextPage`: size(o0.page) > o0.size, `endCursor`: CASE WHEN o0.size = 0 OR size(o0.page) = 0 THEN null ELSE [o0.page[size(o0.page[0..o0.size]) - 1].s, o0.page[size(o0.page[0..o0.size]) - 1].n.id] END}]), `nodes`: [n2 IN [e1 IN conn.page[0..conn.size] | e1.n] | {`id`: n2.id, `name`: n2.name, `institutions`: COLLECT { MATCH (n2)-[r3:HOLDS_ROLE_IN|HEADS]->(i4:Institution) WHERE (r3.validFrom IS NULL OR r3.validFrom <= $p3) AND (r3.validTo IS NULL OR r3.validTo > $p3) AND coalesce(r3.status, 'ACTIVE') <> 'ENDED' WITH DISTINCT i4 ORDER BY i4.name, i4.id RETURN {`name`: i4.name} }, `claimsMade`: COLLECT { MATCH (n2)<-[:SAID_BY]-(c5:Claim) WHERE c5.retractedAt IS NULL WITH c5 ORDER BY c5.id LIMIT $p4 RETURN {`kind`: c5.kind, `text`: c5.text} }}]} AS value
