// What a subscription resolver needs of the instance's change feed (src/live/change-feed.ts).
import type { ChangeEvent } from '../db/change-log.js';

export interface ChangeSource {
  /**
   * The committed events `accept` takes, in log order: those after `since` (a replay, within the log's
   * retention) and then live ones, or only those committed from now on when `since` is absent.
   */
  subscribe(accept: (event: ChangeEvent) => boolean, since?: number): Promise<AsyncIterableIterator<ChangeEvent>>;
}
