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
// A write's receipt (src/db/write-receipts.ts): one per key, so two runs of one write cannot both record;
// receipts older than WRITE_RECEIPT_TTL_HOURS are swept by age through write_receipt_at.
CREATE CONSTRAINT write_receipt_key IF NOT EXISTS FOR (n:WriteReceipt) REQUIRE n.key IS UNIQUE;
CREATE RANGE INDEX write_receipt_at IF NOT EXISTS FOR (n:WriteReceipt) ON (n.at);
// The change log that subscriptions tail (src/db/change-log.ts): one event per sequence number, read by range;
// one head node holding the counter (its uniqueness makes the writers' concurrent MERGE of it safe).
CREATE CONSTRAINT change_event_seq IF NOT EXISTS FOR (n:ChangeEvent) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT change_log_head_key IF NOT EXISTS FOR (n:ChangeLogHead) REQUIRE n.key IS UNIQUE;
// One relationship per relation id, per type of the vocabulary (src/domain/vocabulary.ts).
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
// Hub pages (Entity.relationsPage, README "Paging a hub's relations"): a relation's inKey is `<to id> <relation id>`,
// so an entity's incoming relations of one type are one prefix of this index, in order; its outgoing ones are one
// prefix of the id's own index (rel_<type>_id: `rel:<type>:<from id>:`). A page reads about `first` entries of each.
CREATE RANGE INDEX rel_holds_role_in_in_key IF NOT EXISTS FOR ()-[r:HOLDS_ROLE_IN]-() ON (r.inKey);
CREATE RANGE INDEX rel_heads_in_key IF NOT EXISTS FOR ()-[r:HEADS]-() ON (r.inKey);
CREATE RANGE INDEX rel_routed_through_in_key IF NOT EXISTS FOR ()-[r:ROUTED_THROUGH]-() ON (r.inKey);
CREATE RANGE INDEX rel_point_man_for_in_key IF NOT EXISTS FOR ()-[r:POINT_MAN_FOR]-() ON (r.inKey);
CREATE RANGE INDEX rel_influences_in_key IF NOT EXISTS FOR ()-[r:INFLUENCES]-() ON (r.inKey);
CREATE RANGE INDEX rel_backs_in_key IF NOT EXISTS FOR ()-[r:BACKS]-() ON (r.inKey);
CREATE RANGE INDEX rel_undermines_in_key IF NOT EXISTS FOR ()-[r:UNDERMINES]-() ON (r.inKey);
CREATE RANGE INDEX rel_rivals_in_key IF NOT EXISTS FOR ()-[r:RIVALS]-() ON (r.inKey);
CREATE RANGE INDEX rel_has_ties_to_in_key IF NOT EXISTS FOR ()-[r:HAS_TIES_TO]-() ON (r.inKey);
CREATE RANGE INDEX rel_depends_on_in_key IF NOT EXISTS FOR ()-[r:DEPENDS_ON]-() ON (r.inKey);
CREATE RANGE INDEX rel_participated_in_in_key IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.inKey);
CREATE RANGE INDEX rel_absent_from_in_key IF NOT EXISTS FOR ()-[r:ABSENT_FROM]-() ON (r.inKey);
CREATE RANGE INDEX rel_mediates_in_key IF NOT EXISTS FOR ()-[r:MEDIATES]-() ON (r.inKey);
CREATE RANGE INDEX rel_involved_in_in_key IF NOT EXISTS FOR ()-[r:INVOLVED_IN]-() ON (r.inKey);
CREATE RANGE INDEX rel_part_of_in_key IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.inKey);
// An entity's claims a page at a time (Entity.claimsMadePage): SAID_BY's key is `<speaker id> <claim id>`.
CREATE RANGE INDEX said_by_key IF NOT EXISTS FOR ()-[r:SAID_BY]-() ON (r.key);
// Read path: entity pages ordered by name walk these indexes from the cursor (no label scan); the total
// of unfiltered claims is the count store less the retracted claims found through their index
// (claim_retracted_at, below); claim pages by date read claim_stated_date.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX institution_name IF NOT EXISTS FOR (n:Institution) ON (n.name);
CREATE INDEX policy_track_name IF NOT EXISTS FOR (n:PolicyTrack) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX claim_stated_date IF NOT EXISTS FOR (n:Claim) ON (n.statedDate);
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Person|Institution|PolicyTrack|Event) ON EACH [n.name, n.aliases, n.description];
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text];
// Write-path and change-feed indexes
// Ingest resolves names through entity_name_keys: the keyword analyzer keeps each nameKeys element one exact
// token, so a quoted key finds exactly the entities that answer to it (cypher/ingest/candidates.cypher).
CREATE FULLTEXT INDEX entity_name_keys IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false}};
// changes(trackId, since) finds what changed since a date through these (cypher/changes/on-track.cypher). Seed
// claims and relations carry only createdAt, so both timestamps are indexed; one range index per relation type.
CREATE RANGE INDEX claim_created_at IF NOT EXISTS FOR (n:Claim) ON (n.createdAt);
CREATE RANGE INDEX claim_updated_at IF NOT EXISTS FOR (n:Claim) ON (n.updatedAt);
CREATE RANGE INDEX claim_retracted_at IF NOT EXISTS FOR (n:Claim) ON (n.retractedAt);
CREATE RANGE INDEX entity_created_at IF NOT EXISTS FOR (n:Entity) ON (n.createdAt);
CREATE RANGE INDEX rel_holds_role_in_created_at IF NOT EXISTS FOR ()-[r:HOLDS_ROLE_IN]-() ON (r.createdAt);
CREATE RANGE INDEX rel_holds_role_in_updated_at IF NOT EXISTS FOR ()-[r:HOLDS_ROLE_IN]-() ON (r.updatedAt);
CREATE RANGE INDEX rel_heads_created_at IF NOT EXISTS FOR ()-[r:HEADS]-() ON (r.createdAt);
CREATE RANGE INDEX rel_heads_updated_at IF NOT EXISTS FOR ()-[r:HEADS]-() ON (r.updatedAt);
CREATE RANGE INDEX rel_routed_through_created_at IF NOT EXISTS FOR ()-[r:ROUTED_THROUGH]-() ON (r.createdAt);
CREATE RANGE INDEX rel_routed_through_updated_at IF NOT EXISTS FOR ()-[r:ROUTED_THROUGH]-() ON (r.updatedAt);
CREATE RANGE INDEX rel_point_man_for_created_at IF NOT EXISTS FOR ()-[r:POINT_MAN_FOR]-() ON (r.createdAt);
CREATE RANGE INDEX rel_point_man_for_updated_at IF NOT EXISTS FOR ()-[r:POINT_MAN_FOR]-() ON (r.updatedAt);
CREATE RANGE INDEX rel_influences_created_at IF NOT EXISTS FOR ()-[r:INFLUENCES]-() ON (r.createdAt);
CREATE RANGE INDEX rel_influences_updated_at IF NOT EXISTS FOR ()-[r:INFLUENCES]-() ON (r.updatedAt);
CREATE RANGE INDEX rel_backs_created_at IF NOT EXISTS FOR ()-[r:BACKS]-() ON (r.createdAt);
CREATE RANGE INDEX rel_backs_updated_at IF NOT EXISTS FOR ()-[r:BACKS]-() ON (r.updatedAt);
CREATE RANGE INDEX rel_undermines_created_at IF NOT EXISTS FOR ()-[r:UNDERMINES]-() ON (r.createdAt);
CREATE RANGE INDEX rel_undermines_updated_at IF NOT EXISTS FOR ()-[r:UNDERMINES]-() ON (r.updatedAt);
CREATE RANGE INDEX rel_rivals_created_at IF NOT EXISTS FOR ()-[r:RIVALS]-() ON (r.createdAt);
CREATE RANGE INDEX rel_rivals_updated_at IF NOT EXISTS FOR ()-[r:RIVALS]-() ON (r.updatedAt);
CREATE RANGE INDEX rel_has_ties_to_created_at IF NOT EXISTS FOR ()-[r:HAS_TIES_TO]-() ON (r.createdAt);
CREATE RANGE INDEX rel_has_ties_to_updated_at IF NOT EXISTS FOR ()-[r:HAS_TIES_TO]-() ON (r.updatedAt);
CREATE RANGE INDEX rel_depends_on_created_at IF NOT EXISTS FOR ()-[r:DEPENDS_ON]-() ON (r.createdAt);
CREATE RANGE INDEX rel_depends_on_updated_at IF NOT EXISTS FOR ()-[r:DEPENDS_ON]-() ON (r.updatedAt);
CREATE RANGE INDEX rel_participated_in_created_at IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.createdAt);
CREATE RANGE INDEX rel_participated_in_updated_at IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.updatedAt);
CREATE RANGE INDEX rel_absent_from_created_at IF NOT EXISTS FOR ()-[r:ABSENT_FROM]-() ON (r.createdAt);
CREATE RANGE INDEX rel_absent_from_updated_at IF NOT EXISTS FOR ()-[r:ABSENT_FROM]-() ON (r.updatedAt);
CREATE RANGE INDEX rel_mediates_created_at IF NOT EXISTS FOR ()-[r:MEDIATES]-() ON (r.createdAt);
CREATE RANGE INDEX rel_mediates_updated_at IF NOT EXISTS FOR ()-[r:MEDIATES]-() ON (r.updatedAt);
CREATE RANGE INDEX rel_involved_in_created_at IF NOT EXISTS FOR ()-[r:INVOLVED_IN]-() ON (r.createdAt);
CREATE RANGE INDEX rel_involved_in_updated_at IF NOT EXISTS FOR ()-[r:INVOLVED_IN]-() ON (r.updatedAt);
CREATE RANGE INDEX rel_part_of_created_at IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.createdAt);
CREATE RANGE INDEX rel_part_of_updated_at IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.updatedAt);
