// The shapes resolvers pass around: plain objects mapped from Neo4j records (see map-record.ts).
import { ENTITY_KINDS, type EntityKind, type RelationType } from './vocabulary.js';

export { ENTITY_KINDS, type EntityKind };

export interface EntityModel {
  kind: EntityKind;
  id: string;
  name: string;
  aliases: string[];
  description: string | null;
  date: string | null;
  approximateDate: string | null;
  location: string | null;
  createdAt: string | null;
}

export const CLAIM_KINDS = ['QUOTE', 'REPORT', 'ANALYSIS', 'FACT'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export interface ClaimModel {
  kind: 'Claim';
  id: string;
  text: string;
  claimKind: ClaimKind;
  statedDate: string | null;
  approximateDate: string | null;
  createdAt: string | null;
  retraction: { by: string; at: string; reason: string } | null;
}

export interface SourceModel {
  kind: 'Source';
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedDate: string | null;
  approximateDate: string | null;
  sourceKind: string | null;
  createdAt: string | null;
}

export type NodeModel = EntityModel | ClaimModel | SourceModel;

export interface RelationModel {
  id: string;
  type: RelationType;
  fromId: string;
  toId: string;
  evidenceIds: string[];
  role: string | null;
  validFrom: string | null;
  validTo: string | null;
  status: string | null;
}

/** Ids of what a claim links to, loaded in one batch per request. */
export interface ClaimLinks {
  speakerId: string | null;
  sourceId: string | null;
  attributedToIds: string[];
  aboutIds: string[];
  contradictsIds: string[];
  supportsIds: string[];
  supportedByIds: string[];
}

export interface ConnectionModel<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

export interface PathModel {
  nodeIds: string[];
  hops: { fromId: string; toId: string; relation: RelationModel; direction: 'FORWARD' | 'BACKWARD' }[];
}

export interface NeighborhoodModel {
  centerId: string;
  nodeIds: string[];
  edges: RelationModel[];
}

export interface ContradictionModel {
  claimId: string;
  contradictingClaimId: string;
  sharedTrackIds: string[];
}

export interface SearchHitModel {
  score: number;
  node: NodeModel;
}

export interface RoutedTrackModel {
  trackId: string;
  relation: RelationModel;
}

export function isEntity(node: NodeModel): node is EntityModel {
  return (ENTITY_KINDS as readonly string[]).includes(node.kind);
}

export type EntityConnectionModel = ConnectionModel<EntityModel>;
export type ClaimConnectionModel = ConnectionModel<ClaimModel>;
export type HopModel = PathModel['hops'][number];

export interface GraphChangeModel {
  action: 'CREATED' | 'UPDATED' | 'RETRACTED';
  kind: 'SOURCE' | 'ENTITY' | 'CLAIM' | 'RELATION';
  id: string;
  at: string;
  by: string | null;
  node: NodeModel | null;
  relation: RelationModel | null;
}
