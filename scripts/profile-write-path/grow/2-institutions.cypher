// Grown graph, step 2 (batches of [$from, $to)): institutions, timestamps spread over 2025.
UNWIND range($from, $to - 1) AS i
WITH i, datetime('2025-01-01T00:00:00Z') + duration({seconds: i * 4800}) AS at
CREATE (:Institution:Entity {id: 'institution:gen-' + i, name: 'Gen institution ' + i, aliases: ['GI-' + i],
  nameKeys: ['gen institution ' + i, 'gi ' + i], createdAt: at, createdBy: 'gen', updatedAt: at, updatedBy: 'gen'})
