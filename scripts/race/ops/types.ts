// What one raced operation is: the same question asked of three servers (this server's GraphQL, the
// peer's GraphQL, a raw Cypher file), and a normaliser per server to one canonical JSON answer.
import type { BenchmarkIds } from '../../graph-gen/index.js';

export type ServerName = 'this' | 'peer' | 'raw';
export const SERVER_NAMES: readonly ServerName[] = ['this', 'peer', 'raw'];

export interface GraphqlCall {
  kind: 'graphql';
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** A request to the raw server: the name of a file in raw/cypher and its parameters. */
export interface RawCall {
  kind: 'raw';
  cypher: string;
  params: Record<string, unknown>;
}

export type ServerCall = GraphqlCall | RawCall;

export interface OpInput {
  ids: BenchmarkIds;
  /** Today's date (YYYY-MM-DD, UTC): what "valid now" means to every server. */
  today: string;
  /** Per-server state fetched by `prepare` (e.g. the cursor after page 1). */
  prepared?: Partial<Record<ServerName, string>>;
}

export interface OpCalls {
  this: GraphqlCall;
  peer: GraphqlCall;
  raw: RawCall;
}

/** Sends one call to one server and gives back its answer (GraphQL `data`, or the raw `answer`). */
export type Send = (server: ServerName, call: ServerCall) => Promise<unknown>;

/**
 * How answers are compared. `equal`: the canonical answers must be deep-equal. A capped answer whose
 * operation defines no order (at most N of more candidates) may differ between servers in which N it
 * holds; `reference` then checks each against the full candidate set from an uncapped raw query.
 */
export type Comparison =
  | { kind: 'equal' }
  | {
      kind: 'reference';
      /** Problems with one server's canonical answer, found with uncapped raw queries (empty: fine). */
      check(answer: unknown, send: Send, input: OpInput): Promise<string[]>;
    };

export interface RaceOperation {
  key: string;
  title: string;
  calls(input: OpInput): OpCalls;
  /** Canonical answer from each server's answer. */
  normalise: Record<ServerName, (answer: unknown) => unknown>;
  comparison: Comparison;
  /** Runs before checking and timing, for the servers raced; its result becomes `input.prepared`. */
  prepare?(send: Send, input: OpInput, servers: readonly ServerName[]): Promise<Partial<Record<ServerName, string>>>;
  /**
   * Why the peer may be unable to answer (e.g. its query exceeds Neo4j's transaction memory on a hub).
   * When set and the peer answers with an error, the operation is raced without the peer and the
   * report says why; without it, any server's error fails the race.
   */
  peerMayFail?: string;
  /**
   * Variants of this server's text probed once against its default limits and reported (e.g. the
   * same question at its default list sizes, or with the sizes as literals instead of variables).
   */
  probes?(input: OpInput): { label: string; call: GraphqlCall }[];
}

export const graphql = (operationName: string, query: string, variables: Record<string, unknown> = {}): GraphqlCall => ({
  kind: 'graphql',
  operationName,
  query,
  variables,
});

export const raw = (cypher: string, params: Record<string, unknown>): RawCall => ({ kind: 'raw', cypher, params });
