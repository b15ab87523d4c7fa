// brokers
// params: {"trackIds":["track:ukraine","track:iran","track:israel-hamas"],"windowStart":"2025-03-01","windowEnd":"2025-05-31","p0":"MONTH","p1":"graphology-metrics 2.4.2 (betweenness, exact), in the API process","p2":500,"p3":120,"p4":[{"label":"2025-03","start":"2025-03-01","end":"2025-03-31"},{"label":"2025-04","start":"2025-04-01","end":"2025-04-30"},{"label":"2025-05","start":"2025-05-01","end":"2025-05-31"}],"p5":100,"p6":100}
UNWIND $trackIds AS tid0
WITH tid0, head(COLLECT { MATCH (n5:PolicyTrack {id: tid0}) RETURN n5 UNION MATCH (:MergedId {id: tid0})-[:INTO]->(n5:PolicyTrack) RETURN n5 }) AS t1
WITH collect(t1) AS found, [x3 IN collect({id: tid0, t: t1}) WHERE x3.t IS NULL | x3.id] AS missing
WITH missing, reduce(ts = [], t1 IN found | CASE WHEN t1 IN ts THEN ts ELSE ts + t1 END) AS tracks
CALL (tracks) {
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

}
WITH missing, tracks, routes, routed, rels, retracted, {bucket: $p0, engine: $p1, limits: {maxNodes: $p2, maxBuckets: $p3, sampled: false, pivots: null}, buckets: [b4 IN $p4 | {key: b4.label, label: b4.label, dated: true, start: b4.start, end: b4.end, brokers: [p2 IN routed | {key: b4.label + '|' + p2.person.id, person: p2.person, tracks: p2.tracks}]}], undated: {key: 'UNDATED', label: 'UNDATED', dated: false, start: null, end: null, brokers: [p2 IN routed | {key: 'UNDATED' + '|' + p2.person.id, person: p2.person, tracks: p2.tracks}]}} AS answer
RETURN missing, [t1 IN tracks | t1.id] AS tracks, routes, rels, retracted, {`limits`: head([o6 IN [answer.limits] WHERE o6 IS NOT NULL | {`maxNodes`: o6.maxNodes, `maxBuckets`: o6.maxBuckets, `sampled`: o6.sampled, `pivots`: o6.pivots}]), `buckets`: [b7 IN answer.buckets | {`label`: b7.label, `dated`: b7.dated, `start`: b7.start, `end`: b7.end, `nodeCount`: {__broker: b7.key + '#nodeCount'}, `edgeCount`: {__broker: b7.key + '#edgeCount'}, `truncated`: {__broker: b7.key + '#truncated'}, `brokers`: [w8 IN b7.brokers | {__brokerItem: w8.key, __first: $p5, value: {`person`: head([o9 IN [w8.person] WHERE o9 IS NOT NULL | {`id`: o9.id, `name`: o9.name}]), `tracks`: [w10 IN w8.tracks | {__brokerItem: w8.key + '|' + w10.id, value: {`id`: w10.id}}], `betweenness`: {__broker: w8.key + '#betweenness'}, `evidenceCount`: {__broker: w8.key + '#evidenceCount'}, `roles`: head([o11 IN [w8] WHERE o11 IS NOT NULL | {`coordinator`: {__broker: o11.key + '#coordinator'}, `gatekeeper`: {__broker: o11.key + '#gatekeeper'}, `representative`: {__broker: o11.key + '#representative'}, `consultant`: {__broker: o11.key + '#consultant'}, `liaison`: {__broker: o11.key + '#liaison'}}])}}]}], `undated`: head([o12 IN [answer.undated] WHERE o12 IS NOT NULL | {`label`: o12.label, `dated`: o12.dated, `start`: o12.start, `end`: o12.end, `nodeCount`: {__broker: o12.key + '#nodeCount'}, `edgeCount`: {__broker: o12.key + '#edgeCount'}, `truncated`: {__broker: o12.key + '#truncated'}, `brokers`: [w13 IN o12.brokers | {__brokerItem: w13.key, __first: $p6, value: {`person`: head([o14 IN [w13.person] WHERE o14 IS NOT NULL | {`id`: o14.id, `name`: o14.name}]), `tracks`: [w15 IN w13.tracks | {__brokerItem: w13.key + '|' + w15.id, value: {`id`: w15.id}}], `betweenness`: {__broker: w13.key + '#betweenness'}, `evidenceCount`: {__broker: w13.key + '#evidenceCount'}, `roles`: head([o16 IN [w13] WHERE o16 IS NOT NULL | {`coordinator`: {__broker: o16.key + '#coordinator'}, `gatekeeper`: {__broker: o16.key + '#gatekeeper'}, `representative`: {__broker: o16.key + '#representative'}, `consultant`: {__broker: o16.key + '#consultant'}, `liaison`: {__broker: o16.key + '#liaison'}}])}}]}])} AS value
