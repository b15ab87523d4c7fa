// The peer's type definitions: the same graph described for @neo4j/graphql 7 as a competent user of
// that library would: @node types, @relationship fields for every graph relationship the operations
// need (entity relations with RelationProps edges), and @cypher where the graph needs hand Cypher
// (evidence is a list of claim ids on the relationship; search, paths, neighbourhoods, contradictions,
// institutions). The validity predicate of relations is a `where` on the edge properties.
import { relationFieldsSdl } from './relation-fields.js';

const VALID_NOW = `(r.validFrom IS NULL OR r.validFrom <= toString(date()))
      AND (r.validTo IS NULL OR r.validTo > toString(date()))
      AND coalesce(r.status, 'ACTIVE') <> 'ENDED'`;

const RELATION_TYPES_ALT =
  'HOLDS_ROLE_IN|HEADS|ROUTED_THROUGH|POINT_MAN_FOR|INFLUENCES|BACKS|UNDERMINES|RIVALS|' +
  'HAS_TIES_TO|DEPENDS_ON|PARTICIPATED_IN|ABSENT_FROM|MEDIATES|INVOLVED_IN|PART_OF';

/** Claims of an evidence list `ids`, in list order, unretracted, at most $first, as view maps. */
const evidenceViews = (ids: string) => `COLLECT {
        UNWIND range(0, size(${ids}) - 1) AS j
        MATCH (c:Claim {id: ${ids}[j]}) WHERE c.retractedAt IS NULL
        WITH c, j ORDER BY j LIMIT 100
        MATCH (c)-[:SAID_BY]->(s:Entity)
        MATCH (c)-[:APPEARS_IN]->(src:Source)
        RETURN {id: c.id, kind: c.kind, text: c.text, speaker: {id: s.id, name: s.name}, source: {title: src.title}}
        ORDER BY j
      }`;

// Variable-length bounds must be literals: one UNION branch per allowed depth, the others cut by $depth.
const neighborhoodBranch = (depth: number) => `
    WITH c WHERE coalesce($depth, 1) = ${depth}
    MATCH (c)-[rs:${RELATION_TYPES_ALT}*1..${depth}]-(m:Entity)
    WHERE m <> c AND all(r IN rs WHERE ${VALID_NOW})
    RETURN DISTINCT m`;

const entityFields = (label: 'Person' | 'Institution' | 'PolicyTrack' | 'Event') => `
  id: ID!
  name: String!
  aliases: [String!]
  description: String
  claimsMade: [Claim!]! @relationship(type: "SAID_BY", direction: IN)
  claimsAbout: [Claim!]! @relationship(type: "ABOUT", direction: IN)
${relationFieldsSdl(label)}`;

