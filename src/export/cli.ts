// npm run export -- --scope graph|track|neighborhood|paths --format graphml|json|csv [--id ...] [--depth N]
//   [--from ... --to ... --maxHops N] [--asOf DATE] [--includeRetracted] [--part nodes|edges] [--out PATH]
// Streams an export straight from Neo4j to a file or stdout, with GET /export's parameters and rules. CSV
// without --part writes nodes.csv and edges.csv into the folder --out names.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { AppError } from '../base/errors.js';
import { isoDay } from '../domain/iso-date.js';
import { loadConfig } from '../config.js';
import { connectDatabase, resolveNeo4j } from '../db/connect.js';
import type { GraphDatabase } from '../db/database.js';
import { exportChunks, type ExportStats } from './run.js';
import { parseExportRequest, type RawParams } from './request.js';

const USAGE =
  'usage: npm run export -- --scope graph|track|neighborhood|paths --format graphml|json|csv [--id ID] [--depth N] ' +
  '[--from ID --to ID --maxHops N] [--asOf YYYY[-MM[-DD]]] [--includeRetracted] [--part nodes|edges] [--out FILE|FOLDER]\n' +
  '  evidence filter: [--knownAt DATE] [--undated SINCE_SAID|ALWAYS|EXCLUDE] [--kinds QUOTE,REPORT] [--onRecord]\n' +
  '  [--minIndependent N] [--excludeSpeakers ID,ID]';

/** The evidence filter's options that take a value (as GET /export's parameters of the same names). */
const EVIDENCE_TEXT = ['knownAt', 'undated', 'kinds', 'minIndependent', 'excludeSpeakers'] as const;
const TEXT_OPTIONS = ['scope', 'format', 'part', 'id', 'depth', 'from', 'to', 'maxHops', 'asOf', 'out', ...EVIDENCE_TEXT] as const;

function parse(): { raw: RawParams; out: string | undefined } {
  const { values } = parseArgs({
    options: {
      ...Object.fromEntries(TEXT_OPTIONS.map((name) => [name, { type: 'string' as const }])),
      includeRetracted: { type: 'boolean' },
      onRecord: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const { out, includeRetracted, onRecord, help: _help, ...rest } = values as Record<string, string | boolean | undefined>;
  const raw: RawParams = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  if (includeRetracted) raw.includeRetracted = 'true';
  if (onRecord) raw.onRecord = 'true';
  return { raw, out: out as string | undefined };
}

async function write(db: GraphDatabase, raw: RawParams, out: string | undefined, timeoutMs: number): Promise<ExportStats> {
  const request = parseExportRequest(raw, isoDay(new Date()));
  const stats: ExportStats = { nodes: 0, edges: 0, characters: 0 };
  const sink = out ? createWriteStream(out) : process.stdout;
  await pipeline(Readable.from(exportChunks(db, request, { timeoutMs }, stats)), sink);
  return stats;
}

async function main(): Promise<number> {
  const { raw, out } = parse();
  // Both CSV tables need a folder to go into; checked before anything starts.
  const bothTables = raw.format === 'csv' && raw.part === undefined;
  if (bothTables && !out)
    throw new AppError('BAD_USER_INPUT', 'format csv without --part needs --out FOLDER (nodes.csv and edges.csv go there)');
  parseExportRequest(bothTables ? { ...raw, part: 'nodes' } : raw, isoDay(new Date()));
  const config = loadConfig();
  const { uri, local } = await resolveNeo4j(config, (line) => console.error(line));
  const db = connectDatabase(config, uri);
  const started = Date.now();
  try {
    const targets = bothTables
      ? (mkdirSync(out!, { recursive: true }),
        [
          { part: 'nodes', file: join(out!, 'nodes.csv') },
          { part: 'edges', file: join(out!, 'edges.csv') },
        ])
      : [{ part: raw.part, file: out }];
    for (const target of targets) {
      const stats = await write(db, { ...raw, part: target.part }, target.file, config.EXPORT_TIMEOUT_MS);
      if (target.file) {
        const seconds = (Date.now() - started) / 1000;
        console.error(`export: ${stats.nodes} nodes, ${stats.edges} edges to ${target.file} in ${seconds.toFixed(1)} s`);
      }
    }
  } finally {
    await db.close();
    if (local?.startedHere) await local.stop();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`export: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(error instanceof AppError && error.extensions.code === 'BAD_USER_INPUT' ? 2 : 1);
  },
);
