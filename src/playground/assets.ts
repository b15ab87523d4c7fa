// The playground's static files: an allow-list of GraphiQL and React UMD bundles plus boot.js, read once into memory.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BOOT_SCRIPT } from './boot-script.js';

export interface Asset {
  type: string;
  body: Buffer;
}

interface PackageFile {
  pkg: string;
  file: string;
  type: string;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

const PACKAGE_FILES = new Map<string, PackageFile>([
  ['react.production.min.js', { pkg: 'react', file: 'umd/react.production.min.js', type: JS }],
  ['react-dom.production.min.js', { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: JS }],
  ['graphiql.min.js', { pkg: 'graphiql', file: 'graphiql.min.js', type: JS }],
  ['graphiql.min.css', { pkg: 'graphiql', file: 'graphiql.min.css', type: CSS }],
]);

// The .map files are not served, so drop the comments that would make browser devtools ask for them.
const SOURCE_MAP_COMMENT = /\n?\/[/*]# sourceMappingURL=[^\n]*\s*$/;

const BOOT_ASSET: Asset = { type: JS, body: Buffer.from(BOOT_SCRIPT) };

const require = createRequire(import.meta.url);
const cache = new Map<string, Promise<Asset>>();
let version: string | undefined;

/** The allow-listed asset called `name`, or undefined for any other name. */
export function readAsset(name: string): Promise<Asset | undefined> {
  if (name === 'boot.js') return Promise.resolve(BOOT_ASSET);
  const entry = PACKAGE_FILES.get(name);
  if (!entry) return Promise.resolve(undefined);
  let asset = cache.get(name);
  if (!asset) {
    asset = loadPackageFile(entry);
    cache.set(name, asset);
    asset.catch(() => cache.delete(name));
  }
  return asset;
}

/** A short token that changes whenever any asset can, used as `?v=` so assets can be cached for a year. */
export function assetVersion(): string {
  if (version === undefined) {
    const hash = createHash('sha256').update(BOOT_SCRIPT);
    for (const pkg of new Set([...PACKAGE_FILES.values()].map((entry) => entry.pkg))) {
      hash.update(`${pkg}@${packageJson(pkg).version}`);
    }
    version = hash.digest('base64url').slice(0, 12);
  }
  return version;
}

async function loadPackageFile({ pkg, file, type }: PackageFile): Promise<Asset> {
  const text = await readFile(path.join(packageDir(pkg), file), 'utf8');
  return { type, body: Buffer.from(text.replace(SOURCE_MAP_COMMENT, '\n')) };
}

function packageDir(pkg: string): string {
  return path.dirname(require.resolve(`${pkg}/package.json`));
}

function packageJson(pkg: string): { version: string } {
  return require(`${pkg}/package.json`) as { version: string };
}
