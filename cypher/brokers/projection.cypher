// The projection brokers(trackIds, from, to, bucket) computes on: for the whole window at once (every bucket,
// and the undated section), the routings of the requested tracks and the routed people's ego graphs. Bucketing,
// bounding and scoring happen in the API process (src/brokers/brokerage.ts, graphology-metrics).
// tracks: the requested tracks, resolved by the caller through entityById (a merged-away id names its survivor).
// A relation is kept when its period overlaps [$windowStart, $windowEnd] (days; a partial date is padded to the
// first or last day it can mean, an unknown end is open) or when it has neither a start nor an end (undated,
// reported apart); never when it is absorbed into another record's period or when its evidence is all retracted.
// Each relation comes with its live evidence ids, which the evidence counts are made of.
// __RELATION_TYPES__ is an allow-listed alternation of every relation type of the vocabulary.
CALL (tracks) {
  UNWIND tracks AS t
  MATCH (t)-[r:ROUTED_THROUGH]->(p:Person)
  WHERE r.absorbedInto IS NULL
    AND ((r.validFrom IS NULL AND r.validTo IS NULL)
      OR ((r.validFrom IS NULL OR r.validFrom + substring('0000-01-01', size(r.validFrom)) <= $windowEnd)
        AND (r.validTo IS NULL OR r.validTo + substring('9999-12-31', size(r.validTo)) >= $windowStart)))
    AND any(x IN coalesce(r.evidence, []) WHERE EXISTS { MATCH (ev:Claim {id: x}) WHERE ev.retractedAt IS NULL })
  RETURN collect({track: t.id, person: p.id, validFrom: r.validFrom, validTo: r.validTo}) AS routes, collect(DISTINCT p) AS people
}
// The routed people's relations, and the entities at their other ends.
CALL (people) {
  UNWIND people AS p
  MATCH (p)-[r:__RELATION_TYPES__]-(n:Entity)
  WITH DISTINCT r, n
  WHERE r.absorbedInto IS NULL
    AND ((r.validFrom IS NULL AND r.validTo IS NULL)
      OR ((r.validFrom IS NULL OR r.validFrom + substring('0000-01-01', size(r.validFrom)) <= $windowEnd)
        AND (r.validTo IS NULL OR r.validTo + substring('9999-12-31', size(r.validTo)) >= $windowStart)))
  WITH r, n, [x IN coalesce(r.evidence, []) WHERE EXISTS { MATCH (ev:Claim {id: x}) WHERE ev.retractedAt IS NULL }] AS live
  WHERE size(live) > 0
  RETURN collect(DISTINCT n) AS alters,
         collect({from: startNode(r).id, to: endNode(r).id, validFrom: r.validFrom, validTo: r.validTo, evidence: live}) AS ego
}
// Relations among those neighbours (each once, from its start node): what tells a broker's open pairs from
// closed ones, and what betweenness routes around.
CALL (alters) {
  UNWIND alters AS a
  MATCH (a)-[r:__RELATION_TYPES__]->(b:Entity)
  WHERE b IN alters AND r.absorbedInto IS NULL
    AND ((r.validFrom IS NULL AND r.validTo IS NULL)
      OR ((r.validFrom IS NULL OR r.validFrom + substring('0000-01-01', size(r.validFrom)) <= $windowEnd)
        AND (r.validTo IS NULL OR r.validTo + substring('9999-12-31', size(r.validTo)) >= $windowStart)))
  WITH a, b, r, [x IN coalesce(r.evidence, []) WHERE EXISTS { MATCH (ev:Claim {id: x}) WHERE ev.retractedAt IS NULL }] AS live
  WHERE size(live) > 0
  RETURN collect({from: a.id, to: b.id, validFrom: r.validFrom, validTo: r.validTo, evidence: live}) AS around
}
RETURN routes, people, ego + around AS rels
