// Grown graph, step 4 (batches of [$from, $to)): two claims per person (a third of the first ones about track:ukraine),
// evidenced relations to tracks, people, institutions and the seed's Witkoff; one relation in ten has only createdAt,
// one in fifty was updated 120 days after it was created; the second claim of one person in 200 is retracted.
UNWIND range($from, $to - 1) AS i
WITH i, datetime('2025-01-01T00:00:00Z') + duration({seconds: i * 800}) AS at
MATCH (p:Person {id: 'person:gen-' + i})
MATCH (s:Source {id: 'source:gen-' + (i % $sources)})
MATCH (t:PolicyTrack {id: CASE WHEN i % 3 = 0 THEN 'track:ukraine' ELSE 'track:gen-' + (i % $tracks) END})
MATCH (t2:PolicyTrack {id: 'track:gen-' + ((i * 7) % $tracks)})
MATCH (q:Person {id: 'person:gen-' + ((i * 7 + 3) % $people)})
CREATE (ca:Claim {id: 'claim:gen-' + i + '-a', text: 'Gen claim ' + i + ' a on the track.', kind: 'FACT',
  createdAt: at, createdBy: 'gen', updatedAt: at + duration({hours: 1}), updatedBy: 'gen'})
CREATE (cb:Claim {id: 'claim:gen-' + i + '-b', text: 'Gen claim ' + i + ' b on influence.', kind: 'ANALYSIS', createdAt: at, createdBy: 'gen'})
SET cb.updatedAt = CASE WHEN i % 10 = 9 THEN null ELSE at END,
    cb.retractedAt = CASE WHEN i % 200 = 0 THEN at + duration({days: 30}) ELSE null END
CREATE (ca)-[:SAID_BY]->(p), (cb)-[:SAID_BY]->(p), (ca)-[:APPEARS_IN]->(s), (cb)-[:APPEARS_IN]->(s),
       (ca)-[:ABOUT]->(t), (cb)-[:ABOUT]->(t2)
WITH i, at, p, t, q, ca, cb, CASE WHEN i % 10 = 9 THEN null WHEN i % 50 = 0 THEN at + duration({days: 120}) ELSE at END AS updated
CREATE (p)-[:INVOLVED_IN {id: 'rel:involved_in:' + p.id + ':' + t.id, evidence: [ca.id], status: 'ACTIVE',
  createdAt: at, createdBy: 'gen', updatedAt: updated, updatedBy: 'gen'}]->(t)
CREATE (p)-[:INFLUENCES {id: 'rel:influences:' + p.id + ':' + q.id, evidence: [cb.id], status: 'ACTIVE',
  createdAt: at, createdBy: 'gen', updatedAt: updated, updatedBy: 'gen'}]->(q)
WITH i, at, p, ca, cb, updated
CALL (i, at, p, ca, updated) {
  WITH i WHERE i % 3 = 0
  MATCH (n:Institution {id: 'institution:gen-' + (i % 5000)})
  CREATE (p)-[:HOLDS_ROLE_IN {id: 'rel:holds_role_in:' + p.id + ':' + n.id, evidence: [ca.id], role: 'member', status: 'ACTIVE',
    createdAt: at, createdBy: 'gen', updatedAt: updated, updatedBy: 'gen'}]->(n)
}
CALL (i, at, p, cb, updated) {
  WITH i WHERE i % 10 = 0
  MATCH (w:Person {id: 'person:witkoff'})
  CREATE (p)-[:BACKS {id: 'rel:backs:' + p.id + ':person:witkoff', evidence: [cb.id], status: 'ACTIVE',
    createdAt: at, createdBy: 'gen', updatedAt: updated, updatedBy: 'gen'}]->(w)
}
