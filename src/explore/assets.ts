// The explorer's static files: cytoscape's own dist bundle plus explore.js and explore.css, read once into memory.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { EXPLORE_SCRIPT } from './explore-script.js';
import { EXPLORE_STYLE } from './explore-style.js';

export interface Asset {
  type: string;
  body: Buffer;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

const OWN_FILES = new Map<string, Asset>([
  ['explore.js', { type: JS, body: Buffer.from(EXPLORE_SCRIPT) }],
  ['explore.css', { type: CSS, body: Buffer.from(EXPLORE_STYLE) }],
]);
// cytoscape's `exports` list its dist files but not its package.json, hence the path from the bundle.
const CYTOSCAPE = { name: 'cytoscape.min.js', module: 'cytoscape/dist/cytoscape.min.js' };

// The .map files are not served, so drop the comments that would make browser devtools ask for them.
const SOURCE_MAP_COMMENT = /\n?\/[/*]# sourceMappingURL=[^\n]*\s*$/;

const require = createRequire(import.meta.url);
let cytoscape: Promise<Asset> | undefined;
let version: string | undefined;

/** The allow-listed asset called `name`, or undefined for any other name. */
export function readAsset(name: string): Promise<Asset | undefined> {
  const own = OWN_FILES.get(name);
  if (own) return Promise.resolve(own);
  if (name !== CYTOSCAPE.name) return Promise.resolve(undefined);
  if (!cytoscape) {
    cytoscape = loadCytoscape();
    cytoscape.catch(() => (cytoscape = undefined));
  }
  return cytoscape;
}

/** A short token that changes whenever any asset can, used as `?v=` so assets can be cached for a year. */
export function assetVersion(): string {
  if (version === undefined) {
    const packageJson = path.join(path.dirname(require.resolve(CYTOSCAPE.module)), '..', 'package.json');
    const { version: cytoscapeVersion } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
    version = createHash('sha256')
      .update(EXPLORE_SCRIPT)
      .update(EXPLORE_STYLE)
      .update(`cytoscape@${cytoscapeVersion}`)
      .digest('base64url')
      .slice(0, 12);
  }
  return version;
}

async function loadCytoscape(): Promise<Asset> {
  const text = await readFile(require.resolve(CYTOSCAPE.module), 'utf8');
  return { type: JS, body: Buffer.from(text.replace(SOURCE_MAP_COMMENT, '\n')) };
}
