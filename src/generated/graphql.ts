import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CompiledValue } from '../read/types.js';
import type { Context } from '../core/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * One article's worth of knowledge, as a JSON object in the format of schema/document.schema.json: source,
   * entities, claims, relations, options. It is a scalar, not an input type, so that the server checks all of
   * it itself: a missing key, an unknown key and a wrong value alike come back in one BAD_USER_INPUT error whose
   * extensions.problems lists every problem with its path (README, "Ingesting documents").
   */
  DocumentInput: { input: unknown; output: unknown; }
  /** A draft ingestion document: a JSON object in the format DocumentInput takes (schema/document.schema.json). */
  DraftDocument: { input: unknown; output: unknown; }
};

/** One link of Claim.attribution. */
export type AttributionLink = {
  __typename?: 'AttributionLink';
  /** The entity; null for a publisher the source names without an entity (then see name). */
  entity?: Maybe<Entity>;
  /** The entity's name, or the source's publisher name. */
  name: Scalars['String']['output'];
  /** 0 for the speaker, counting outward. */
  position: Scalars['Int']['output'];
  role: AttributionRole;
  /** The source the chain ends in (the claim's source). */
  source: Source;
};

/** One link of a claim's attribution chain after its speaker. */
export type AttributionLinkInput = {
  /** An entity id or a name/alias. */
  entity: Scalars['String']['input'];
  role: RelayRole;
};

/** A link's part in a claim's attribution chain. */
export type AttributionRole =
  /** Published the source it appears in (the last link). */
  | 'PUBLISHED_BY'
  /** Cited it or passed it on (an analyst quoting a minister). */
  | 'RELAYED_BY'
  /** Reported it as news (an outlet reporting a quote). */
  | 'REPORTED_BY'
  /** Said it: the claim's speaker (position 0). */
  | 'SPEAKER';

/** A person routing at least one of the requested tracks in a bucket, with their brokerage on that bucket's graph. */
export type Broker = {
  __typename?: 'Broker';
  /** Betweenness centrality on the bucket graph, normalised (0 to 1; graphology-metrics, exact on the bounded graph). */
  betweenness: Scalars['Float']['output'];
  /** Distinct unretracted claims behind the person's relations in the bucket graph (their routing included). */
  evidenceCount: Scalars['Int']['output'];
  person: Person;
  roles: BrokerageRoles;
  /** The requested tracks routed through them (ROUTED_THROUGH) in this bucket. */
  tracks: Array<PolicyTrack>;
};

/** One time bucket (or the undated section) and its graph. */
export type BrokerBucket = {
  __typename?: 'BrokerBucket';
  /** The people routing a requested track in this bucket, highest betweenness first (then by id); at most `first` (0 to 1000). */
  brokers: Array<Broker>;
  /** False for the undated section. */
  dated: Scalars['Boolean']['output'];
  edgeCount: Scalars['Int']['output'];
  end?: Maybe<Scalars['String']['output']>;
  /** 2025-03, 2025-Q1, 2025; UNDATED for relations with neither a start nor an end. */
  label: Scalars['String']['output'];
  /** Entities and (undirected, distinct) relations of the bucket graph the scores were computed on. */
  nodeCount: Scalars['Int']['output'];
  /** First and last day of the bucket (ISO dates, both included); null for the undated section. */
  start?: Maybe<Scalars['String']['output']>;
  /** True when entities (neighbours, or routed people past the cap, then not listed) were left out to stay within limits.maxNodes. */
  truncated: Scalars['Boolean']['output'];
};


/** One time bucket (or the undated section) and its graph. */
export type BrokerBucketBrokersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The bounds the answer was computed under. */
export type BrokerLimits = {
  __typename?: 'BrokerLimits';
  /** Most buckets one window may span. */
  maxBuckets: Scalars['Int']['output'];
  /** Most entities in one bucket graph: the requested tracks first, then routed people, then their best-connected neighbours. */
  maxNodes: Scalars['Int']['output'];
  /** Sampled pivots per bucket: null, since nothing is sampled. */
  pivots?: Maybe<Scalars['Int']['output']>;
  /** Betweenness is exact on each bounded bucket graph: no pivots are sampled. */
  sampled: Scalars['Boolean']['output'];
};

/**
 * Gould-Fernandez brokerage counts of a person: open two-paths a - person - b (a and b not related to each other,
 * both in a requested track) by how the three sit in tracks. Relations are read undirected, so each pair of
 * neighbours counts in both orders (gatekeeper and representative counts are therefore equal).
 */
export type BrokerageRoles = {
  __typename?: 'BrokerageRoles';
  /** a and b share a track the person is not in. */
  consultant: Scalars['Int']['output'];
  /** a, the person and b all share a track. */
  coordinator: Scalars['Int']['output'];
  /** b shares a track with the person, a does not: the person lets an outsider in. */
  gatekeeper: Scalars['Int']['output'];
  /** a and b share no track, and the person shares one with both or with neither: the person links two tracks. */
  liaison: Scalars['Int']['output'];
  /** a shares a track with the person, b does not: the person speaks for their track outwards. */
  representative: Scalars['Int']['output'];
};

export type BrokersOverTime = {
  __typename?: 'BrokersOverTime';
  bucket: TimeBucket;
  /** The dated buckets, oldest first; a relation is in each bucket its period overlaps. */
  buckets: Array<BrokerBucket>;
  /** The engine that computed the scores: graphology-metrics in the API process. */
  engine: Scalars['String']['output'];
  limits: BrokerLimits;
  /** Relations with neither validFrom nor validTo, on a graph of their own: never spread over the buckets. */
  undated: BrokerBucket;
};

export type ChangeAction =
  | 'CREATE'
  | 'UNCHANGED'
  | 'UPDATE';

export type ChangeKind =
  | 'CLAIM'
  | 'ENTITY'
  /** A CONTRADICTS or SUPPORTS link between two claims (GraphChange only). */
  | 'LINK'
  | 'RELATION'
  | 'SOURCE';

/** A statement made by a speaker, as it appears in a source. */
export type Claim = Node & {
  __typename?: 'Claim';
  /** What it is about. */
  about: Array<Entity>;
  /** Approximate date or ISO 8601 interval when only that is known. */
  approximateDate?: Maybe<Scalars['String']['output']>;
  /** Who relays or reports it (a journalist's outlet, an analyst relaying a quote), in chain order: see attribution. */
  attributedTo: Array<Entity>;
  /**
   * The attribution chain outward from the original speaker: position 0 the SPEAKER, then who relayed or reported
   * it in order, last the source's publisher (PUBLISHED_BY) when known.
   */
  attribution: Array<AttributionLink>;
  /** Claims this one contradicts (in either direction: contradiction is mutual). */
  contradicts: Array<Claim>;
  /**
   * When the claim was made, as far as the sources say: statedDate, else the start of a placeable approximateDate
   * (2025-04 for 2025-04/2025-05), else its source's publishedDate; null when none is known. See dateBasis.
   */
  date?: Maybe<Scalars['String']['output']>;
  /** Which of those `date` is. */
  dateBasis: DateBasis;
  id: Scalars['ID']['output'];
  kind: ClaimKind;
  /**
   * This claim's CONTRADICTS and SUPPORTS links (of `kinds`, all when omitted), in both directions, each with who
   * made it, when, and on which source; links to retracted claims left out. By kind, direction, then the other claim's id.
   */
  links: Array<ClaimLink>;
  /** Set when the claim was retracted. */
  retraction?: Maybe<Retraction>;
  /** The exact passage of the source's text the claim comes from (its span); null without a span or text. */
  sentence?: Maybe<Scalars['String']['output']>;
  /** Where it appears. */
  source: Source;
  /** Where the claim is in its source's text; null when the document that brought it gave no span. */
  span?: Maybe<Span>;
  /** Who said it. */
  speaker: Entity;
  /** Exact date (ISO 8601) it was made, when known. */
  statedDate?: Maybe<Scalars['String']['output']>;
  /** How well it holds up: the claim and the claims that support it, their independent origins, and a grade. */
  support: Support;
  /** Claims that support this one. */
  supportedBy: Array<Claim>;
  /** Claims this one supports. */
  supports: Array<Claim>;
  text: Scalars['String']['output'];
};


/** A statement made by a speaker, as it appears in a source. */
export type ClaimLinksArgs = {
  kinds?: InputMaybe<Array<ClaimLinkKind>>;
};

/** A new claim. */
export type ClaimAddedEvent = {
  __typename?: 'ClaimAddedEvent';
  /** When the write committed (ISO 8601 date-time). */
  at: Scalars['String']['output'];
  /** The claim as it is now (one read when the event is sent). */
  claim?: Maybe<Claim>;
  claimId: Scalars['ID']['output'];
  /** Pass as `since` to resume after this event. */
  cursor: Scalars['String']['output'];
  speakerId?: Maybe<Scalars['ID']['output']>;
  /** The policy tracks the claim is about. */
  trackIds: Array<Scalars['ID']['output']>;
};

export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  edges: Array<ClaimEdge>;
  nodes: Array<Claim>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  cursor: Scalars['String']['output'];
  node: Claim;
};

