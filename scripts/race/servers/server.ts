// What the harness needs from each raced server: where to send requests and how many Cypher queries
// it has run for how many requests.
import type { ServerName } from '../ops/types.js';

export interface QueryCounts {
  requests: number;
  queries: number;
}

export interface RaceServer {
  name: ServerName;
  /** GraphQL endpoint, or the raw server's base URL (POST <url>/<cypher file name>). */
  url: string;
  /**
   * Requests served and Cypher queries run so far: this server's for one operation name (from its
   * request log), the peer's and the raw floor's in all (the harness takes differences around runs).
   */
  queryCounts(operationName: string): Promise<QueryCounts>;
  stop(): Promise<void>;
}
