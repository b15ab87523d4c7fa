// Grown graph, step 5 (batches of [$from, $to)): events, each PART_OF a track (a third track:ukraine).
UNWIND range($from, $to - 1) AS i
WITH i, datetime('2025-01-01T00:00:00Z') + duration({seconds: i * 12000}) AS at
MATCH (t:PolicyTrack {id: CASE WHEN i % 3 = 0 THEN 'track:ukraine' ELSE 'track:gen-' + (i % $tracks) END})
CREATE (e:Event:Entity {id: 'event:gen-' + i, name: 'Gen event ' + i, aliases: [], nameKeys: ['gen event ' + i],
  createdAt: at, createdBy: 'gen', updatedAt: at, updatedBy: 'gen'})
CREATE (e)-[:PART_OF {id: 'rel:part_of:' + e.id + ':' + t.id, evidence: ['claim:gen-' + (i * 15) + '-a'], status: 'ACTIVE',
  createdAt: at, createdBy: 'gen', updatedAt: at, updatedBy: 'gen'}]->(t)
