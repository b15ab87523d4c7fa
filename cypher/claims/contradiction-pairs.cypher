// Every contradiction pair (a)-[:CONTRADICTS]->(b), stored once per pair.
MATCH (a:Claim)-[:CONTRADICTS]->(b:Claim)
RETURN a, b
