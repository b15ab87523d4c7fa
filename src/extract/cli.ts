// npm run extract -- article.txt [--source-title T] [--publisher P] [--url U] [--date YYYY-MM-DD] [--analyst A]
//   [--out draft.json] [--ingest [--yes]]
// Drafts an ingestion document from an article (names resolved against the graph), writes it as JSON (stdout or
// --out) for review; with --ingest, shows the dry run's changes first and ingests only after a "y".
import { readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { AppError } from '../base/errors.js';
import { loadConfig } from '../config.js';
import { connectDatabase, resolveNeo4j } from '../db/connect.js';
import { writeReceipt } from '../db/write-receipts.js';
import { ingestDocument, type IngestSummary } from '../ingest/ingest.js';
import { draftFromText } from './resolvers.js';

const USAGE =
  'usage: npm run extract -- <article.txt> [--source-title T] [--publisher P] [--url U] [--date YYYY-MM-DD] [--analyst A] ' +
  '[--out draft.json] [--ingest [--yes]]';

function parse() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'source-title': { type: 'string' },
      publisher: { type: 'string' },
      url: { type: 'string' },
      date: { type: 'string' },
      analyst: { type: 'string' },
      out: { type: 'string' },
      ingest: { type: 'boolean' },
      yes: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  return { file: positionals[0]!, ...values };
}

/** The article's first non-empty line: its headline, the title when none is given. */
function headline(text: string): string {
  return (text.split('\n').find((line) => line.trim() !== '') ?? 'Untitled article').trim().slice(0, 500);
}

function describe(summary: IngestSummary): string {
  const lines = summary.changes
    .filter((c) => c.action !== 'UNCHANGED')
    .map((c) => `  ${c.action.padEnd(9)} ${c.kind.padEnd(8)} ${c.id}${c.detail ? `  (${c.detail})` : ''}`);
  return [`${summary.created} to create, ${summary.updated} to update, ${summary.unchanged} unchanged`, ...lines].join('\n');
}

function problemsOf(error: unknown): string {
  const problems = error instanceof AppError ? (error.extensions.problems as { path: string; message: string }[] | undefined) : undefined;
  return problems
    ? problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')
    : `  ${error instanceof Error ? error.message : String(error)}`;
}

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const options = parse();
  const text = readFileSync(options.file, 'utf8');
  const source = {
    title: options['source-title'] ?? headline(text),
    publisher: options.publisher,
    url: options.url,
    publishedDate: options.date,
  };
  const config = loadConfig();
  const { uri, local } = await resolveNeo4j(config, (line) => console.error(line));
  const db = connectDatabase(config, uri);
  try {
    const draft = await draftFromText(db, { text, source, analyst: options.analyst });
    console.error(
      `extract: ${draft.claims} claims, ${draft.relations} relations, ${draft.resolvedEntities} entities found in the graph and ` +
        `${draft.newEntities} new, in ${draft.millis} ms`,
    );
    const json = `${JSON.stringify(draft.document, null, 2)}\n`;
    if (options.out) writeFileSync(options.out, json);
    else if (!options.ingest) process.stdout.write(json);
    if (!options.ingest) return 0;

    const actor = `cli:${userInfo().username}`;
    let dryRun: IngestSummary;
    try {
      dryRun = await ingestDocument(db, draft.document, { dryRun: true, actor });
    } catch (error) {
      console.error(`The draft does not ingest as it is:\n${problemsOf(error)}`);
      return 1;
    }
    console.error(`Dry run:\n${describe(dryRun)}`);
    if (!options.yes && !(await confirm('Ingest this draft? [y/N] '))) {
      console.error('Not ingested.');
      return 0;
    }
    const summary = await ingestDocument(db, draft.document, {
      dryRun: false,
      actor,
      receipt: writeReceipt('ingestDocument', draft.document),
    });
    console.error(`Ingested ${summary.sourceId}: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged`);
    return 0;
  } finally {
    await db.close();
    if (local?.startedHere) await local.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`extract: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof AppError && error.extensions.code === 'BAD_USER_INPUT' ? 2 : 1);
  },
);
