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

/** Loads every seed file, each in one transaction. Seeds MERGE on ids, so reloading changes nothing. */
export async function loadSeed(db: GraphDatabase, cypherDir: string): Promise<number> {
  const dir = join(cypherDir, 'seed');
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort();
  for (const file of files) {
    const statements = splitStatements(readFileSync(join(dir, file), 'utf8'));
    await db.writeAll(statements.map((cypher) => ({ cypher })));
  }
  await backfillNameKeys(db);
  return files.length;
}

export async function isEmpty(db: GraphDatabase): Promise<boolean> {
  const rows = await db.read('MATCH (n) RETURN count(n) > 0 AS any LIMIT 1', {});
  return rows[0]?.any !== true;
}
