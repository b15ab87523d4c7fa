// The per-request context: request id, principal, the database and a Cypher counter.
import { randomUUID } from 'node:crypto';
import { ANONYMOUS, type Principal } from '../auth/roles.js';
import { isoDay } from '../domain/iso-date.js';
import type { GraphDatabase, QueryCounter, RequestBookmarks } from '../db/database.js';
import type { ChangeSource } from './change-source.js';

export interface Context {
  requestId: string;
  principal: Principal;
  /** Who per-client limits count this request against (admission.ts `clientKey`: the remote address). */
  client: string;
  /** A problem with the request's credentials (or bookmarks) found while building the context; raised by the request pipeline. */
  authError?: unknown;
  db: GraphDatabase;
  counter: QueryCounter;
  /** The day the request arrived (ISO date, UTC): "now" for every read of this request without `asOf`. */
  today: string;
  /** The client's `Idempotency-Key` header, if sent (see write-receipt.ts). */
  idempotencyKey?: string;
  /** The instance's change feed, for subscriptions (set on WebSocket operations only). */
  changes?: ChangeSource;
  /** The bookmarks the client sent and the one its writes produced (HTTP only; server/bookmarks.ts). */
  bookmarks?: RequestBookmarks;
}

/** `context` whose reads wait for `given` bookmarks and whose writes note theirs (read your own writes). */
export function withBookmarks(context: Context, given: readonly string[]): Context {
  const bookmarks: RequestBookmarks = { given, written: [] };
  return { ...context, db: context.db.forRequest(bookmarks), bookmarks };
}

/** Builds a request's context. */
export function createContext(
  db: GraphDatabase,
  {
    requestId = randomUUID(),
    principal = ANONYMOUS,
    idempotencyKey,
    client = 'local',
    today = isoDay(new Date()),
  }: { requestId?: string; principal?: Principal; idempotencyKey?: string; client?: string; today?: string } = {},
): Context {
  const counter: QueryCounter = { count: 0 };
  return { requestId, principal, client, db, counter, today, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) };
}
