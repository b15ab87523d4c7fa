// How big each generated graph is and how it is shaped: counts per kind, relations per claim, hub
// degrees, and the mix of claim kinds, dates and links. Numbers are on top of the seed graph.

export type GraphSize = 'S' | 'M' | 'L' | 'XS' | 'W';
/** W (wide): 100,000 entities and few claims each, the export benchmark's graph (scripts/bench-export.ts). */
export const GRAPH_SIZES: readonly GraphSize[] = ['XS', 'S', 'M', 'L', 'W'];

export interface GraphShape {
  persons: number;
  institutions: number;
  events: number;
  /** Policy tracks added to the seed's three. */
  extraTracks: number;
  sources: number;
  claims: number;
  /** Entity relations per claim (the seed article has 34 for 25 claims). */
  relationsPerClaim: number;
  /** Relations of the generated hub person (person:gen-0), and extra ones of the seed's Witkoff. */
  hubDegree: number;
  witkoffDegree: number;
}

// Nodes ≈ persons + institutions + events + tracks + sources + claims; L is sized by its claims.
export const SHAPES: Record<GraphSize, GraphShape> = {
  XS: {
    persons: 240,
    institutions: 50,
    events: 40,
    extraTracks: 3,
    sources: 130,
    claims: 1_000,
    relationsPerClaim: 1.4,
    hubDegree: 300,
    witkoffDegree: 150,
  },
  S: {
    persons: 1_600,
    institutions: 300,
    events: 250,
    extraTracks: 5,
    sources: 850,
    claims: 7_000,
    relationsPerClaim: 1.4,
    hubDegree: 2_800,
    witkoffDegree: 1_500,
  },
  M: {
    persons: 16_000,
    institutions: 3_000,
    events: 2_500,
    extraTracks: 8,
    sources: 8_500,
    claims: 70_000,
    relationsPerClaim: 1.4,
    hubDegree: 12_000,
    witkoffDegree: 5_000,
  },
  W: {
    persons: 80_000,
    institutions: 12_000,
    events: 8_000,
    extraTracks: 5,
    sources: 10_000,
    claims: 100_000,
    relationsPerClaim: 1.4,
    hubDegree: 5_000,
    witkoffDegree: 2_000,
  },
  L: {
    persons: 230_000,
    institutions: 43_000,
    events: 36_000,
    extraTracks: 12,
    sources: 120_000,
    claims: 1_000_000,
    relationsPerClaim: 1.4,
    hubDegree: 40_000,
    witkoffDegree: 16_000,
  },
};

/** Exponent of the Zipf laws that pick relation endpoints, claim subjects and speakers. */
export const ZIPF_EXPONENT = 1.0;

export const CLAIM_KIND_WEIGHTS = { QUOTE: 35, REPORT: 25, ANALYSIS: 28, FACT: 12 } as const;

/** Shares of claims with each optional feature. */
export const CLAIM_MIX = {
  /** The rest carry an approximateDate only. */
  statedDate: 0.88,
  retracted: 0.005,
  attributed: 0.3,
  /** First subject is a policy track. */
  aboutTrack: 0.65,
  contradicts: 0.05,
  supports: 0.04,
};

/** Relation type mix of background relations (the seed's mix, smoothed). */
export const RELATION_TYPE_WEIGHTS = {
  HOLDS_ROLE_IN: 9,
  HEADS: 2,
  ROUTED_THROUGH: 2,
  POINT_MAN_FOR: 2,
  INFLUENCES: 14,
  BACKS: 10,
  UNDERMINES: 6,
  RIVALS: 5,
  HAS_TIES_TO: 12,
  DEPENDS_ON: 6,
  PARTICIPATED_IN: 10,
  ABSENT_FROM: 3,
  MEDIATES: 3,
  INVOLVED_IN: 12,
  PART_OF: 4,
} as const;

export const RELATION_MIX = {
  ended: 0.08,
  /** Relations with a validFrom (ended dated ones also get a validTo). */
  dated: 0.3,
};

/** Claims per batch (entities and sources batch by the same count); each batch is one transaction. */
export const DEFAULT_BATCH_SIZE = 2_000;