export type ClaimFilter = {
  /** Only claims about this entity. */
  aboutId?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims this entity relayed or reported (it is in the attribution chain after the speaker). */
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  /** true: no one relayed or reported it (the speaker's own words in the source); false: relayed or reported. */
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  /** Retracted claims are left out unless this is true. */
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<ClaimKind>>;
  /** Only claims in a source this entity published (PUBLISHED_BY). */
  publisher?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Only claims of this entity's analysis: said by it, or ANALYSIS said by the publisher of a source that relays
   * it (the outlet's paraphrase in a write-up of the analysis; Source.relays).
   */
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the text. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A claim for addClaim (in a document, claims follow schema/document.schema.json). */
export type ClaimInput = {
  about: Array<Scalars['String']['input']>;
  approximateDate?: InputMaybe<Scalars['String']['input']>;
  /** Older form of attribution: names or ids of who relayed it, outward (RELAYED_BY links). Not with attribution. */
  attributedTo?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The attribution chain after the speaker, outward from it; the source's publisher ends it. Not with attributedTo. */
  attribution?: InputMaybe<Array<AttributionLinkInput>>;
  /** Claim ids (claim:...). */
  contradicts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Optional, a claim: id of the author's choice; otherwise derived from source, speaker and text. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: ClaimKind;
  /** An entity id or a name/alias, resolved case- and accent-insensitively. */
  speaker: Scalars['String']['input'];
  statedDate?: InputMaybe<Scalars['String']['input']>;
  supports?: InputMaybe<Array<Scalars['String']['input']>>;
  text: Scalars['String']['input'];
};

export type ClaimKind =
  /** An analyst's reading of events. */
  | 'ANALYSIS'
  /** A statement of fact by the source itself. */
  | 'FACT'
  /** On-the-record words of the speaker. */
  | 'QUOTE'
  /** What media or others report, not on the record. */
  | 'REPORT';

/** A CONTRADICTS or SUPPORTS link between two claims, seen from one of them, with its provenance. */
export type ClaimLink = {
  __typename?: 'ClaimLink';
  /** The claim at the other end. */
  claim: Claim;
  /** The link's date: its source's publishedDate, else the later of the two claims' dates (null when either is unknown). */
  date?: Maybe<Scalars['String']['output']>;
  direction: ClaimLinkDirection;
  kind: ClaimLinkKind;
  /** When the link was made (ISO 8601 date-time). */
  linkedAt?: Maybe<Scalars['String']['output']>;
  /** Who made the link: the API key or token subject of the ingest or linkClaims, or seed. */
  linkedBy?: Maybe<Scalars['String']['output']>;
  /** The source the link was stated in (the document's source for an ingest, linkClaims' sourceId); null when none. */
  source?: Maybe<Source>;
};

/** Which way a claim link points from the claim it is read on. */
export type ClaimLinkDirection =
  /** The other claim contradicts or supports this one. */
  | 'IN'
  /** This claim contradicts or supports the other one. */
  | 'OUT';

export type ClaimLinkKind =
  | 'CONTRADICTS'
  | 'SUPPORTS';

/** A new claim link: `claimId` contradicts or supports `otherClaimId`. */
export type ClaimLinkedEvent = {
  __typename?: 'ClaimLinkedEvent';
  at: Scalars['String']['output'];
  /** The claim that states the link, as it is now (one read when the event is sent). */
  claim?: Maybe<Claim>;
  claimId: Scalars['ID']['output'];
  cursor: Scalars['String']['output'];
  kind: ClaimLinkKind;
  otherClaimId: Scalars['ID']['output'];
  /** The policy tracks either claim is about. */
  trackIds: Array<Scalars['ID']['output']>;
};

export type ClaimOrder = {
  direction?: SortDirection;
  field?: ClaimOrderField;
};

export type ClaimOrderField =
  | 'ID'
  | 'STATED_DATE';

/** Two claims that contradict each other. */
export type Contradiction = {
  __typename?: 'Contradiction';
  claim: Claim;
  contradictingClaim: Claim;
  /** When the contradiction opened: its source's publishedDate, else the later of the two claims' dates (null when either is unknown). */
  date?: Maybe<Scalars['String']['output']>;
  /** When it was recorded (ISO 8601 date-time). */
  linkedAt?: Maybe<Scalars['String']['output']>;
  /** Who recorded the contradiction: the API key or token subject of the ingest or linkClaims, or seed. */
  linkedBy?: Maybe<Scalars['String']['output']>;
  /** Tracks both claims are about. */
  sharedTracks: Array<PolicyTrack>;
  /** The source it was stated in (the document's source for an ingest, linkClaims' sourceId); null when none was named. */
  source?: Maybe<Source>;
};

/** A new CONTRADICTS link: `claimId` contradicts `contradictedId`. */
export type ContradictionAddedEvent = {
  __typename?: 'ContradictionAddedEvent';
  at: Scalars['String']['output'];
  claim?: Maybe<Claim>;
  claimId: Scalars['ID']['output'];
  contradictedId: Scalars['ID']['output'];
  cursor: Scalars['String']['output'];
  /** The policy tracks either claim is about. */
  trackIds: Array<Scalars['ID']['output']>;
};

/** One bucket of a track's contradictions over time. */
export type ContradictionBucket = {
  __typename?: 'ContradictionBucket';
  /** The speakers on one side: of each contradiction's `claim` (the claim that states the contradiction), most often first. */
  claimSpeakers: Array<SpeakerCount>;
  /** Claims about the track made in the bucket, by Claim.date (retracted claims left out). */
  claimsMade: Scalars['Int']['output'];
  /** The speakers on the other side: of each contradiction's `contradictingClaim`, most often first. */
  contradictingClaimSpeakers: Array<SpeakerCount>;
  /** Those contradictions, by the ids of their claims. */
  contradictions: Array<Contradiction>;
  /** Contradictions opened in the bucket, by their date (Contradiction.date). */
  contradictionsOpened: Scalars['Int']['output'];
  /** True for a time bucket; false for the bucket of what no date places (see ContradictionTimeline.undated). */
  dated: Scalars['Boolean']['output'];
  /** The bucket's last day (ISO 8601), null for the undated bucket. */
  end?: Maybe<Scalars['String']['output']>;
  /** The bucket's first day (ISO 8601), null for the undated bucket. */
  start?: Maybe<Scalars['String']['output']>;
};

/** A page of contradictions (Query.contradictionsConnection). */
export type ContradictionConnection = {
  __typename?: 'ContradictionConnection';
  edges: Array<ContradictionEdge>;
  nodes: Array<Contradiction>;
  pageInfo: PageInfo;
  /** Every pair the arguments select, not only this page's. */
  totalCount: Scalars['Int']['output'];
};

export type ContradictionEdge = {
  __typename?: 'ContradictionEdge';
  cursor: Scalars['String']['output'];
  node: Contradiction;
};

/** A track's claims and contradictions counted per time bucket (README, "Contradictions over time"). */
export type ContradictionTimeline = {
  __typename?: 'ContradictionTimeline';
  bucket: TimeBucket;
  /** Every bucket from `from` to `to` (or from the first to the last dated item), oldest first, empty ones included. */
  buckets: Array<ContradictionBucket>;
  /**
   * What no bucket can hold: claims and contradictions with no date, or with a date coarser than the bucket
   * (2025 in MONTH buckets) that overlaps the window.
   */
  undated: ContradictionBucket;
};

/** Where a claim's date comes from. */
export type DateBasis =
  /** Only an approximate date or interval is given for the claim: its start. */
  | 'APPROXIMATE'
  /** No date of its own: the date its source was published. */
  | 'SOURCE'
  /** The claim states its own date (statedDate). */
  | 'STATED'
  /** No date is known. */
  | 'UNKNOWN';

export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

/** A person, institution, policy track or event named in the sources. */
export type Entity = {
  aliases: Array<Scalars['String']['output']>;
  /** Claims that are about this entity, by id, at most `first` (1 to 1000). */
  claimsAbout: Array<Claim>;
  /** How many claims are about this entity (retracted ones left out). */
  claimsAboutCount: Scalars['Int']['output'];
  /**
   * Claims this entity made (it is their speaker), by id, at most `first` (1 to 1000). The attribution filters
   * are those of ClaimFilter: firstHand, attributedTo (relayed or reported by), publisher, relaysAnalysisOf.
   */
  claimsMade: Array<Claim>;
  /** How many claims this entity made (retracted ones left out), with claimsMade's filters. */
  claimsMadeCount: Scalars['Int']['output'];
  /**
   * The claims `claimsMade` lists (same filters), a page at a time, by claim id: each is one prefix of an index,
   * so a page costs about `first` claims read however many the entity said. `first` 0 to 100; `after` an edge's
   * cursor. totalCount counts every claim the entity said (count store), retracted ones and the filters ignored.
   */
  claimsMadePage: ClaimConnection;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** How many relations `relations` would return without `first`. */
  relationCount: Scalars['Int']['output'];
  /**
   * Typed relations to other entities, each with the claims that assert it. Only relations valid at
   * `asOf` (an ISO date: YYYY, YYYY-MM or YYYY-MM-DD); without it, those valid today and not ended.
   * A relation is one period of one role: two roles, or two periods of one role, are two relations.
   * Relations whose every evidence claim was retracted are left out unless `includeRetracted`.
   * Ordered by type, the ids of the two ends, then the start of the period; at most `first` (1 to 1000),
   * see relationCount.
   */
  relations: Array<Relation>;
  /**
   * The relations `relations` lists (same filters), a page at a time: by type, then incoming before outgoing,
   * then the relation id (incoming: the same id, under the entity's own). The order is one an index holds, so
   * a page costs about `first` relations of each type read, however many the entity has (README "Paging a
   * hub's relations"). `first` 0 to 100; `after` an edge's cursor. Counts are the entity's stored relations
   * of each type and direction asked, from the count store: they ignore asOf, includeRetracted and evidence.
   */
  relationsPage: RelationConnection;
};


/** A person, institution, policy track or event named in the sources. */
export type EntityClaimsAboutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, institution, policy track or event named in the sources. */
export type EntityClaimsMadeArgs = {
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};


/** A person, institution, policy track or event named in the sources. */
export type EntityClaimsMadeCountArgs = {
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};


/** A person, institution, policy track or event named in the sources. */
export type EntityClaimsMadePageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};


/** A person, institution, policy track or event named in the sources. */
export type EntityRelationCountArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  evidence?: InputMaybe<EvidenceFilter>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A person, institution, policy track or event named in the sources. */
export type EntityRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  evidence?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A person, institution, policy track or event named in the sources. */
export type EntityRelationsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  evidence?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type EntityFilter = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Case-insensitive substring of the name or an alias. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** An entity for createEntity (in a document, entities follow schema/document.schema.json). */
export type EntityInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  approximateDate?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Optional, with the prefix of its kind (person:, institution:, track:, event:); otherwise derived from the name. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: EntityKindInput;
  location?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type EntityKindInput =
  | 'EVENT'
  | 'INSTITUTION'
  | 'PERSON'
  | 'TRACK';

export type EntityOrder = {
  direction?: SortDirection;
  field?: EntityOrderField;
};

export type EntityOrderField =
  | 'ID'
  | 'NAME';

export type EntityPatch = {
  /** Adds aliases to the existing ones. */
  addAliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces the aliases. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type Event = Entity & Node & {
  __typename?: 'Event';
  aliases: Array<Scalars['String']['output']>;
  /** Approximate date or ISO 8601 interval when only that is known, e.g. 2025-04/2025-05. */
  approximateDate?: Maybe<Scalars['String']['output']>;
  claimsAbout: Array<Claim>;
  claimsAboutCount: Scalars['Int']['output'];
  claimsMade: Array<Claim>;
  claimsMadeCount: Scalars['Int']['output'];
  claimsMadePage: ClaimConnection;
  /** Exact date (ISO 8601) when the sources give one. */
  date?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  relationCount: Scalars['Int']['output'];
  relations: Array<Relation>;
  relationsPage: RelationConnection;
};


export type EventClaimsAboutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EventClaimsMadeArgs = {
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};


export type EventClaimsMadeCountArgs = {
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};


export type EventClaimsMadePageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};


export type EventRelationCountArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  evidence?: InputMaybe<EvidenceFilter>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type EventRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  evidence?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type EventRelationsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  evidence?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/**
 * Which claims count as a relation's evidence, and so which relations count: a relation is listed or traversed
 * only when its evidence passes (README, "Evidence filter"). Applied hop by hop while a traversal searches.
 */
export type EvidenceFilter = {
  /** Claims by these speakers do not count (at most 100 entity ids). */
  excludeSpeakers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only claims of these kinds (e.g. [QUOTE] for on-the-record words only). */
  kinds?: InputMaybe<Array<ClaimKind>>;
  /** Only what the sources had said by this date (ISO, inclusive at its precision): claims whose Claim.date is on or before it. */
  knownAt?: InputMaybe<Scalars['String']['input']>;
  /** At least this many independent origins among the claims that count (1 to 100; README, "Independent corroboration"). */
  minIndependent?: InputMaybe<Scalars['Int']['input']>;
  /** Only quotes whose speaker is one of the relation's two ends: a principal's own words. */
  onRecord?: InputMaybe<Scalars['Boolean']['input']>;
  /** How relations without dates count at an asOf. */
  undated?: InputMaybe<UndatedRelations>;
};

/** What the offline extractor proposes for one article, for a person to review before ingesting. */
export type ExtractionDraft = {
  __typename?: 'ExtractionDraft';
  claims: Scalars['Int']['output'];
  /**
   * The draft in the ingestion format: source.text, entities (found in the graph, or proposed), claims with their
   * span, speaker, kind and about, and candidate relations with their evidence. Each item carries `extracted`
   * (confidence 0 to 1, the reason, the spans it came from). ingestDocument takes it as it is.
   */
  document: Scalars['DraftDocument']['output'];
  /** Milliseconds the extraction took, the graph lookup of names aside. */
  millis: Scalars['Int']['output'];
  /** Entities it proposes to create. */
  newEntities: Scalars['Int']['output'];
  relations: Scalars['Int']['output'];
  /** Entities the draft names that are already in the graph. */
  resolvedEntities: Scalars['Int']['output'];
};

/** Something that entered or changed in the graph, with who did it and when. */
export type GraphChange = {
  __typename?: 'GraphChange';
  action: GraphChangeAction;
  /** When it happened (ISO 8601 date-time). */
  at: Scalars['String']['output'];
  /** Who did it (the API key or token subject, or cli:<user>). */
  by?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ChangeKind;
  /** The claim link, for LINK changes, seen from the claim that states it (`node`). */
  link?: Maybe<ClaimLink>;
  /** The entity or claim, for ENTITY and CLAIM changes. */
  node?: Maybe<Node>;
  /** The relation, for RELATION changes. */
  relation?: Maybe<Relation>;
};

export type GraphChangeAction =
  | 'CREATED'
  | 'RETRACTED'
  | 'UPDATED';

export type Hop = {
  __typename?: 'Hop';
  direction: HopDirection;
  from: Entity;
  relation: Relation;
  /** The support of this hop's relation (the same as relation.support). */
  support: Support;
  to: Entity;
};

export type HopDirection =
  /** The relation points against the path. */
  | 'BACKWARD'
  /** The relation points along the path (from this hop's start to its end). */
  | 'FORWARD';

export type IngestChange = {
  __typename?: 'IngestChange';
  action: ChangeAction;
  /** E.g. how an entity was matched. */
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ChangeKind;
};

export type IngestResult = {
  __typename?: 'IngestResult';
  changes: Array<IngestChange>;
  created: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  sourceId: Scalars['ID']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type Institution = Entity & Node & {
  __typename?: 'Institution';
  aliases: Array<Scalars['String']['output']>;
  claimsAbout: Array<Claim>;
  claimsAboutCount: Scalars['Int']['output'];
  claimsMade: Array<Claim>;
  claimsMadeCount: Scalars['Int']['output'];
  claimsMadePage: ClaimConnection;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  relationCount: Scalars['Int']['output'];
  relations: Array<Relation>;
  relationsPage: RelationConnection;
};


export type InstitutionClaimsAboutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type InstitutionClaimsMadeArgs = {
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};


export type InstitutionClaimsMadeCountArgs = {
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};


export type InstitutionClaimsMadePageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};


export type InstitutionRelationCountArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  evidence?: InputMaybe<EvidenceFilter>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type InstitutionRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  evidence?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type InstitutionRelationsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  evidence?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type InstitutionConnection = {
  __typename?: 'InstitutionConnection';
  edges: Array<InstitutionEdge>;
  nodes: Array<Institution>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InstitutionEdge = {
  __typename?: 'InstitutionEdge';
  cursor: Scalars['String']['output'];
  node: Institution;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a claim to an existing source (editor). */
  addClaim: Claim;
  /** Creates an entity (editor). Its id is derived from kind and name unless given; an existing id is BAD_USER_INPUT. */
  createEntity: Entity;
  /** Deletes an entity that no claim was said by (admin). */
  deleteEntity: Scalars['ID']['output'];
  /** Validates, resolves and writes one document in one transaction (editor role). dryRun writes nothing. */
  ingestDocument: IngestResult;
  /**
   * Marks one claim as contradicting or supporting another (editor). The link records who made it and when, and
   * `sourceId`, the source it was read in (NOT_FOUND when no such source), which dates it (ClaimLink.date).
   */
  linkClaims: Claim;
  /**
   * Merges `mergedId` into `survivorId` (admin): relations and claim links move to the survivor, names become
   * aliases, and the merged id keeps resolving to the survivor.
   */
  mergeEntities: Entity;
  /** Retracts a claim, keeping it with who retracted it, when and why (editor). */
  retractClaim: Claim;
  /**
   * Sets how reliable a source, or a publisher (an institution), is: A (reliable) to F (cannot be judged); null clears
   * it (editor). Support grades read it (README, "Independent corroboration").
   */
  setReliability: Node;
  /** Changes an entity's name, aliases or description (editor). */
  updateEntity: Entity;
};


export type MutationAddClaimArgs = {
  claim: ClaimInput;
  sourceId: Scalars['ID']['input'];
};


export type MutationCreateEntityArgs = {
  input: EntityInput;
};


export type MutationDeleteEntityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIngestDocumentArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: Scalars['DocumentInput']['input'];
};


export type MutationLinkClaimsArgs = {
  fromId: Scalars['ID']['input'];
  kind: ClaimLinkKind;
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  toId: Scalars['ID']['input'];
};


export type MutationMergeEntitiesArgs = {
  mergedId: Scalars['ID']['input'];
  survivorId: Scalars['ID']['input'];
};


export type MutationRetractClaimArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetReliabilityArgs = {
  id: Scalars['ID']['input'];
  reliability?: InputMaybe<SourceReliability>;
};


export type MutationUpdateEntityArgs = {
  id: Scalars['ID']['input'];
  patch: EntityPatch;
};

export type Neighborhood = {
  __typename?: 'Neighborhood';
  center: Entity;
  edges: Array<Relation>;
  nodes: Array<Entity>;
  /** True when entities within the depth were left out (see truncatedReason); false when nodes holds them all. */
  truncated: Scalars['Boolean']['output'];
  /** Why entities were left out; null when none were. */
  truncatedReason?: Maybe<NeighborhoodCut>;
};

/** Why a neighbourhood holds fewer entities than are within its depth. */
export type NeighborhoodCut =
  /** More than 500 entities besides the centre are within the depth: the first 500 by id are kept. */
  | 'NODE_CAP';

/** Anything with a stable, readable id: entities (`person:witkoff`), claims (`claim:...`) and sources (`source:...`). */
export type Node = {
  id: Scalars['ID']['output'];
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Path = {
  __typename?: 'Path';
  hops: Array<Hop>;
  length: Scalars['Int']['output'];
  nodes: Array<Entity>;
};

export type Person = Entity & Node & {
  __typename?: 'Person';
  /**
   * The person's roles at institutions (HOLDS_ROLE_IN and HEADS relations) valid at `asOf` (or now), each
   * with its role and period, by institution name, then role and start; at most `first` (1 to 1000).
   */
  affiliations: Array<Relation>;
  aliases: Array<Scalars['String']['output']>;
  claimsAbout: Array<Claim>;
  claimsAboutCount: Scalars['Int']['output'];
  claimsMade: Array<Claim>;
  claimsMadeCount: Scalars['Int']['output'];
  claimsMadePage: ClaimConnection;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Institutions the person holds a role in or heads, at `asOf` (or now); see affiliations for the roles. */
  institutions: Array<Institution>;
  name: Scalars['String']['output'];
  relationCount: Scalars['Int']['output'];
  relations: Array<Relation>;
  relationsPage: RelationConnection;
};


export type PersonAffiliationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type PersonClaimsAboutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonClaimsMadeArgs = {
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};


export type PersonClaimsMadeCountArgs = {
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};


export type PersonClaimsMadePageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};


export type PersonInstitutionsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<EvidenceFilter>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type PersonRelationCountArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  evidence?: InputMaybe<EvidenceFilter>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type PersonRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  evidence?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type PersonRelationsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  evidence?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PolicyTrack = Entity & Node & {
  __typename?: 'PolicyTrack';
  aliases: Array<Scalars['String']['output']>;
  claimsAbout: Array<Claim>;
  claimsAboutCount: Scalars['Int']['output'];
  claimsMade: Array<Claim>;
  claimsMadeCount: Scalars['Int']['output'];
  claimsMadePage: ClaimConnection;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  relationCount: Scalars['Int']['output'];
  relations: Array<Relation>;
  relationsPage: RelationConnection;
  /** People this track is routed through (valid at asOf, or now), with evidence. */
  routedThrough: Array<Relation>;
};


export type PolicyTrackClaimsAboutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PolicyTrackClaimsMadeArgs = {
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};


export type PolicyTrackClaimsMadeCountArgs = {
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};


export type PolicyTrackClaimsMadePageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};


export type PolicyTrackRelationCountArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  evidence?: InputMaybe<EvidenceFilter>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type PolicyTrackRelationsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  evidence?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type PolicyTrackRelationsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  evidence?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type PolicyTrackRoutedThroughArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<EvidenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PolicyTrackConnection = {
  __typename?: 'PolicyTrackConnection';
  edges: Array<PolicyTrackEdge>;
  nodes: Array<PolicyTrack>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PolicyTrackEdge = {
  __typename?: 'PolicyTrackEdge';
  cursor: Scalars['String']['output'];
  node: PolicyTrack;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Who brokers the given policy tracks over time (README, "Brokers over time"): for each month, quarter or year
   * from `from` to `to` (ISO dates, whole buckets, at most limits.maxBuckets), the people the tracks are routed
   * through, with their betweenness and brokerage roles on that bucket's graph (the relations overlapping the bucket
   * that touch a routed person or a requested track, at most limits.maxNodes entities) and the evidence behind them.
   * Relations whose evidence is all retracted, and records absorbed into another period, are left out.
   */
  brokers: BrokersOverTime;
  /**
   * What changed on a track since a date or date-time (ISO 8601): claims about it, relations touching it
   * or evidenced by claims about it, and entities newly linked to it. Newest first.
   */
  changes: Array<GraphChange>;
  claims: ClaimConnection;
  /**
   * Claims made and contradictions opened on a track per MONTH, QUARTER or YEAR, with the speakers on each side.
   * A contradiction opens at its date (its source's publishedDate, else the later of its two claims' dates).
   * `from` and `to` are ISO dates (YYYY, YYYY-MM or YYYY-MM-DD, both included; open when omitted); at most 240 buckets.
   */
  contradictionTimeline: ContradictionTimeline;
  /**
   * Pairs of contradicting claims; with trackId, only pairs where a claim is about that track.
   * @deprecated Answers every pair at once (about 15,000 on a hub track of a million claims): page them with contradictionsConnection.
   */
  contradictions: Array<Contradiction>;
  /**
   * The contradictions of \`contradictions\`, a page at a time: by the contradicting claim's id, then the contradicted
   * claim's id (the order \`contradictions\` answers in), at most \`first\` (0 to 100) after the cursor \`after\`.
   */
  contradictionsConnection: ContradictionConnection;
  /**
   * Drafts an ingestion document from an article's text (reader role, writes nothing; text up to 60,000 characters).
   * Names are resolved against the graph's own names and aliases first; `analyst` (an entity id or name) speaks the
   * article's own analysis, by default its publisher.
   */
  extractDocument: ExtractionDraft;
  institutions: InstitutionConnection;
  /** Entities within depth relations of an entity, and the relations between them, for drawing. */
  neighborhood: Neighborhood;
  /** Any entity, claim or source by id. Unknown ids give a NOT_FOUND error (and null). */
  node?: Maybe<Node>;
  /**
   * Shortest paths between two entities over relations (either direction), at most maxHops long. With `k`, up to k simple paths (no entity twice, 1 to 25), not only the shortest: by length, then by the evidence
   * of their weakest hop, then by their evidence in all. The evidence filter applies to every hop during the search.
   */
  paths: Array<Path>;
  people: PersonConnection;
  /** Full-text search over entity names, aliases, descriptions and claim text, best first. */
  search: Array<SearchHit>;
  /**
   * A policy track's timeline by the date things happened: its events, the claims about it, relations on it
   * starting and ending, and contradictions and supports between its claims (README, "Timeline"). Dated items whose date or approximate period overlaps [from, to]
   * (ISO dates, YYYY, YYYY-MM or YYYY-MM-DD, both included; either may be left open), oldest first; then, with
   * includeUndated, the items no date places, flagged `dated: false`. Retracted claims, and relations all of whose
   * evidence is retracted, are left out unless includeRetracted. Pages of `first` (0 to 100) items, after `after`.
   */
  timeline: TimelineConnection;
  tracks: PolicyTrackConnection;
  /**
   * The tracks routed through a person, with evidence. Traversals answer as the graph stood at `asOf`
   * (an ISO date: YYYY, YYYY-MM or YYYY-MM-DD) or, without it, with what is valid now. They leave out
   * relations whose every evidence claim was retracted unless `includeRetracted`.
   */
  tracksRoutedThrough: Array<RoutedTrack>;
};


