// Batched loads of what hangs off entities: relations (per direction and type set) and claims.
import DataLoader from 'dataloader';
import type { GraphDatabase, QueryCounter } from '../db/database.js';
import type { Validity } from '../graph/args.js';
import { manyPer } from '../graph/batch.js';
import { relationFrom, toNodeModel } from '../graph/map-record.js';
import type { ClaimModel, RelationModel } from '../graph/model.js';

export type RelationDirection = 'OUT' | 'IN' | 'BOTH';

/** A loader of an entity's relations for one (direction, types) combination. */
export function createRelationsLoader(
  db: GraphDatabase,
  counter: QueryCounter,
  direction: RelationDirection,
  types: readonly string[],
  valid: Validity,
) {
  return new DataLoader<string, RelationModel[]>(async (ids) => {
    const rows = await db.read(
      db.cypher('entities/relations'),
      { ids, types, out: direction !== 'IN', in: direction !== 'OUT', ...valid },
      counter,
    );
    return manyPer(
      ids,
      rows.map((row) => [String(row.id), relationFrom(row.r, String(row.fromId), String(row.toId))] as const),
    );
  });
}

/** A loader of claims per entity id, for `entities/claims-made` or `entities/claims-about`. */
export function createClaimsLoader(db: GraphDatabase, counter: QueryCounter, query: string) {
  return new DataLoader<string, ClaimModel[]>(async (ids) => {
    const rows = await db.read(db.cypher(query), { ids }, counter);
    return manyPer(ids, rows.map((row) => [String(row.id), toNodeModel(row.c) as ClaimModel] as const));
  });
}
