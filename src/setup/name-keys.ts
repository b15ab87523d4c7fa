// Gives entities written outside the ingest path (the Cypher seed) the name keys resolution uses.
import type { GraphDatabase } from '../db/database.js';
import { nameKeys } from '../graph/names.js';

export async function backfillNameKeys(db: GraphDatabase): Promise<number> {
  const rows = await db.read(db.cypher('ingest/name-keys-missing'), {});
  if (rows.length === 0) return 0;
  const keyed = rows.map((row) => ({
    id: String(row.id),
    keys: nameKeys(String(row.name ?? ''), Array.isArray(row.aliases) ? row.aliases.map(String) : []),
  }));
  await db.write(db.cypher('ingest/name-keys-set'), { rows: keyed });
  return keyed.length;
}
