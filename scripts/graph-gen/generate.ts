// Pure generation: the whole graph as an ordered stream of batches (entities, sources, then claims
// each followed by the relations they evidence), deterministic for a size and seed. No database here.
import { ENTITY_KINDS, type EntityKind } from '../../src/domain/vocabulary.js';
import { ClaimGenerator, generateSources, type ClaimRow, type SourceRow } from './claims.js';
import { generateEntities, type EntityRow } from './entities.js';
import { RecentClaims } from './recent-claims.js';
import { RelationGenerator, type RelationRow } from './relations.js';
import { DEFAULT_BATCH_SIZE, SHAPES, type GraphSize } from './shape.js';
import { speakerRanking } from './speakers.js';

export interface GenerateOptions {
  size: GraphSize;
  /** Default 42. */
  seed?: number;
  /** Rows per batch (claims per claim batch); each batch is one transaction. */
  batchSize?: number;
  log?: (line: string) => void;
}

export type Batch =
  | { kind: 'entities'; label: EntityKind; rows: EntityRow[] }
  | { kind: 'sources'; rows: SourceRow[] }
  | { kind: 'claims'; rows: ClaimRow[] }
  | { kind: 'relations'; rows: RelationRow[] };

export const DEFAULT_SEED = 42;
/** Relations are drawn after every this many claims. */
const RELATION_STEP = 500;

function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** The generated graph, batch by batch; nodes always come before the relationships that need them. */
export function* generateBatches(options: GenerateOptions): Generator<Batch> {
  const shape = SHAPES[options.size];
  const seed = options.seed ?? DEFAULT_SEED;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const table = generateEntities(shape, seed);
  for (const label of ENTITY_KINDS) {
    for (const rows of chunks(table.generated[label], batchSize)) yield { kind: 'entities', label, rows };
  }
  const sources = generateSources(shape, seed);
  for (const rows of chunks(sources, batchSize)) yield { kind: 'sources', rows };

  const recent = new RecentClaims();
  const speakers = speakerRanking(
    shape.persons,
    table.ranked.Person.filter((id) => table.seedIds.has(id)),
    seed,
  );
  const claims = new ClaimGenerator(table, sources, speakers, recent, shape, seed);
  const relations = new RelationGenerator(table, recent, shape, seed);
  const totalRelations = Math.round(shape.claims * shape.relationsPerClaim);
  const relationsDue = (claimCount: number) => Math.round((totalRelations * claimCount) / shape.claims);
  let drawnAt = 0;
  for (let start = 0; start < shape.claims; start += batchSize) {
    const end = Math.min(shape.claims, start + batchSize);
    const rows: ClaimRow[] = [];
    const relationRows: RelationRow[] = [];
    for (let i = start; i < end; i++) {
      rows.push(claims.next(i));
      // Relations keep pace with claims (their evidence is drawn from claims generated so far), at fixed
      // steps so that the graph does not depend on the batch size.
      const done = i + 1;
      if (done % RELATION_STEP === 0 || done === shape.claims) {
        relationRows.push(...relations.next(relationsDue(done) - relationsDue(drawnAt), done));
        drawnAt = done;
      }
    }
    yield { kind: 'claims', rows };
    // Written after this batch's claims, so all the evidence they name exists.
    if (relationRows.length > 0) yield { kind: 'relations', rows: relationRows };
  }
}
