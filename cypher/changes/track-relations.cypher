// The relations that hang on a track: those with the track at one end, and those citing as evidence a claim
// about the track that is also about one of the relation's ends (README, "Timeline"); each once. `t` is the track,
// bound by the caller through entityById (src/read/cypher-snippets.ts). Claims about the track count unless
// retracted, or with $includeRetracted. __RELATION_TYPES__ is an allow-listed alternation of relation types.
// The one statement of this rule: the timeline (src/changes/timeline.ts) and the track export
// (src/export/queries.ts) both read it. No branch scans a label.
WITH t, COLLECT { MATCH (c:Claim)-[:ABOUT]->(t) WHERE $includeRetracted OR c.retractedAt IS NULL RETURN c } AS claims
CALL (t, claims) {
  MATCH (t)-[r:__RELATION_TYPES__]-(:Entity) RETURN r
  UNION
  // Each entity the claims are about is expanded once, with the ids of the claims that name it.
  UNWIND claims AS c
  MATCH (c)-[:ABOUT]->(e:Entity) WHERE e <> t
  WITH e, collect(c.id) AS ids
  MATCH (e)-[r:__RELATION_TYPES__]-(:Entity)
  WHERE any(x IN coalesce(r.evidence, []) WHERE x IN ids)
  RETURN r
}
RETURN r
