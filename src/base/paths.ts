// Where the repository's folders are, from src/ (tsx) or dist/src/ (built): cypher/, schema/, docs/, .neo4j/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding package.json and neo4j-local/), from src/ or dist/src/. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'neo4j-local'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the repository root (package.json beside neo4j-local/)');
    dir = parent;
  }
  return dir;
}
