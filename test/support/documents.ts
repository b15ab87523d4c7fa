// Fixture documents (test/fixtures/documents) and the ingest mutation, shared by the ingest tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/base/paths.js';

export const FIXTURE_DIR = join(repoRoot(), 'test', 'fixtures', 'documents');

/** The valid fixtures in file (= chronological) order. */
export function fixtureDocuments(): { file: string; document: Record<string, unknown> }[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, document: JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as Record<string, unknown> }));
}

export function invalidDocument(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, 'invalid', name), 'utf8')) as Record<string, unknown>;
}

export const INGEST = /* GraphQL */ `
  mutation Ingest($input: DocumentInput!, $dryRun: Boolean) {
    ingestDocument(input: $input, dryRun: $dryRun) {
      dryRun sourceId created updated unchanged
      changes { action kind id detail }
    }
  }
`;

export interface IngestResult {
  ingestDocument: {
    dryRun: boolean;
    sourceId: string;
    created: number;
    updated: number;
    unchanged: number;
    changes: { action: string; kind: string; id: string; detail: string | null }[];
  };
}

/**
 * Every node and relationship with its properties, minus audit timestamps and actors, in a stable order;
 * write receipts and the change log (the writes' bookkeeping, src/db/write-receipts.ts, src/db/change-log.ts) left out.
 */
export const GRAPH_SNAPSHOT = `
MATCH (n) WHERE NOT n:WriteReceipt AND NOT n:ChangeEvent AND NOT n:ChangeLogHead
WITH n ORDER BY n.id
WITH collect([labels(n), [k IN keys(n) WHERE NOT k IN $ignore | [k, n[k]]]]) AS nodes
MATCH (a)-[r]->(b)
WITH nodes, a, r, b ORDER BY a.id, type(r), b.id, r.id
RETURN nodes, collect([a.id, type(r), b.id, [k IN keys(r) WHERE NOT k IN $ignore | [k, r[k]]]]) AS rels
`;
export const AUDIT_KEYS = ['createdAt', 'updatedAt', 'createdBy', 'updatedBy'];
