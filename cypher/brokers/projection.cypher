// The projection brokers(trackIds, from, to, bucket) computes on: for the whole window at once (every bucket,
// and the undated section), the routings of the requested tracks and the relations touching a routed person or a
// requested track (the bucket graphs are cut from these). Bucketing, bounding and scoring happen in the API process (src/brokers/brokerage.ts, graphology-metrics).
// tracks: the requested tracks, resolved by the caller through entityById (a merged-away id names its survivor).
// A relation is kept when its period overlaps [$windowStart, $windowEnd] (days; a partial date is padded to the
// first or last day it can mean, an unknown end is open) or when it has neither a start nor an end (undated,
// reported apart); never when it is absorbed into another record's period or when its evidence is all retracted.
// Routings are checked for live evidence here; the other relations come with their evidence ids and the ids of all
// retracted claims, and src/brokers/roots.ts drops those (and relations left with none) before counting.
// __RELATION_TYPES__ is an allow-listed alternation of every relation type of the vocabulary.
CALL (tracks) {
  UNWIND tracks AS t
  MATCH (t)-[r:ROUTED_THROUGH]->(p:Person)
  WHERE r.absorbedInto IS NULL
    AND ((r.validFrom IS NULL AND r.validTo IS NULL)
      OR ((r.validFrom IS NULL OR r.validFrom + substring('0000-01-01', size(r.validFrom)) <= $windowEnd)
        AND (r.validTo IS NULL OR r.validTo + substring('9999-12-31', size(r.validTo)) >= $windowStart)))
    AND any(x IN coalesce(r.evidence, []) WHERE EXISTS { MATCH (ev:Claim {id: x}) WHERE ev.retractedAt IS NULL })
  WITH p, collect({track: t.id, person: p.id, validFrom: r.validFrom, validTo: r.validTo}) AS rs, collect(DISTINCT t) AS ts
  RETURN reduce(all = [], rs1 IN collect(rs) | all + rs1) AS routes, collect({person: p, tracks: ts}) AS routed, collect(p) AS people
}
// The routed people's relations.
CALL (people) {
  UNWIND people AS p
  MATCH (p)-[r:__RELATION_TYPES__]-(:Entity)
  WITH DISTINCT r
  WHERE r.absorbedInto IS NULL
    AND ((r.validFrom IS NULL AND r.validTo IS NULL)
      OR ((r.validFrom IS NULL OR r.validFrom + substring('0000-01-01', size(r.validFrom)) <= $windowEnd)
        AND (r.validTo IS NULL OR r.validTo + substring('9999-12-31', size(r.validTo)) >= $windowStart)))
  RETURN collect({from: startNode(r).id, to: endNode(r).id, validFrom: r.validFrom, validTo: r.validTo, evidence: coalesce(r.evidence, [])}) AS ego
}
// The requested tracks' own relations: they say which track an entity is in (its brokerage group), and they
// join the routed people's neighbourhoods through the tracks. Relations between two other entities are not read:
// that would expand every neighbour of a hub (README, "Brokers over time").
CALL (tracks) {
  UNWIND tracks AS t
  MATCH (t)-[r:__RELATION_TYPES__]-(n:Entity)
  WHERE r.absorbedInto IS NULL
    AND ((r.validFrom IS NULL AND r.validTo IS NULL)
      OR ((r.validFrom IS NULL OR r.validFrom + substring('0000-01-01', size(r.validFrom)) <= $windowEnd)
        AND (r.validTo IS NULL OR r.validTo + substring('9999-12-31', size(r.validTo)) >= $windowStart)))
  RETURN collect({from: startNode(r).id, to: endNode(r).id, validFrom: r.validFrom, validTo: r.validTo, evidence: coalesce(r.evidence, [])}) AS around
}
// Retracted claims are few and indexed (claim_retracted_at): read once, they are taken out of every relation's
// evidence in the API process, instead of one claim lookup per cited id of tens of thousands of relations.
RETURN routes, routed, people, ego + around AS rels, COLLECT { MATCH (c:Claim) WHERE c.retractedAt IS NOT NULL RETURN c.id } AS retracted
