// Heap and page cache for the local Neo4j: the configured sizes (LOCAL_NEO4J_HEAP, LOCAL_NEO4J_PAGECACHE), or
// sizes picked from the store on disk and the machine's memory, so a large graph is read from memory, not disk.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;

/** Smallest page cache picked (the launcher's old fixed size): an empty store still gets room to grow. */
export const PAGE_CACHE_FLOOR_BYTES = 256 * MIB;
/** Added to the store's size: the store grows while the instance runs (ingest), and Neo4j allocates pages lazily. */
export const PAGE_CACHE_HEADROOM_BYTES = 512 * MIB;
/** Share of the machine's memory that heap and page cache may take together when sized (Neo4j's own rule of thumb). */
export const MEMORY_SHARE = 0.5;

export interface MemoryInputs {
  /** Bytes of the store files (data/databases) in the data folder; 0 for a new store. */
  storeBytes: number;
  /** The machine's memory in bytes (os.totalmem()). */
  totalMemoryBytes: number;
  /** A JVM size (`1g`, `768m`) to use as is; sized when absent. */
  heap?: string;
  /** A size (`2g`, `512m`) to use as is; sized when absent. */
  pageCache?: string;
}

export interface MemorySettings {
  heap: string;
  pageCache: string;
  heapBytes: number;
  pageCacheBytes: number;
  /** Which of the two were sized here (the others came from the configuration). */
  sized: { heap: boolean; pageCache: boolean };
}

/** Bytes of a JVM-style size: digits and `m` or `g` (`512m`, `2g`). */
export function parseSize(size: string): number {
  const match = /^(\d+)([mg])$/i.exec(size);
  if (!match) throw new Error(`"${size}" is not a size such as 512m or 2g`);
  return Number(match[1]) * (match[2]!.toLowerCase() === 'g' ? GIB : MIB);
}

/** A byte count as a JVM-style size, in whole MiB rounded up (`g` when it is a whole number of GiB). */
export function formatSize(bytes: number): string {
  const mib = Math.ceil(bytes / MIB);
  return mib % 1024 === 0 ? `${mib / 1024}g` : `${mib}m`;
}

/**
 * Sizes the heap (when not given) by the store: 1g under 2 GiB, 2g under 8 GiB, else 4g, never above a quarter
 * of the machine (at least 512m); queries need heap for sorting and results, not for the store. Sizes the page
 * cache (when not given) to hold the whole store with 20 % and 512 MiB to spare, within half the machine less
 * the heap, and at least 256 MiB.
 */
export function sizeMemory(inputs: MemoryInputs): MemorySettings {
  const { storeBytes, totalMemoryBytes } = inputs;
  const byStore = storeBytes < 2 * GIB ? 1 * GIB : storeBytes < 8 * GIB ? 2 * GIB : 4 * GIB;
  const heapBytes = inputs.heap ? parseSize(inputs.heap) : Math.max(512 * MIB, Math.min(byStore, totalMemoryBytes / 4));
  const wanted = storeBytes * 1.2 + PAGE_CACHE_HEADROOM_BYTES;
  const share = totalMemoryBytes * MEMORY_SHARE - heapBytes;
  const pageCacheBytes = inputs.pageCache
    ? parseSize(inputs.pageCache)
    : Math.ceil(Math.max(PAGE_CACHE_FLOOR_BYTES, Math.min(wanted, share)) / MIB) * MIB;
  return {
    heap: inputs.heap ?? formatSize(heapBytes),
    pageCache: inputs.pageCache ?? formatSize(pageCacheBytes),
    heapBytes,
    pageCacheBytes,
    sized: { heap: !inputs.heap, pageCache: !inputs.pageCache },
  };
}

/** Bytes of the store files under `dataDir` (what the page cache caches; transaction logs are not read from it). */
export function storeBytes(dataDir: string): number {
  const databases = join(dataDir, 'data', 'databases');
  return existsSync(databases) ? folderBytes(databases) : 0;
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}
