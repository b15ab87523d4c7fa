// Grown graph, step 1 (one batch): $tracks generated policy tracks and $sources sources, created 2025-01-01.
UNWIND range(0, $tracks - 1) AS i
CREATE (:PolicyTrack:Entity {id: 'track:gen-' + i, name: 'Gen track ' + i, aliases: [], nameKeys: ['gen track ' + i],
  createdAt: datetime('2025-01-01T00:00:00Z'), createdBy: 'gen', updatedAt: datetime('2025-01-01T00:00:00Z'), updatedBy: 'gen'})
WITH count(*) AS _
UNWIND range(0, $sources - 1) AS i
CREATE (:Source {id: 'source:gen-' + i, title: 'Gen source ' + i, createdAt: datetime('2025-01-01T00:00:00Z'), createdBy: 'gen'})
