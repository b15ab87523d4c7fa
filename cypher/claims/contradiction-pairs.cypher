// Every contradiction pair (a)-[r:CONTRADICTS]->(b), stored once per pair; r holds who linked them, when, on which source.
MATCH (a:Claim)-[r:CONTRADICTS]->(b:Claim)
RETURN a, r, b
