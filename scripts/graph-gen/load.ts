// Bulk loader: writes the generated batches with `UNWIND $rows ... CREATE`, one transaction per batch,
// in generation order (nodes before the relationships that need them), and reports claims per second.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadQueries } from '../../src/db/cypher-files.js';
import type { GraphDatabase } from '../../src/db/database.js';
import { ENTITY_KINDS } from '../../src/domain/vocabulary.js';
import { isRelationType } from '../../src/domain/vocabulary.js';
import { DEFAULT_SEED, generateBatches, type Batch, type GenerateOptions } from './generate.js';
import { SHAPES, type GraphSize } from './shape.js';

export interface LoadStats {
  size: GraphSize;
  nodes: number;
  relationships: number;
  claims: number;
  seconds: number;
  claimsPerSecond: number;
}

/** Who the generated nodes and relations say created them. */
export const GENERATOR_ACTOR = 'generator';
// A batch of a few thousand claims with their links takes a second or two; hubs can make one slower.
const BATCH_TIMEOUT_MS = 300_000;
const LOG_EVERY_MS = 2_000;

const QUERIES = loadQueries(join(dirname(fileURLToPath(import.meta.url)), 'cypher'));

function query(name: string, splice: Record<string, string> = {}): string {
  const text = QUERIES.get(name);
  if (text === undefined) throw new Error(`graph-gen: no query ${name}`);
  return text.replace(/__([A-Z]+)__/g, (_m, key: string) => {
    const value = splice[key];
    if (value === undefined) throw new Error(`graph-gen: ${name} needs ${key}`);
    return value;
  });
}

/** Relationships a batch writes: a claim's speaker, source, subjects, relays and claim links; relations. */
function relationshipsOf(batch: Batch): number {
  if (batch.kind === 'relations') return batch.rows.length;
  if (batch.kind !== 'claims') return 0;
  return batch.rows.reduce((n, c) => n + 2 + c.about.length + c.attributedTo.length + c.contradicts.length + c.supports.length, 0);
}

async function writeBatch(db: GraphDatabase, batch: Batch): Promise<void> {
  const params = { rows: batch.rows, actor: GENERATOR_ACTOR };
  switch (batch.kind) {
    case 'entities':
      if (!ENTITY_KINDS.includes(batch.label)) throw new Error(`graph-gen: label ${batch.label} is not an entity kind`);
      await db.write(query('create-entities', { LABEL: batch.label }), params);
      return;
    case 'sources':
      await db.write(query('create-sources'), params);
      return;
    case 'claims':
      await db.write(query('create-claims'), params);
      return;
    case 'relations':
      for (const row of batch.rows) if (!isRelationType(row.type)) throw new Error(`graph-gen: ${row.type} is not in the vocabulary`);
      await db.write(query('create-relations'), params);
      return;
  }
}

/**
 * Loads the generated graph into `db` (schema applied and seed loaded first by the caller).
 * Two transactions at most are in flight: the next claim batch, and the relations of the claims
 * already committed (relations need only entities, and their evidence names committed claims).
 */
export async function loadGeneratedGraph(db: GraphDatabase, options: GenerateOptions): Promise<LoadStats> {
  const log = options.log ?? (() => {});
  const total = SHAPES[options.size].claims;
  const bulk = db.with({ txTimeoutMs: BATCH_TIMEOUT_MS });
  const started = performance.now();
  const counts = { nodes: 0, relationships: 0, claims: 0, relations: 0 };
  let lastLog = started;
  const report = (force: boolean) => {
    const now = performance.now();
    if (!force && now - lastLog < LOG_EVERY_MS) return;
    lastLog = now;
    const rate = Math.round(counts.claims / ((now - started) / 1000));
    log(`  claims ${counts.claims}/${total}, relations ${counts.relations}, nodes ${counts.nodes}: ${rate} claims/s`);
  };
  const write = async (batch: Batch) => {
    await writeBatch(bulk, batch);
    if (batch.kind !== 'relations') counts.nodes += batch.rows.length;
    counts.relationships += relationshipsOf(batch);
    if (batch.kind === 'claims') counts.claims += batch.rows.length;
    if (batch.kind === 'relations') counts.relations += batch.rows.length;
    report(false);
  };
  log(`graph-gen: size ${options.size}, seed ${options.seed ?? DEFAULT_SEED}`);
  let relations: Promise<void> = Promise.resolve();
  for (const batch of generateBatches(options)) {
    if (batch.kind !== 'relations') {
      await write(batch);
      continue;
    }
    await relations;
    relations = write(batch);
    // Awaited before the next relations batch and at the end; this only keeps Node from calling it unhandled meanwhile.
    relations.catch(() => {});
  }
  await relations;
  report(true);
  const seconds = (performance.now() - started) / 1000;
  return {
    size: options.size,
    nodes: counts.nodes,
    relationships: counts.relationships,
    claims: counts.claims,
    seconds: Math.round(seconds * 100) / 100,
    claimsPerSecond: Math.round(counts.claims / seconds),
  };
}
