// Writes a script's report (Markdown under docs/benchmarks/ or docs/soak/), dated by the day it ran.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isoDay } from '../../src/domain/iso-date.js';
import { repoRoot } from '../../src/base/paths.js';

/** Today's UTC date, YYYY-MM-DD: the date in report titles and file names. */
export const today = (): string => isoDay(new Date());

/** Writes `text` (or its lines) to `path`, relative to the repository root, creating the folder; prints and returns the full path. */
export function writeReport(path: string, text: string | readonly string[]): string {
  const file = join(repoRoot(), path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, typeof text === 'string' ? text : text.join('\n'));
  console.log(`wrote ${path}`);
  return file;
}
