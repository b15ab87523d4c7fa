// Runs after the seed files (name order): records that seed nodes and relations were created by the
// seed, like every other write records its actor. Idempotent: only fills in what is missing.
MATCH (n) WHERE n.createdBy IS NULL
SET n.createdBy = 'seed';
MATCH ()-[r]->() WHERE r.createdBy IS NULL
SET r.createdBy = 'seed';
// A seed claim link was stated by the article its linking claim appears in, as an ingested link is.
MATCH (a:Claim)-[r:CONTRADICTS|SUPPORTS]->(:Claim) WHERE r.sourceId IS NULL
MATCH (a)-[:APPEARS_IN]->(s:Source)
SET r.sourceId = s.id;
