// How many claims are not retracted: all claims from the count store, less the retracted ones found through
// their index (no label scan).
MATCH (n:Claim)
WITH count(n) AS all
CALL () {
  MATCH (r:Claim) WHERE r.retractedAt IS NOT NULL
  RETURN count(r) AS gone
}
RETURN all - gone AS total
