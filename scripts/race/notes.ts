// Standing notes of the race report: how the peer and the raw floor answer each question.
export const RACE_NOTES: readonly string[] = [
  'Peer model: @node types Person, Institution, PolicyTrack, Event (implementing interface Entity), Claim, Source; ' +
    '@relationship fields for SAID_BY, APPEARS_IN, ABOUT, CONTRADICTS and, per label, one field per relation type and direction ' +
    'the vocabulary allows (e.g. Person.outInfluences / inInfluences), all with @relationshipProperties RelationProps. ' +
    '@cypher for what needs hand Cypher: RelationProps.evidence (claims by the ids on the relationship, in list order), ' +
    'Person.institutions, Query.search, paths, neighborhood, contradictingClaims and Claim.contradictsOnTrack.',
  'Validity ("valid now") on the peer is a `where` on the edge properties with today\'s date as a variable (String ordering filters ' +
    'enabled); a @cypher Boolean on RelationProps used as an edge filter fails to compile in 7.6.3 ("Variable `this0` not defined").',
  "Relations on the peer are one connection per type and direction, each sorted by the other end's id and cut at `first`; " +
    'the normaliser merges them into the canonical order (type, from id, to id) and cuts at `first`, which gives exactly the canonical list.',
  'Paths (at most 25 of possibly more shortest paths) have no defined order, so the servers may pick different paths: each ' +
    'answer is checked against the full set from an uncapped raw query. Neighbourhoods keep at most 500 nodes besides the centre; ' +
    'the peer and the raw floor keep the first 500 by id, and each answer is checked against the full candidate set and its edges ' +
    'against every valid relation among its nodes, so a server keeping another 500 still passes (but then answers another question ' +
    'size: compare the edge counts in the canonical answers before reading its timings).',
  'The peer compiles the entity questions into one very long Cypher statement (21 connection subqueries, a four-branch UNION ' +
    'for each interface-typed end and each claim speaker): Neo4j takes many seconds to plan it the first time (the answer check ' +
    'does that before timing), and the library spends much of each request building it again in JavaScript.',
  'This server logs one JSON line per request (LOG_LEVEL=info, as configured); the peer and the raw floor log nothing.',
];
