// Schema: uniqueness on every id (this is also what makes concurrent MERGE safe), full-text indexes.
// Applied at start-up; every statement is idempotent (IF NOT EXISTS).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT policy_track_id IF NOT EXISTS FOR (n:PolicyTrack) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (n:MergedId) REQUIRE n.id IS UNIQUE;
// One relationship per relation id, per type of the vocabulary (src/graph/vocabulary.ts).
CREATE CONSTRAINT rel_holds_role_in_id IF NOT EXISTS FOR ()-[r:HOLDS_ROLE_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_heads_id IF NOT EXISTS FOR ()-[r:HEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_routed_through_id IF NOT EXISTS FOR ()-[r:ROUTED_THROUGH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_point_man_for_id IF NOT EXISTS FOR ()-[r:POINT_MAN_FOR]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_influences_id IF NOT EXISTS FOR ()-[r:INFLUENCES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_backs_id IF NOT EXISTS FOR ()-[r:BACKS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_undermines_id IF NOT EXISTS FOR ()-[r:UNDERMINES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_rivals_id IF NOT EXISTS FOR ()-[r:RIVALS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_has_ties_to_id IF NOT EXISTS FOR ()-[r:HAS_TIES_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_depends_on_id IF NOT EXISTS FOR ()-[r:DEPENDS_ON]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_participated_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_absent_from_id IF NOT EXISTS FOR ()-[r:ABSENT_FROM]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_mediates_id IF NOT EXISTS FOR ()-[r:MEDIATES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_involved_in_id IF NOT EXISTS FOR ()-[r:INVOLVED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Person|Institution|PolicyTrack|Event) ON EACH [n.name, n.aliases, n.description];
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text];
