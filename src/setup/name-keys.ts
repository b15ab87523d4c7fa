// Gives entities written outside the ingest path (the Cypher seed) the name keys resolution uses.
import type { GraphDatabase, TxRunner } from '../db/database.js';
import { nameKeys } from '../domain/names.js';

/** Gives every entity without name keys its keys, inside the caller's transaction. */
export async function backfillNameKeys(tx: TxRunner, db: GraphDatabase): Promise<number> {
  const rows = await tx.run(db.cypher('ingest/name-keys-missing'));
  if (rows.length === 0) return 0;
  const keyed = rows.map((row) => ({
    id: String(row.id),
    keys: nameKeys(String(row.name ?? ''), Array.isArray(row.aliases) ? row.aliases.map(String) : []),
  }));
  await tx.run(db.cypher('ingest/name-keys-set'), { rows: keyed });
  return keyed.length;
}