export const PEER_TYPE_DEFS = /* GraphQL */ `
interface Entity {
  id: ID!
  name: String!
}

enum ClaimKind {
  QUOTE
  REPORT
  ANALYSIS
  FACT
}

type RelationProps @relationshipProperties {
  id: ID!
  role: String
  validFrom: String
  validTo: String
  status: String
  "The claims whose ids the relationship lists, in list order, retracted ones left out."
  evidence(first: Int = 100): [Claim!]!
    @cypher(
      statement: """
      UNWIND range(0, size(this.evidence) - 1) AS i
      MATCH (c:Claim {id: this.evidence[i]}) WHERE c.retractedAt IS NULL
      RETURN c ORDER BY i LIMIT coalesce($first, 100)
      """
      columnName: "c"
    )
}

type Person implements Entity @node {
${entityFields('Person')}
  institutions: [Institution!]!
    @cypher(
      statement: """
      MATCH (this)-[r:HOLDS_ROLE_IN|HEADS]->(i:Institution)
      WHERE ${VALID_NOW}
      RETURN DISTINCT i
      """
      columnName: "i"
    )
}

type Institution implements Entity @node {
${entityFields('Institution')}
}

type PolicyTrack implements Entity @node {
${entityFields('PolicyTrack')}
}

type Event implements Entity @node {
${entityFields('Event')}
  date: String
  approximateDate: String
  location: String
}

type Claim @node {
  id: ID!
  text: String!
  kind: ClaimKind!
  statedDate: String
  approximateDate: String
  retractedAt: DateTime
  speaker: Entity @relationship(type: "SAID_BY", direction: OUT)
  source: Source @relationship(type: "APPEARS_IN", direction: OUT)
  about: [Entity!]! @relationship(type: "ABOUT", direction: OUT)
  contradicts: [Claim!]! @relationship(type: "CONTRADICTS", direction: OUT)
  "Claims this one contradicts where either claim is about the track (both unretracted)."
  contradictsOnTrack(trackId: ID!): [Claim!]!
    @cypher(
      statement: """
      MATCH (this)-[:CONTRADICTS]->(b:Claim)
      WHERE b.retractedAt IS NULL
        AND (EXISTS { (this)-[:ABOUT]->(:PolicyTrack {id: $trackId}) } OR EXISTS { (b)-[:ABOUT]->(:PolicyTrack {id: $trackId}) })
      RETURN b ORDER BY b.id
      """
      columnName: "b"
    )
}

type Source @node {
  id: ID!
  title: String!
  publisher: String
  url: String
  publishedDate: String
  claims: [Claim!]! @relationship(type: "APPEARS_IN", direction: IN)
}

"Views computed by @cypher statements (plain object types, not nodes)."
type EntityView {
  id: ID!
  name: String!
}
type SourceView {
  title: String!
}
type EvidenceView {
  id: ID!
  kind: String!
  text: String!
  speaker: EntityView!
  source: SourceView!
}
type HopView {
  from: EntityView!
  to: EntityView!
  type: String!
  direction: String!
  evidence: [EvidenceView!]!
}
type PathView {
  length: Int!
  hops: [HopView!]!
}
type EdgeView {
  type: String!
  from: ID!
  to: ID!
}
type NeighborhoodView {
  nodes: [EntityView!]!
  edges: [EdgeView!]!
}
type SearchHitView {
  score: Float!
  id: ID!
  name: String
  text: String
}

type Query {
  "Full-text search over entities and unretracted claims, best first."
  search(query: String!, first: Int = 10): [SearchHitView!]!
    @cypher(
      statement: """
      CALL () {
        CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: coalesce($first, 10)}) YIELD node, score
        RETURN node, score
        UNION ALL
        CALL db.index.fulltext.queryNodes('claim_text', $query, {limit: coalesce($first, 10)}) YIELD node, score
        WHERE node.retractedAt IS NULL
        RETURN node, score
      }
      WITH node, score ORDER BY score DESC, node.id LIMIT coalesce($first, 10)
      RETURN {score: score, id: node.id, name: node.name, text: node.text} AS hit
      """
      columnName: "hit"
    )

  "All shortest paths (at most 25) over relations valid now, at most maxHops (up to 6) long."
  paths(from: ID!, to: ID!, maxHops: Int = 4): [PathView!]!
    @cypher(
      statement: """
      MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      MATCH p = allShortestPaths((a)-[:${RELATION_TYPES_ALT}*1..6]-(b))
      WHERE length(p) <= coalesce($maxHops, 4) AND all(r IN relationships(p) WHERE ${VALID_NOW})
      WITH nodes(p) AS ns, relationships(p) AS rs LIMIT 25
      RETURN {
        length: size(rs),
        hops: [i IN range(0, size(rs) - 1) | {
          from: {id: ns[i].id, name: ns[i].name},
          to: {id: ns[i + 1].id, name: ns[i + 1].name},
          type: type(rs[i]),
          direction: CASE WHEN startNode(rs[i]) = ns[i] THEN 'FORWARD' ELSE 'BACKWARD' END,
          evidence: ${evidenceViews('rs[i].evidence')}
        }]
      } AS path
      """
      columnName: "path"
    )

  "Entities within depth (1 to 3) relations valid now, the first 500 by id besides the centre, and the relations among them."
  neighborhood(id: ID!, depth: Int = 1): NeighborhoodView
    @cypher(
      statement: """
      MATCH (c:Entity {id: $id})
      WITH c, COLLECT {
        CALL (c) {${neighborhoodBranch(1)}
          UNION${neighborhoodBranch(2)}
          UNION${neighborhoodBranch(3)}
        }
        WITH m ORDER BY m.id LIMIT 500
        RETURN m
      } AS others
      WITH [c] + others AS nodes
      RETURN {
        nodes: [n IN nodes | {id: n.id, name: n.name}],
        edges: COLLECT {
          UNWIND nodes AS x
          MATCH (x)-[r:${RELATION_TYPES_ALT}]->(y:Entity)
          WHERE y IN nodes AND ${VALID_NOW}
          RETURN DISTINCT {type: type(r), from: x.id, to: y.id}
        }
      } AS hood
      """
      columnName: "hood"
    )

  "Claims (unretracted) that contradict another where either is about the track, by id."
  contradictingClaims(trackId: ID!): [Claim!]!
    @cypher(
      statement: """
      MATCH (a:Claim)-[:CONTRADICTS]->(b:Claim)
      WHERE a.retractedAt IS NULL AND b.retractedAt IS NULL
        AND (EXISTS { (a)-[:ABOUT]->(:PolicyTrack {id: $trackId}) } OR EXISTS { (b)-[:ABOUT]->(:PolicyTrack {id: $trackId}) })
      WITH DISTINCT a ORDER BY a.id
      RETURN a
      """
      columnName: "a"
    )
}
`;
