// npm run ingest -- [--dry-run] <file-or-folder>...: ingests JSON documents straight into Neo4j,
// one transaction per file; a bad file is reported and the others go on.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { userInfo } from 'node:os';
import { loadConfig } from '../config.js';
import { connectDatabase, CYPHER_DIR, resolveNeo4j } from '../db/connect.js';
import { writeReceipt } from '../db/write-receipts.js';
import { applySchema } from '../setup/schema-setup.js';
import { AppError } from '../base/errors.js';
import { ingestDocument, type IngestSummary } from './ingest.js';

function documentFiles(paths: string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(path, f))
      : [path],
  );
}

function describeError(error: unknown): string {
  if (error instanceof AppError) {
    const problems = error.extensions.problems as { path: string; message: string }[] | undefined;
    return problems ? problems.map((p) => `\n    ${p.path}: ${p.message}`).join('') : ` ${error.message}`;
  }
  return ` ${error instanceof Error ? error.message : String(error)}`;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const paths = args.filter((a) => a !== '--dry-run');
  if (paths.length === 0) {
    console.error('usage: npm run ingest -- [--dry-run] <file-or-folder>...');
    return 2;
  }
  const files = documentFiles(paths);
  const config = loadConfig();
  const { uri, local } = await resolveNeo4j(config);
  const db = connectDatabase(config, uri);
  const actor = `cli:${userInfo().username}`;
  const totals = { ok: 0, failed: 0, created: 0, updated: 0, unchanged: 0 };
  try {
    await applySchema(db, CYPHER_DIR);
    for (const [i, file] of files.entries()) {
      const prefix = `[${i + 1}/${files.length}] ${basename(file)}`;
      try {
        const document: unknown = JSON.parse(readFileSync(file, 'utf8'));
        const receipt = writeReceipt('ingestDocument', document);
        const summary: IngestSummary = await ingestDocument(db, document, { dryRun, actor, receipt });
        totals.ok++;
        totals.created += summary.created;
        totals.updated += summary.updated;
        totals.unchanged += summary.unchanged;
        console.log(`${prefix}: created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}`);
      } catch (error) {
        totals.failed++;
        console.log(`${prefix}: FAILED${describeError(error)}`);
      }
    }
  } finally {
    await db.close();
    if (local?.startedHere) await local.stop();
  }
  console.log(
    `${dryRun ? 'Dry run: ' : ''}${totals.ok} ingested, ${totals.failed} failed; ` +
      `${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged`,
  );
  return totals.failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
