// Loads the .cypher files under cypher/ once, as named queries ("paths/shortest") and statement lists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type QueryName = string;

/** Every `cypher/<folder>/<name>.cypher` file, keyed by `<folder>/<name>`. */
export function loadQueries(cypherDir: string): Map<QueryName, string> {
  const queries = new Map<QueryName, string>();
  for (const file of walk(cypherDir)) {
    if (!file.endsWith('.cypher')) continue;
    const name = relative(cypherDir, file).slice(0, -'.cypher'.length).split(sep).join('/');
    queries.set(name, readFileSync(file, 'utf8'));
  }
  return queries;
}

/** Splits a multi-statement file at lines ending in `;`, dropping comment-only chunks. */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    current.push(line);
    if (line.trimEnd().endsWith(';')) {
      statements.push(current.join('\n'));
      current = [];
    }
  }
  statements.push(current.join('\n'));
  return statements
    .map((s) => s.trim().replace(/;$/, ''))
    .filter((s) => s.split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('//')));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