export type QueryBrokersArgs = {
  bucket?: InputMaybe<TimeBucket>;
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  trackIds: Array<Scalars['ID']['input']>;
};


export type QueryChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since: Scalars['String']['input'];
  trackId: Scalars['ID']['input'];
};


export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ClaimOrder>;
};


export type QueryContradictionTimelineArgs = {
  bucket?: InputMaybe<TimeBucket>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  trackId: Scalars['ID']['input'];
};


export type QueryContradictionsArgs = {
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  trackId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryContradictionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  trackId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExtractDocumentArgs = {
  analyst?: InputMaybe<Scalars['String']['input']>;
  source: SourceInput;
  text: Scalars['String']['input'];
};


export type QueryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


export type QueryNeighborhoodArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  evidence?: InputMaybe<EvidenceFilter>;
  id: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPathsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<EvidenceFilter>;
  from: Scalars['ID']['input'];
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  k?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  to: Scalars['ID']['input'];
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  includeUndated?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  trackId: Scalars['ID']['input'];
};


export type QueryTracksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
};


export type QueryTracksRoutedThroughArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  evidence?: InputMaybe<EvidenceFilter>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  personId: Scalars['ID']['input'];
};

/**
 * A typed relation between two entities over one period: one role (when it has one) from validFrom to
 * validTo. It exists only because claims assert it. Id: rel:<type>:<from>:<to>, then :as-<role> and
 * :from-<validFrom> (or :until-<validTo> when only the end is known) when it has them.
 */
export type Relation = {
  __typename?: 'Relation';
  /**
   * False when no source dates the relation (no validFrom, no validTo): its sources say it holds, not when.
   * At an `asOf` it counts as `evidence.undated` says: by default from knownFrom on.
   */
  dated: Scalars['Boolean']['output'];
  /**
   * The claims that assert this relation, in the order they were cited (retracted ones left out unless
   * `includeRetracted`); through them, who says so and where. The attribution filters are those of ClaimFilter.
   */
  evidence: Array<Claim>;
  from: Entity;
  id: Scalars['ID']['output'];
  /** The date its evidence was first said (the earliest Claim.date of its live evidence); null when no claim is dated. */
  knownFrom?: Maybe<Scalars['String']['output']>;
  /** The role held (HOLDS_ROLE_IN, HEADS), as the sources name it. */
  role?: Maybe<Scalars['String']['output']>;
  /** ENDED once validTo has passed, or when a source says the relation ended without giving a date; otherwise ACTIVE. */
  status?: Maybe<Scalars['String']['output']>;
  /** How well its live evidence holds up: independent origins, sources, speakers, dates, and a grade. */
  support: Support;
  to: Entity;
  type: RelationType;
  /** Start of the period (ISO date of any precision); null when no source dates it. */
  validFrom?: Maybe<Scalars['String']['output']>;
  /** End of the period; null while it is open or when no source dates its end. */
  validTo?: Maybe<Scalars['String']['output']>;
};


/**
 * A typed relation between two entities over one period: one role (when it has one) from validFrom to
 * validTo. It exists only because claims assert it. Id: rel:<type>:<from>:<to>, then :as-<role> and
 * :from-<validFrom> (or :until-<validTo> when only the end is known) when it has them.
 */
export type RelationEvidenceArgs = {
  attributedTo?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  firstHand?: InputMaybe<Scalars['Boolean']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  publisher?: InputMaybe<Scalars['ID']['input']>;
  relaysAnalysisOf?: InputMaybe<Scalars['ID']['input']>;
};

/** A relation record that was written or folded into another. */
export type RelationChangedEvent = {
  __typename?: 'RelationChangedEvent';
  at: Scalars['String']['output'];
  cursor: Scalars['String']['output'];
  /** The relation's two ends. */
  entityIds: Array<Scalars['ID']['output']>;
  relationId: Scalars['ID']['output'];
};

/** A page of an entity's relations (Entity.relationsPage). */
export type RelationConnection = {
  __typename?: 'RelationConnection';
  /** totalCount by type, types with none left out, by type name. */
  countsByType: Array<RelationTypeCount>;
  edges: Array<RelationEdge>;
  nodes: Array<Relation>;
  pageInfo: PageInfo;
  /** The entity's stored relations of the types and directions asked (count store: asOf and evidence filters do not apply). */
  totalCount: Scalars['Int']['output'];
};

export type RelationEdge = {
  __typename?: 'RelationEdge';
  cursor: Scalars['String']['output'];
  node: Relation;
};

/** The fixed vocabulary of relations between entities. Direction is from -> to. */
export type RelationType =
  /** Person -> Event. */
  | 'ABSENT_FROM'
  /** Person -> Person: supports the other. */
  | 'BACKS'
  /** Person -> Institution or Person: relies on it. */
  | 'DEPENDS_ON'
  /** Person -> Institution or Person. */
  | 'HAS_TIES_TO'
  /** Person -> Institution. */
  | 'HEADS'
  /** Person -> Institution, with a role. */
  | 'HOLDS_ROLE_IN'
  /** Person or Institution -> Person. */
  | 'INFLUENCES'
  /** Person or Institution -> PolicyTrack. */
  | 'INVOLVED_IN'
  /** Person or Institution -> PolicyTrack. */
  | 'MEDIATES'
  /** Person or Institution -> Event. */
  | 'PARTICIPATED_IN'
  /** Event -> PolicyTrack. */
  | 'PART_OF'
  /** Person -> Person: acts as the other's point man. */
  | 'POINT_MAN_FOR'
  /** Person -> Person. */
  | 'RIVALS'
  /** PolicyTrack -> Person: the track is handled through that person. */
  | 'ROUTED_THROUGH'
  /** Person or Institution -> Person. */
  | 'UNDERMINES';

export type RelationTypeCount = {
  __typename?: 'RelationTypeCount';
  count: Scalars['Int']['output'];
  type: RelationType;
};

