// Applies cypher/schema (constraints, indexes) and loads cypher/seed when the database is empty.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { backfillNameKeys } from './name-keys.js';
import { splitStatements } from '../db/cypher-files.js';
import type { GraphDatabase } from '../db/database.js';

/** Runs every schema statement (each is IF NOT EXISTS) and waits for the indexes to come online. */
export async function applySchema(db: GraphDatabase, cypherDir: string): Promise<void> {
  const statements = splitStatements(readFileSync(join(cypherDir, 'schema', 'constraints.cypher'), 'utf8'));
  // Schema changes cannot share a transaction with each other's index population; one per statement.
  for (const statement of statements) await db.write(statement, {});
  // Populating a new index over an existing graph can outlast the request timeout: wait up to 5 minutes.
  await db.with({ txTimeoutMs: 330_000 }).write('CALL db.awaitIndexes(300)', {});
}

/**
 * Loads every seed file and gives the seed's entities their name keys, all in one transaction: until it
 * commits nobody sees a partial seed (or seed entities that ingest cannot resolve by name yet). Seeds MERGE
 * on ids, so reloading changes nothing.
 */
export async function loadSeed(db: GraphDatabase, cypherDir: string): Promise<number> {
  const dir = join(cypherDir, 'seed');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  const statements = files.flatMap((file) => splitStatements(readFileSync(join(dir, file), 'utf8')));
  await db.with({ txTimeoutMs: SEED_TIMEOUT_MS }).transaction('WRITE', async (tx) => {
    for (const cypher of statements) await tx.run(cypher);
    await backfillNameKeys(tx, db);
  });
  return files.length;
}

// A seed is small, but a busy machine can take a while over it; the request timeout is not meant for it.
const SEED_TIMEOUT_MS = 300_000;

export async function isEmpty(db: GraphDatabase): Promise<boolean> {
  const rows = await db.readPlain('MATCH (n) RETURN count(n) > 0 AS any LIMIT 1', {});
  return rows[0]?.any !== true;
}
