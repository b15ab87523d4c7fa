// Batches node-by-id lookups (entities, claims, sources) into one query per request tick.
import DataLoader from 'dataloader';
import type { GraphDatabase, QueryCounter } from '../db/database.js';
import { onePer } from '../graph/batch.js';
import { toNodeModel } from '../graph/map-record.js';
import type { NodeModel } from '../graph/model.js';
import { notFound } from '../server/errors.js';

export function createNodeLoader(db: GraphDatabase, counter: QueryCounter) {
  return new DataLoader<string, NodeModel>(async (ids) => {
    const rows = await db.read(db.cypher('nodes/by-ids'), { ids }, counter);
    const found = rows.map((row) => ({ key: String(row.id), node: toNodeModel(row.n) }));
    return onePer(ids, found, (f) => f.key, notFound).map((f) => (f instanceof Error ? f : f.node));
  });
}