/** How a link of an attribution chain passed a claim on. */
export type RelayRole =
  /** Cited it or passed it on (an analyst quoting a minister). */
  | 'RELAYED_BY'
  /** Reported it as news (an outlet reporting a quote). */
  | 'REPORTED_BY';

/** Why and by whom a claim was retracted; retracted claims drop out of default answers. */
export type Retraction = {
  __typename?: 'Retraction';
  at: Scalars['String']['output'];
  by: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/** A track and the person it is routed through, with the claims that say so. */
export type RoutedTrack = {
  __typename?: 'RoutedTrack';
  /** The relation's evidence (retracted claims only with includeRetracted). */
  evidence: Array<Claim>;
  relation: Relation;
  track: PolicyTrack;
};


/** A track and the person it is routed through, with the claims that say so. */
export type RoutedTrackEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  node: Node;
  score: Scalars['Float']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** An article or statement. */
export type Source = Node & {
  __typename?: 'Source';
  approximateDate?: Maybe<Scalars['String']['output']>;
  claimCount: Scalars['Int']['output'];
  /** Claims appearing in this source, by id (retracted ones left out), at most `first` (1 to 1000). */
  claims: Array<Claim>;
  id: Scalars['ID']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  /** The publisher as an entity (PUBLISHED_BY), when known; `publisher` is its name as the source gives it. */
  publishedBy?: Maybe<Institution>;
  /** ISO 8601 date when known; null when the source gives none. */
  publishedDate?: Maybe<Scalars['String']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  /** Whose analysis this source writes up (RELAYS): its publisher's own ANALYSIS claims in it are also that analysis. */
  relays: Array<Entity>;
  /** Its reliability (A to F) as a curator set it, else its publisher's; null when none was set. */
  reliability?: Maybe<SourceReliability>;
  /** The full text, when a document carried it (stored once); claims' spans point into it. */
  text?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};


/** An article or statement. */
export type SourceClaimsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The article a draft is extracted from. */
export type SourceInput = {
  /** ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedDate?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  /** http(s) URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Source reliability in the Admiralty (NATO) scale, set by a curator on a source or a publisher. */
export type SourceReliability =
  /** Completely reliable. */
  | 'A'
  /** Usually reliable. */
  | 'B'
  /** Fairly reliable. */
  | 'C'
  /** Not usually reliable. */
  | 'D'
  /** Unreliable. */
  | 'E'
  /** Reliability cannot be judged (the default). */
  | 'F';

/** A passage of a source's text: character offsets (UTF-16 code units, as JavaScript counts), end excluded. */
export type Span = {
  __typename?: 'Span';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** How many times a speaker spoke the claim on one side of the contradictions opened in a bucket. */
export type SpeakerCount = {
  __typename?: 'SpeakerCount';
  count: Scalars['Int']['output'];
  speaker: Entity;
};

/**
 * Live updates over WebSocket (the graphql-ws protocol) at the same address as HTTP: ws://<host>:<port>/graphql.
 * An event is sent only after the write that caused it committed; a write that rolled back sends nothing.
 * Every instance of the API tails one change log kept in Neo4j, so a write made through any instance reaches
 * subscribers of every instance. `since` replays the events after a cursor (an event's `cursor`) that are still
 * within the change log's retention (CHANGE_LOG_RETENTION_HOURS), then continues live.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** A claim was added (by ingestDocument or addClaim). Both filters are optional; given together, both must match. */
  claimAdded: ClaimAddedEvent;
  /**
   * A CONTRADICTS or SUPPORTS link was made (by an ingest or linkClaims), optionally of `kinds` and with a claim about
   * a policy track on either side. The link's provenance is on the claim: `claim { links { linkedBy source date } }`.
   */
  claimLinked: ClaimLinkedEvent;
  /** One claim was recorded as contradicting another (by an ingest or linkClaims), optionally about a policy track. */
  contradictionAdded: ContradictionAddedEvent;
  /** A relation record was created, changed or folded into another, optionally one with the entity at either end. */
  relationChanged: RelationChangedEvent;
};


/**
 * Live updates over WebSocket (the graphql-ws protocol) at the same address as HTTP: ws://<host>:<port>/graphql.
 * An event is sent only after the write that caused it committed; a write that rolled back sends nothing.
 * Every instance of the API tails one change log kept in Neo4j, so a write made through any instance reaches
 * subscribers of every instance. `since` replays the events after a cursor (an event's `cursor`) that are still
 * within the change log's retention (CHANGE_LOG_RETENTION_HOURS), then continues live.
 */
export type SubscriptionClaimAddedArgs = {
  since?: InputMaybe<Scalars['String']['input']>;
  speakerId?: InputMaybe<Scalars['ID']['input']>;
  trackId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Live updates over WebSocket (the graphql-ws protocol) at the same address as HTTP: ws://<host>:<port>/graphql.
 * An event is sent only after the write that caused it committed; a write that rolled back sends nothing.
 * Every instance of the API tails one change log kept in Neo4j, so a write made through any instance reaches
 * subscribers of every instance. `since` replays the events after a cursor (an event's `cursor`) that are still
 * within the change log's retention (CHANGE_LOG_RETENTION_HOURS), then continues live.
 */
export type SubscriptionClaimLinkedArgs = {
  kinds?: InputMaybe<Array<ClaimLinkKind>>;
  since?: InputMaybe<Scalars['String']['input']>;
  trackId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Live updates over WebSocket (the graphql-ws protocol) at the same address as HTTP: ws://<host>:<port>/graphql.
 * An event is sent only after the write that caused it committed; a write that rolled back sends nothing.
 * Every instance of the API tails one change log kept in Neo4j, so a write made through any instance reaches
 * subscribers of every instance. `since` replays the events after a cursor (an event's `cursor`) that are still
 * within the change log's retention (CHANGE_LOG_RETENTION_HOURS), then continues live.
 */
export type SubscriptionContradictionAddedArgs = {
  since?: InputMaybe<Scalars['String']['input']>;
  trackId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Live updates over WebSocket (the graphql-ws protocol) at the same address as HTTP: ws://<host>:<port>/graphql.
 * An event is sent only after the write that caused it committed; a write that rolled back sends nothing.
 * Every instance of the API tails one change log kept in Neo4j, so a write made through any instance reaches
 * subscribers of every instance. `since` replays the events after a cursor (an event's `cursor`) that are still
 * within the change log's retention (CHANGE_LOG_RETENTION_HOURS), then continues live.
 */
export type SubscriptionRelationChangedArgs = {
  entityId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};

/**
 * How well a set of claims holds up (README, "Independent corroboration"): for a relation its live evidence, for
 * a claim the claim and the live claims that support it.
 */
export type Support = {
  __typename?: 'Support';
  /** Live claims counted. */
  claims: Scalars['Int']['output'];
  /** Live claims outside the set that contradict one of them. */
  contradictingClaims: Scalars['Int']['output'];
  /** Their distinct speakers. */
  contradictingOrigins: Scalars['Int']['output'];
  /**
   * Information credibility, 1 (confirmed) to 6 (cannot be judged), derived: uncontradicted, 3 or more independent
   * origins 1, two 2, one 3; contradicted, 4 while its origins are at least as many as the contradicting ones, else 5;
   * no live claim 6.
   */
  credibility: Scalars['Int']['output'];
  /** The earliest Claim.date among them; null when none is dated. */
  firstSaid?: Maybe<Scalars['String']['output']>;
  /** The two ratings side by side, reliability then credibility, as analysts write them: B2, F3. */
  grade: Scalars['String']['output'];
  /**
   * Independent origins: distinct original speakers (a claim's SAID_BY, the start of its attribution chain; for the
   * outlet's own analysis in a write-up of someone's analysis, Source.relays, that analyst). An analyst quoted by two
   * outlets, or an outlet repeating itself, counts once; so do outlets relaying one upstream report.
   */
  independentOrigins: Scalars['Int']['output'];
  /** Their kinds. */
  kinds: Array<ClaimKind>;
  /** The latest Claim.date among them. */
  lastSaid?: Maybe<Scalars['String']['output']>;
  /** True when one is a quote whose speaker is an end of the relation (a principal on the record); false for a claim. */
  onRecord: Scalars['Boolean']['output'];
  /** Distinct publishers of those sources (the publisher entity, else the publisher's name, else the source). */
  publishers: Scalars['Int']['output'];
  /** Source reliability, A (reliable) to F (cannot be judged): the best a curator set on their sources or publishers. */
  reliability: SourceReliability;
  /** Distinct sources they appear in. */
  sources: Scalars['Int']['output'];
  /** Their distinct speakers, in the order their claims come (citation order for a relation). */
  speakers: Array<Entity>;
};

/** The width of a time bucket in answers counted over time (contradictionTimeline). */
export type TimeBucket =
  /** A calendar month. */
  | 'MONTH'
  /** A calendar quarter (January-March, ...). */
  | 'QUARTER'
  /** A calendar year. */
  | 'YEAR';

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEdge>;
  nodes: Array<TimelineItem>;
  pageInfo: PageInfo;
  /** Items over all pages: those in the window, and the undated ones when they are included. */
  totalCount: Scalars['Int']['output'];
  /** How many of totalCount are undated. */
  undatedCount: Scalars['Int']['output'];
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineItem;
};

/** Something that happened on a policy track, placed at the date it happened (not when it was written: see changes). */
export type TimelineItem = {
  __typename?: 'TimelineItem';
  /** True when only an approximate date or interval is known (approximateDate), not an exact one. */
  approximate: Scalars['Boolean']['output'];
  /**
   * When it happened: an ISO 8601 date of the precision the source gives (2025, 2025-04, 2025-04-20), or the
   * start of an approximate interval. Null when undated.
   */
  date?: Maybe<Scalars['String']['output']>;
  /** The date as stored, exact or approximate, e.g. "late April 2025" (which cannot be placed); null when none. */
  dateAsGiven?: Maybe<Scalars['String']['output']>;
  /** False when the sources give no date that can be placed; undated items come after all dated ones. */
  dated: Scalars['Boolean']['output'];
  /**
   * Who says so: the claim itself (CLAIM), the claims that place the event on the track (EVENT), the relation's
   * evidence (RELATION_*), the link's two claims (CONTRADICTION, SUPPORT); retracted claims left out, in citation
   * order, at most `first` (1 to 1000).
   */
  evidence: Array<Claim>;
  kind: TimelineItemKind;
  /** The claim link (CONTRADICTION, SUPPORT), with who made it, when and on which source. */
  link?: Maybe<ClaimLink>;
  /** The event (EVENT) or the claim (CLAIM); for CONTRADICTION and SUPPORT, the claim that states the link. */
  node?: Maybe<Node>;
  /** The precision of `date`; null when undated. */
  precision?: Maybe<DatePrecision>;
  /** The relation (RELATION_STARTED, RELATION_ENDED). */
  relation?: Maybe<Relation>;
  /** The end of an approximate interval (2025-05 for 2025-04/2025-05); null otherwise. */
  until?: Maybe<Scalars['String']['output']>;
};


/** Something that happened on a policy track, placed at the date it happened (not when it was written: see changes). */
export type TimelineItemEvidenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TimelineItemKind =
  /** A claim about the track, at the date it was made. */
  | 'CLAIM'
  /** A contradiction between claims about the track opened, at the link's date (ClaimLink.date). */
  | 'CONTRADICTION'
  /** An event that is part of the track, at the date it took place. */
  | 'EVENT'
  /** A relation on the track ended (its validTo; undated when a source says it ended but gives no date). */
  | 'RELATION_ENDED'
  /** A relation on the track began (its validFrom). */
  | 'RELATION_STARTED'
  /** A claim about the track was supported by another, at the link's date (ClaimLink.date). */
  | 'SUPPORT';

/** How a relation no source dates counts at an `asOf`. */
export type UndatedRelations =
  /** At every date (the sources' silence read as "always"). */
  | 'ALWAYS'
  /** Never, not even today: only dated relations. */
  | 'EXCLUDE'
  /** From the date a claim first said it (Relation.knownFrom) on; never when no claim is dated. The default. */
  | 'SINCE_SAID';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Entity:
    | ( CompiledValue )
    | ( CompiledValue )
    | ( CompiledValue )
    | ( CompiledValue )
  ;
  Node:
    | ( CompiledValue )
    | ( CompiledValue )
    | ( CompiledValue )
    | ( CompiledValue )
    | ( CompiledValue )
    | ( CompiledValue )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AttributionLink: ResolverTypeWrapper<Omit<AttributionLink, 'entity' | 'source'> & { entity?: Maybe<ResolversTypes['Entity']>, source: ResolversTypes['Source'] }>;
  AttributionLinkInput: AttributionLinkInput;
  AttributionRole: AttributionRole;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Broker: ResolverTypeWrapper<Omit<Broker, 'person' | 'tracks'> & { person: ResolversTypes['Person'], tracks: Array<ResolversTypes['PolicyTrack']> }>;
  BrokerBucket: ResolverTypeWrapper<Omit<BrokerBucket, 'brokers'> & { brokers: Array<ResolversTypes['Broker']> }>;
  BrokerLimits: ResolverTypeWrapper<BrokerLimits>;
  BrokerageRoles: ResolverTypeWrapper<BrokerageRoles>;
  BrokersOverTime: ResolverTypeWrapper<Omit<BrokersOverTime, 'buckets' | 'undated'> & { buckets: Array<ResolversTypes['BrokerBucket']>, undated: ResolversTypes['BrokerBucket'] }>;
  ChangeAction: ChangeAction;
  ChangeKind: ChangeKind;
  Claim: ResolverTypeWrapper<CompiledValue>;
  ClaimAddedEvent: ResolverTypeWrapper<Omit<ClaimAddedEvent, 'claim'> & { claim?: Maybe<ResolversTypes['Claim']> }>;
  ClaimConnection: ResolverTypeWrapper<CompiledValue>;
  ClaimEdge: ResolverTypeWrapper<CompiledValue>;
  ClaimFilter: ClaimFilter;
  ClaimInput: ClaimInput;
  ClaimKind: ClaimKind;
  ClaimLink: ResolverTypeWrapper<Omit<ClaimLink, 'claim' | 'source'> & { claim: ResolversTypes['Claim'], source?: Maybe<ResolversTypes['Source']> }>;
  ClaimLinkDirection: ClaimLinkDirection;
  ClaimLinkKind: ClaimLinkKind;
  ClaimLinkedEvent: ResolverTypeWrapper<Omit<ClaimLinkedEvent, 'claim'> & { claim?: Maybe<ResolversTypes['Claim']> }>;
  ClaimOrder: ClaimOrder;
  ClaimOrderField: ClaimOrderField;
  Contradiction: ResolverTypeWrapper<CompiledValue>;
  ContradictionAddedEvent: ResolverTypeWrapper<Omit<ContradictionAddedEvent, 'claim'> & { claim?: Maybe<ResolversTypes['Claim']> }>;
  ContradictionBucket: ResolverTypeWrapper<Omit<ContradictionBucket, 'claimSpeakers' | 'contradictingClaimSpeakers' | 'contradictions'> & { claimSpeakers: Array<ResolversTypes['SpeakerCount']>, contradictingClaimSpeakers: Array<ResolversTypes['SpeakerCount']>, contradictions: Array<ResolversTypes['Contradiction']> }>;
  ContradictionConnection: ResolverTypeWrapper<Omit<ContradictionConnection, 'edges' | 'nodes' | 'pageInfo'> & { edges: Array<ResolversTypes['ContradictionEdge']>, nodes: Array<ResolversTypes['Contradiction']>, pageInfo: ResolversTypes['PageInfo'] }>;
  ContradictionEdge: ResolverTypeWrapper<Omit<ContradictionEdge, 'node'> & { node: ResolversTypes['Contradiction'] }>;
  ContradictionTimeline: ResolverTypeWrapper<Omit<ContradictionTimeline, 'buckets' | 'undated'> & { buckets: Array<ResolversTypes['ContradictionBucket']>, undated: ResolversTypes['ContradictionBucket'] }>;
  DateBasis: DateBasis;
  DatePrecision: DatePrecision;
  Direction: Direction;
  DocumentInput: ResolverTypeWrapper<Scalars['DocumentInput']['output']>;
  DraftDocument: ResolverTypeWrapper<Scalars['DraftDocument']['output']>;
  Entity: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Entity']>;
  EntityFilter: EntityFilter;
  EntityInput: EntityInput;
  EntityKindInput: EntityKindInput;
  EntityOrder: EntityOrder;
  EntityOrderField: EntityOrderField;
  EntityPatch: EntityPatch;
  Event: ResolverTypeWrapper<CompiledValue>;
  EvidenceFilter: EvidenceFilter;
  ExtractionDraft: ResolverTypeWrapper<ExtractionDraft>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphChange: ResolverTypeWrapper<CompiledValue>;
  GraphChangeAction: GraphChangeAction;
  Hop: ResolverTypeWrapper<CompiledValue>;
  HopDirection: HopDirection;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestChange: ResolverTypeWrapper<IngestChange>;
  IngestResult: ResolverTypeWrapper<IngestResult>;
  Institution: ResolverTypeWrapper<CompiledValue>;
  InstitutionConnection: ResolverTypeWrapper<CompiledValue>;
  InstitutionEdge: ResolverTypeWrapper<CompiledValue>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighborhood: ResolverTypeWrapper<CompiledValue>;
  NeighborhoodCut: NeighborhoodCut;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<CompiledValue>;
  Path: ResolverTypeWrapper<CompiledValue>;
  Person: ResolverTypeWrapper<CompiledValue>;
  PersonConnection: ResolverTypeWrapper<CompiledValue>;
  PersonEdge: ResolverTypeWrapper<CompiledValue>;
  PolicyTrack: ResolverTypeWrapper<CompiledValue>;
  PolicyTrackConnection: ResolverTypeWrapper<CompiledValue>;
  PolicyTrackEdge: ResolverTypeWrapper<CompiledValue>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<CompiledValue>;
  RelationChangedEvent: ResolverTypeWrapper<RelationChangedEvent>;
  RelationConnection: ResolverTypeWrapper<Omit<RelationConnection, 'countsByType' | 'edges' | 'nodes' | 'pageInfo'> & { countsByType: Array<ResolversTypes['RelationTypeCount']>, edges: Array<ResolversTypes['RelationEdge']>, nodes: Array<ResolversTypes['Relation']>, pageInfo: ResolversTypes['PageInfo'] }>;
  RelationEdge: ResolverTypeWrapper<Omit<RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationType: RelationType;
  RelationTypeCount: ResolverTypeWrapper<RelationTypeCount>;
  RelayRole: RelayRole;
  Retraction: ResolverTypeWrapper<CompiledValue>;
  RoutedTrack: ResolverTypeWrapper<CompiledValue>;
  SearchHit: ResolverTypeWrapper<CompiledValue>;
  SortDirection: SortDirection;
  Source: ResolverTypeWrapper<CompiledValue>;
  SourceInput: SourceInput;
  SourceReliability: SourceReliability;
  Span: ResolverTypeWrapper<CompiledValue>;
  SpeakerCount: ResolverTypeWrapper<Omit<SpeakerCount, 'speaker'> & { speaker: ResolversTypes['Entity'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Support: ResolverTypeWrapper<Omit<Support, 'speakers'> & { speakers: Array<ResolversTypes['Entity']> }>;
  TimeBucket: TimeBucket;
  TimelineConnection: ResolverTypeWrapper<CompiledValue>;
  TimelineEdge: ResolverTypeWrapper<CompiledValue>;
  TimelineItem: ResolverTypeWrapper<CompiledValue>;
  TimelineItemKind: TimelineItemKind;
  UndatedRelations: UndatedRelations;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AttributionLink: Omit<AttributionLink, 'entity' | 'source'> & { entity?: Maybe<ResolversParentTypes['Entity']>, source: ResolversParentTypes['Source'] };
  AttributionLinkInput: AttributionLinkInput;
  Boolean: Scalars['Boolean']['output'];
  Broker: Omit<Broker, 'person' | 'tracks'> & { person: ResolversParentTypes['Person'], tracks: Array<ResolversParentTypes['PolicyTrack']> };
  BrokerBucket: Omit<BrokerBucket, 'brokers'> & { brokers: Array<ResolversParentTypes['Broker']> };
  BrokerLimits: BrokerLimits;
  BrokerageRoles: BrokerageRoles;
  BrokersOverTime: Omit<BrokersOverTime, 'buckets' | 'undated'> & { buckets: Array<ResolversParentTypes['BrokerBucket']>, undated: ResolversParentTypes['BrokerBucket'] };
  Claim: CompiledValue;
  ClaimAddedEvent: Omit<ClaimAddedEvent, 'claim'> & { claim?: Maybe<ResolversParentTypes['Claim']> };
  ClaimConnection: CompiledValue;
  ClaimEdge: CompiledValue;
  ClaimFilter: ClaimFilter;
  ClaimInput: ClaimInput;
  ClaimLink: Omit<ClaimLink, 'claim' | 'source'> & { claim: ResolversParentTypes['Claim'], source?: Maybe<ResolversParentTypes['Source']> };
  ClaimLinkedEvent: Omit<ClaimLinkedEvent, 'claim'> & { claim?: Maybe<ResolversParentTypes['Claim']> };
  ClaimOrder: ClaimOrder;
  Contradiction: CompiledValue;
  ContradictionAddedEvent: Omit<ContradictionAddedEvent, 'claim'> & { claim?: Maybe<ResolversParentTypes['Claim']> };
  ContradictionBucket: Omit<ContradictionBucket, 'claimSpeakers' | 'contradictingClaimSpeakers' | 'contradictions'> & { claimSpeakers: Array<ResolversParentTypes['SpeakerCount']>, contradictingClaimSpeakers: Array<ResolversParentTypes['SpeakerCount']>, contradictions: Array<ResolversParentTypes['Contradiction']> };
  ContradictionConnection: Omit<ContradictionConnection, 'edges' | 'nodes' | 'pageInfo'> & { edges: Array<ResolversParentTypes['ContradictionEdge']>, nodes: Array<ResolversParentTypes['Contradiction']>, pageInfo: ResolversParentTypes['PageInfo'] };
  ContradictionEdge: Omit<ContradictionEdge, 'node'> & { node: ResolversParentTypes['Contradiction'] };
  ContradictionTimeline: Omit<ContradictionTimeline, 'buckets' | 'undated'> & { buckets: Array<ResolversParentTypes['ContradictionBucket']>, undated: ResolversParentTypes['ContradictionBucket'] };
  DocumentInput: Scalars['DocumentInput']['output'];
  DraftDocument: Scalars['DraftDocument']['output'];
  Entity: ResolversInterfaceTypes<ResolversParentTypes>['Entity'];
  EntityFilter: EntityFilter;
  EntityInput: EntityInput;
  EntityOrder: EntityOrder;
  EntityPatch: EntityPatch;
  Event: CompiledValue;
  EvidenceFilter: EvidenceFilter;
  ExtractionDraft: ExtractionDraft;
  Float: Scalars['Float']['output'];
  GraphChange: CompiledValue;
  Hop: CompiledValue;
  ID: Scalars['ID']['output'];
  IngestChange: IngestChange;
  IngestResult: IngestResult;
  Institution: CompiledValue;
  InstitutionConnection: CompiledValue;
  InstitutionEdge: CompiledValue;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Neighborhood: CompiledValue;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: CompiledValue;
  Path: CompiledValue;
  Person: CompiledValue;
  PersonConnection: CompiledValue;
  PersonEdge: CompiledValue;
  PolicyTrack: CompiledValue;
  PolicyTrackConnection: CompiledValue;
  PolicyTrackEdge: CompiledValue;
  Query: Record<PropertyKey, never>;
  Relation: CompiledValue;
  RelationChangedEvent: RelationChangedEvent;
  RelationConnection: Omit<RelationConnection, 'countsByType' | 'edges' | 'nodes' | 'pageInfo'> & { countsByType: Array<ResolversParentTypes['RelationTypeCount']>, edges: Array<ResolversParentTypes['RelationEdge']>, nodes: Array<ResolversParentTypes['Relation']>, pageInfo: ResolversParentTypes['PageInfo'] };
  RelationEdge: Omit<RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  RelationTypeCount: RelationTypeCount;
  Retraction: CompiledValue;
  RoutedTrack: CompiledValue;
  SearchHit: CompiledValue;
  Source: CompiledValue;
  SourceInput: SourceInput;
  Span: CompiledValue;
  SpeakerCount: Omit<SpeakerCount, 'speaker'> & { speaker: ResolversParentTypes['Entity'] };
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Support: Omit<Support, 'speakers'> & { speakers: Array<ResolversParentTypes['Entity']> };
  TimelineConnection: CompiledValue;
  TimelineEdge: CompiledValue;
  TimelineItem: CompiledValue;
};

export type AttributionLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttributionLink'] = ResolversParentTypes['AttributionLink']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AttributionRole'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type BrokerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Broker'] = ResolversParentTypes['Broker']> = {
  betweenness?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  roles?: Resolver<ResolversTypes['BrokerageRoles'], ParentType, ContextType>;
  tracks?: Resolver<Array<ResolversTypes['PolicyTrack']>, ParentType, ContextType>;
};

export type BrokerBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrokerBucket'] = ResolversParentTypes['BrokerBucket']> = {
  brokers?: Resolver<Array<ResolversTypes['Broker']>, ParentType, ContextType, RequireFields<BrokerBucketBrokersArgs, 'first'>>;
  dated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type BrokerLimitsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrokerLimits'] = ResolversParentTypes['BrokerLimits']> = {
  maxBuckets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pivots?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sampled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type BrokerageRolesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrokerageRoles'] = ResolversParentTypes['BrokerageRoles']> = {
  consultant?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coordinator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gatekeeper?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  liaison?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  representative?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BrokersOverTimeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BrokersOverTime'] = ResolversParentTypes['BrokersOverTime']> = {
  bucket?: Resolver<ResolversTypes['TimeBucket'], ParentType, ContextType>;
  buckets?: Resolver<Array<ResolversTypes['BrokerBucket']>, ParentType, ContextType>;
  engine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  limits?: Resolver<ResolversTypes['BrokerLimits'], ParentType, ContextType>;
  undated?: Resolver<ResolversTypes['BrokerBucket'], ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  about?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  approximateDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attributedTo?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  attribution?: Resolver<Array<ResolversTypes['AttributionLink']>, ParentType, ContextType>;
  contradicts?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateBasis?: Resolver<ResolversTypes['DateBasis'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClaimKind'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['ClaimLink']>, ParentType, ContextType, Partial<ClaimLinksArgs>>;
  retraction?: Resolver<Maybe<ResolversTypes['Retraction']>, ParentType, ContextType>;
  sentence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  span?: Resolver<Maybe<ResolversTypes['Span']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  statedDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  support?: Resolver<ResolversTypes['Support'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimAddedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimAddedEvent'] = ResolversParentTypes['ClaimAddedEvent']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  claimId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  speakerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  trackIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimLink'] = ResolversParentTypes['ClaimLink']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['ClaimLinkDirection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClaimLinkKind'], ParentType, ContextType>;
  linkedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type ClaimLinkedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimLinkedEvent'] = ResolversParentTypes['ClaimLinkedEvent']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  claimId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClaimLinkKind'], ParentType, ContextType>;
  otherClaimId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  trackIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ContradictionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contradiction'] = ResolversParentTypes['Contradiction']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  contradictingClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sharedTracks?: Resolver<Array<ResolversTypes['PolicyTrack']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
};

export type ContradictionAddedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContradictionAddedEvent'] = ResolversParentTypes['ContradictionAddedEvent']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  claimId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  contradictedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trackIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ContradictionBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContradictionBucket'] = ResolversParentTypes['ContradictionBucket']> = {
  claimSpeakers?: Resolver<Array<ResolversTypes['SpeakerCount']>, ParentType, ContextType>;
  claimsMade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contradictingClaimSpeakers?: Resolver<Array<ResolversTypes['SpeakerCount']>, ParentType, ContextType>;
  contradictions?: Resolver<Array<ResolversTypes['Contradiction']>, ParentType, ContextType>;
  contradictionsOpened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContradictionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContradictionConnection'] = ResolversParentTypes['ContradictionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContradictionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Contradiction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContradictionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContradictionEdge'] = ResolversParentTypes['ContradictionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contradiction'], ParentType, ContextType>;
};

export type ContradictionTimelineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContradictionTimeline'] = ResolversParentTypes['ContradictionTimeline']> = {
  bucket?: Resolver<ResolversTypes['TimeBucket'], ParentType, ContextType>;
  buckets?: Resolver<Array<ResolversTypes['ContradictionBucket']>, ParentType, ContextType>;
  undated?: Resolver<ResolversTypes['ContradictionBucket'], ParentType, ContextType>;
};

export interface DocumentInputScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DocumentInput'], any> {
  name: 'DocumentInput';
}

export interface DraftDocumentScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DraftDocument'], any> {
  name: 'DraftDocument';
}

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Event' | 'Institution' | 'Person' | 'PolicyTrack', ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  approximateDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claimsAbout?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<EventClaimsAboutArgs, 'first'>>;
  claimsAboutCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimsMade?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<EventClaimsMadeArgs, 'first'>>;
  claimsMadeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<EventClaimsMadeCountArgs>>;
  claimsMadePage?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<EventClaimsMadePageArgs, 'first'>>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<EventRelationCountArgs, 'direction' | 'includeRetracted'>>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<EventRelationsArgs, 'direction' | 'first' | 'includeRetracted'>>;
  relationsPage?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<EventRelationsPageArgs, 'direction' | 'first' | 'includeRetracted'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExtractionDraftResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExtractionDraft'] = ResolversParentTypes['ExtractionDraft']> = {
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['DraftDocument'], ParentType, ContextType>;
  millis?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newEntities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedEntities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GraphChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphChange'] = ResolversParentTypes['GraphChange']> = {
  action?: Resolver<ResolversTypes['GraphChangeAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['ClaimLink']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type HopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Hop'] = ResolversParentTypes['Hop']> = {
  direction?: Resolver<ResolversTypes['HopDirection'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  support?: Resolver<ResolversTypes['Support'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type IngestChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestChange'] = ResolversParentTypes['IngestChange']> = {
  action?: Resolver<ResolversTypes['ChangeAction'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  changes?: Resolver<Array<ResolversTypes['IngestChange']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InstitutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claimsAbout?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<InstitutionClaimsAboutArgs, 'first'>>;
  claimsAboutCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimsMade?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<InstitutionClaimsMadeArgs, 'first'>>;
  claimsMadeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<InstitutionClaimsMadeCountArgs>>;
  claimsMadePage?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<InstitutionClaimsMadePageArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<InstitutionRelationCountArgs, 'direction' | 'includeRetracted'>>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<InstitutionRelationsArgs, 'direction' | 'first' | 'includeRetracted'>>;
  relationsPage?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<InstitutionRelationsPageArgs, 'direction' | 'first' | 'includeRetracted'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstitutionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstitutionConnection'] = ResolversParentTypes['InstitutionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InstitutionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InstitutionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstitutionEdge'] = ResolversParentTypes['InstitutionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationAddClaimArgs, 'claim' | 'sourceId'>>;
  createEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationCreateEntityArgs, 'input'>>;
  deleteEntity?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'id'>>;
  ingestDocument?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestDocumentArgs, 'dryRun' | 'input'>>;
  linkClaims?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationLinkClaimsArgs, 'fromId' | 'kind' | 'toId'>>;
  mergeEntities?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'mergedId' | 'survivorId'>>;
  retractClaim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType, RequireFields<MutationRetractClaimArgs, 'id' | 'reason'>>;
  setReliability?: Resolver<ResolversTypes['Node'], ParentType, ContextType, RequireFields<MutationSetReliabilityArgs, 'id'>>;
  updateEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationUpdateEntityArgs, 'id' | 'patch'>>;
};

export type NeighborhoodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighborhood'] = ResolversParentTypes['Neighborhood']> = {
  center?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  truncatedReason?: Resolver<Maybe<ResolversTypes['NeighborhoodCut']>, ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Claim' | 'Event' | 'Institution' | 'Person' | 'PolicyTrack' | 'Source', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  hops?: Resolver<Array<ResolversTypes['Hop']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  affiliations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<PersonAffiliationsArgs, 'first' | 'includeRetracted'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claimsAbout?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<PersonClaimsAboutArgs, 'first'>>;
  claimsAboutCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimsMade?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<PersonClaimsMadeArgs, 'first'>>;
  claimsMadeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<PersonClaimsMadeCountArgs>>;
  claimsMadePage?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<PersonClaimsMadePageArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institutions?: Resolver<Array<ResolversTypes['Institution']>, ParentType, ContextType, RequireFields<PersonInstitutionsArgs, 'includeRetracted'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<PersonRelationCountArgs, 'direction' | 'includeRetracted'>>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<PersonRelationsArgs, 'direction' | 'first' | 'includeRetracted'>>;
  relationsPage?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<PersonRelationsPageArgs, 'direction' | 'first' | 'includeRetracted'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PolicyTrackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyTrack'] = ResolversParentTypes['PolicyTrack']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  claimsAbout?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<PolicyTrackClaimsAboutArgs, 'first'>>;
  claimsAboutCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimsMade?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<PolicyTrackClaimsMadeArgs, 'first'>>;
  claimsMadeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<PolicyTrackClaimsMadeCountArgs>>;
  claimsMadePage?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<PolicyTrackClaimsMadePageArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<PolicyTrackRelationCountArgs, 'direction' | 'includeRetracted'>>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<PolicyTrackRelationsArgs, 'direction' | 'first' | 'includeRetracted'>>;
  relationsPage?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<PolicyTrackRelationsPageArgs, 'direction' | 'first' | 'includeRetracted'>>;
  routedThrough?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<PolicyTrackRoutedThroughArgs, 'first' | 'includeRetracted'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PolicyTrackConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyTrackConnection'] = ResolversParentTypes['PolicyTrackConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PolicyTrackEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PolicyTrack']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PolicyTrackEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyTrackEdge'] = ResolversParentTypes['PolicyTrackEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PolicyTrack'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  brokers?: Resolver<ResolversTypes['BrokersOverTime'], ParentType, ContextType, RequireFields<QueryBrokersArgs, 'bucket' | 'from' | 'to' | 'trackIds'>>;
  changes?: Resolver<Array<ResolversTypes['GraphChange']>, ParentType, ContextType, RequireFields<QueryChangesArgs, 'first' | 'since' | 'trackId'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  contradictionTimeline?: Resolver<ResolversTypes['ContradictionTimeline'], ParentType, ContextType, RequireFields<QueryContradictionTimelineArgs, 'bucket' | 'trackId'>>;
  contradictions?: Resolver<Array<ResolversTypes['Contradiction']>, ParentType, ContextType, RequireFields<QueryContradictionsArgs, 'includeRetracted'>>;
  contradictionsConnection?: Resolver<ResolversTypes['ContradictionConnection'], ParentType, ContextType, RequireFields<QueryContradictionsConnectionArgs, 'first' | 'includeRetracted'>>;
  extractDocument?: Resolver<ResolversTypes['ExtractionDraft'], ParentType, ContextType, RequireFields<QueryExtractDocumentArgs, 'source' | 'text'>>;
  institutions?: Resolver<ResolversTypes['InstitutionConnection'], ParentType, ContextType, RequireFields<QueryInstitutionsArgs, 'first'>>;
  neighborhood?: Resolver<ResolversTypes['Neighborhood'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'includeRetracted'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'includeRetracted' | 'maxHops' | 'to'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'first' | 'includeRetracted' | 'includeUndated' | 'trackId'>>;
  tracks?: Resolver<ResolversTypes['PolicyTrackConnection'], ParentType, ContextType, RequireFields<QueryTracksArgs, 'first'>>;
  tracksRoutedThrough?: Resolver<Array<ResolversTypes['RoutedTrack']>, ParentType, ContextType, RequireFields<QueryTracksRoutedThroughArgs, 'includeRetracted' | 'personId'>>;
};

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  dated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<RelationEvidenceArgs, 'first' | 'includeRetracted'>>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  knownFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  support?: Resolver<ResolversTypes['Support'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RelationChangedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationChangedEvent'] = ResolversParentTypes['RelationChangedEvent']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  relationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  countsByType?: Resolver<Array<ResolversTypes['RelationTypeCount']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type RelationTypeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationTypeCount'] = ResolversParentTypes['RelationTypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type RetractionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Retraction'] = ResolversParentTypes['Retraction']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoutedTrackResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoutedTrack'] = ResolversParentTypes['RoutedTrack']> = {
  evidence?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<RoutedTrackEvidenceArgs, 'first' | 'includeRetracted'>>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  track?: Resolver<ResolversTypes['PolicyTrack'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  approximateDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<SourceClaimsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedBy?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  publishedDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relays?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  reliability?: Resolver<Maybe<ResolversTypes['SourceReliability']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Span'] = ResolversParentTypes['Span']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SpeakerCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SpeakerCount'] = ResolversParentTypes['SpeakerCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  claimAdded?: SubscriptionResolver<ResolversTypes['ClaimAddedEvent'], "claimAdded", ParentType, ContextType, Partial<SubscriptionClaimAddedArgs>>;
  claimLinked?: SubscriptionResolver<ResolversTypes['ClaimLinkedEvent'], "claimLinked", ParentType, ContextType, Partial<SubscriptionClaimLinkedArgs>>;
  contradictionAdded?: SubscriptionResolver<ResolversTypes['ContradictionAddedEvent'], "contradictionAdded", ParentType, ContextType, Partial<SubscriptionContradictionAddedArgs>>;
  relationChanged?: SubscriptionResolver<ResolversTypes['RelationChangedEvent'], "relationChanged", ParentType, ContextType, Partial<SubscriptionRelationChangedArgs>>;
};

export type SupportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Support'] = ResolversParentTypes['Support']> = {
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contradictingClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contradictingOrigins?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  credibility?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstSaid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  independentOrigins?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['ClaimKind']>, ParentType, ContextType>;
  lastSaid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onRecord?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  publishers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reliability?: Resolver<ResolversTypes['SourceReliability'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type TimelineConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TimelineItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineItem'], ParentType, ContextType>;
};

export type TimelineItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineItem'] = ResolversParentTypes['TimelineItem']> = {
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateAsGiven?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<TimelineItemEvidenceArgs, 'first'>>;
  kind?: Resolver<ResolversTypes['TimelineItemKind'], ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['ClaimLink']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AttributionLink?: AttributionLinkResolvers<ContextType>;
  Broker?: BrokerResolvers<ContextType>;
  BrokerBucket?: BrokerBucketResolvers<ContextType>;
  BrokerLimits?: BrokerLimitsResolvers<ContextType>;
  BrokerageRoles?: BrokerageRolesResolvers<ContextType>;
  BrokersOverTime?: BrokersOverTimeResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimAddedEvent?: ClaimAddedEventResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimLink?: ClaimLinkResolvers<ContextType>;
  ClaimLinkedEvent?: ClaimLinkedEventResolvers<ContextType>;
  Contradiction?: ContradictionResolvers<ContextType>;
  ContradictionAddedEvent?: ContradictionAddedEventResolvers<ContextType>;
  ContradictionBucket?: ContradictionBucketResolvers<ContextType>;
  ContradictionConnection?: ContradictionConnectionResolvers<ContextType>;
  ContradictionEdge?: ContradictionEdgeResolvers<ContextType>;
  ContradictionTimeline?: ContradictionTimelineResolvers<ContextType>;
  DocumentInput?: GraphQLScalarType;
  DraftDocument?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  ExtractionDraft?: ExtractionDraftResolvers<ContextType>;
  GraphChange?: GraphChangeResolvers<ContextType>;
  Hop?: HopResolvers<ContextType>;
  IngestChange?: IngestChangeResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  InstitutionConnection?: InstitutionConnectionResolvers<ContextType>;
  InstitutionEdge?: InstitutionEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighborhood?: NeighborhoodResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PolicyTrack?: PolicyTrackResolvers<ContextType>;
  PolicyTrackConnection?: PolicyTrackConnectionResolvers<ContextType>;
  PolicyTrackEdge?: PolicyTrackEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationChangedEvent?: RelationChangedEventResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  RelationTypeCount?: RelationTypeCountResolvers<ContextType>;
  Retraction?: RetractionResolvers<ContextType>;
  RoutedTrack?: RoutedTrackResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Span?: SpanResolvers<ContextType>;
  SpeakerCount?: SpeakerCountResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Support?: SupportResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineItem?: TimelineItemResolvers<ContextType>;
};

