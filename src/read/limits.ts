// Every bound of the read side, in one place: page sizes, nested lists, traversals, search, the change log,
// and the list size the cost estimate assumes. The argument checks, the compiled Cypher, the exports and the
// cost estimate (server/operation-cost.ts) all read them here, so a bound changes in one line.
import { boundedInt } from '../domain/args.js';

/** An integer argument's default and its accepted range. */
export interface Bound {
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

export const READ_LIMITS = {
  /** `first` of a root connection (people, institutions, tracks, claims). */
  page: { default: 20, min: 0, max: 100 },
  /** `first` of a track's timeline: a whole page of events by default. */
  timelinePage: { default: 100, min: 0, max: 100 },
  /** `first` of a nested list (relations, evidence, claims of an entity): the default is a cap, not a size. */
  nestedList: { default: 100, min: 0, max: 1000 },
  /** `first` of a page of an entity's relations or claims (relationsPage, claimsMadePage): a page, not a whole list. */
  relationsPage: { default: 20, min: 0, max: 100 },
  /** `first` of the change log. */
  changes: { default: 50, min: 1, max: 500 },
  /** `first` of a search, and the longest query text. */
  search: { default: 10, min: 1, max: 50 },
  searchQueryLength: 200,
  /** Shortest paths: `maxHops`, and the most paths one answer follows. */
  maxHops: { default: 4, min: 1, max: 6 },
  paths: 25,
  /** Simple paths (`paths(k:)`): how many one answer may ask for. */
  k: { default: 1, min: 1, max: 25 },
  /** Neighbourhood: `depth`, and the most entities one answer holds besides the centre. */
  depth: { default: 1, min: 1, max: 3 },
  neighborhoodNodes: 500,
  /** brokers: requested tracks, buckets of one window, and entities of one bucket graph. Betweenness is exact on
   * that graph (graphology-metrics: about 50 ms at 500 entities, 0.3-0.5 s at 1,000), for each of up to 13 graphs. */
  brokers: { maxTracks: 20, maxBuckets: 120, maxNodes: 500 },
  /** Items the cost estimate assumes for a list no argument sizes (relations, evidence, hops ...). */
  assumedListSize: 10,
} as const satisfies Record<string, Bound | number | Record<string, number>>;

/** An integer argument within `bound` (its default when absent), else BAD_USER_INPUT naming the argument. */
export function within(value: unknown, bound: Bound, argument: string): number {
  return boundedInt(value as number | null | undefined, bound.default, bound.min, bound.max, argument);
}
