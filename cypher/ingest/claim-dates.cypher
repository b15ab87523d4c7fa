// The date each claim was made, as Claim.date answers it (claimDate in src/read/claim-date.ts): its stated date,
// else the start of its placeable approximate date, else its source's published date, else the start of its
// source's placeable approximate date.
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[:APPEARS_IN]->(s:Source)
WITH c, s, '[0-9]{4}(-[0-9]{2}){0,2}(/[0-9]{4}(-[0-9]{2}){0,2})?' AS placeable
RETURN c.id AS id,
       coalesce(c.statedDate,
                CASE WHEN c.approximateDate =~ placeable THEN split(c.approximateDate, '/')[0] END,
                s.publishedDate,
                CASE WHEN s.approximateDate =~ placeable THEN split(s.approximateDate, '/')[0] END) AS date
