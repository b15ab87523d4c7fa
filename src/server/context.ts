// The per-request context: request id, the database, a Cypher counter and a fresh set of DataLoaders.
import { randomUUID } from 'node:crypto';
import { ANONYMOUS, type Principal } from '../auth/roles.js';
import type { GraphDatabase, QueryCounter } from '../db/database.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  requestId: string;
  principal: Principal;
  /** A credential problem found while building the context; raised by the request pipeline. */
  authError?: unknown;
  db: GraphDatabase;
  counter: QueryCounter;
  loaders: Loaders;
}

/** Builds a context; loaders never outlive the request they were made for. */
export function createContext(
  db: GraphDatabase,
  { requestId = randomUUID(), principal = ANONYMOUS }: { requestId?: string; principal?: Principal } = {},
): Context {
  const counter: QueryCounter = { count: 0 };
  return { requestId, principal, db, counter, loaders: createLoaders(db, counter) };
}
