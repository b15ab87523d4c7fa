// Grown graph, step 3 (batches of [$from, $to)): people with aliases and name keys, timestamps spread over 2025.
UNWIND range($from, $to - 1) AS i
WITH i, datetime('2025-01-01T00:00:00Z') + duration({seconds: i * 800}) AS at
CREATE (:Person:Entity {id: 'person:gen-' + i, name: 'Gen person ' + i, aliases: ['GP ' + i, 'Gen P. ' + i],
  nameKeys: ['gen person ' + i, 'gp ' + i, 'gen p ' + i], createdAt: at, createdBy: 'gen', updatedAt: at, updatedBy: 'gen'})
