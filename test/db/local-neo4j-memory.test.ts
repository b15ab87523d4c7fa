// Memory that fits the graph: the local Neo4j's heap and page cache are the configured sizes, or sized from the
// store and the machine; a started Neo4j reports the page cache it was given.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { sizeMemory } from '../../src/db/local-neo4j-memory.js';
import { startLocalNeo4j, type LocalNeo4jHandle } from '../../src/db/local-neo4j.js';

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;

describe('sizing the local Neo4j memory', () => {
  it('gives a new store the 512 MiB headroom, a 1g heap, on a 16 GB machine', () => {
    const memory = sizeMemory({ storeBytes: 2 * MIB, totalMemoryBytes: 16 * GIB });
    expect(memory).toMatchObject({ heap: '1g', pageCache: `${Math.ceil((2 * MIB * 1.2 + 512 * MIB) / MIB)}m` });
    expect(memory.sized).toEqual({ heap: true, pageCache: true });
  });

  it('fits a 4.8 GB store in the page cache with 20 % to spare when the machine has room', () => {
    const store = 4.8 * GIB;
    const memory = sizeMemory({ storeBytes: store, totalMemoryBytes: 32 * GIB });
    expect(memory.heap).toBe('2g');
    expect(memory.pageCacheBytes).toBeGreaterThanOrEqual(store * 1.2);
    expect(memory.pageCacheBytes).toBeLessThan(store * 1.2 + 513 * MIB);
  });

  it('keeps heap and page cache within half the machine when the store is larger than that', () => {
    const memory = sizeMemory({ storeBytes: 40 * GIB, totalMemoryBytes: 16 * GIB });
    expect(memory.heap).toBe('4g');
    expect(memory.heapBytes + memory.pageCacheBytes).toBeLessThanOrEqual(8 * GIB);
    expect(memory.pageCache).toBe('4g');
  });

  it('never goes below a 512m heap and a 256m page cache on a small machine', () => {
    const memory = sizeMemory({ storeBytes: 3 * GIB, totalMemoryBytes: 1 * GIB });
    expect(memory).toMatchObject({ heap: '512m', pageCache: '256m' });
  });

  it('uses configured sizes as they are', () => {
    const memory = sizeMemory({ storeBytes: 40 * GIB, totalMemoryBytes: 16 * GIB, heap: '768m', pageCache: '3g' });
    expect(memory).toMatchObject({ heap: '768m', pageCache: '3g', heapBytes: 768 * MIB, pageCacheBytes: 3 * GIB });
    expect(memory.sized).toEqual({ heap: false, pageCache: false });
  });

  it('reads LOCAL_NEO4J_HEAP and LOCAL_NEO4J_PAGECACHE (unset: sized) and names a bad one', () => {
    const unset = loadConfig({});
    expect([unset.LOCAL_NEO4J_HEAP, unset.LOCAL_NEO4J_PAGECACHE]).toEqual([undefined, undefined]);
    expect(loadConfig({ LOCAL_NEO4J_HEAP: '2g', LOCAL_NEO4J_PAGECACHE: '6g' })).toMatchObject({
      LOCAL_NEO4J_HEAP: '2g',
      LOCAL_NEO4J_PAGECACHE: '6g',
    });
    expect(() => loadConfig({ LOCAL_NEO4J_PAGECACHE: '6GB' })).toThrow(/LOCAL_NEO4J_PAGECACHE/);
  });
});

describe('the started local Neo4j', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'policy-graph-memory-'));
  let started: LocalNeo4jHandle | undefined;

  afterAll(async () => {
    await started?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs with the configured page cache and heap', async () => {
    const password = 'memory-test-password';
    started = await startLocalNeo4j({ port: 0, dataDir, password, heap: '640m', pageCache: '320m', exitWithThisProcess: true });
    expect(started.memory).toMatchObject({ heap: '640m', pageCache: '320m' });
    const driver = neo4j.driver(started.uri, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
    try {
      const settings = await driver.executeQuery(
        "SHOW SETTINGS YIELD name, value WHERE name = 'server.memory.pagecache.size' RETURN value",
        {},
        { database: 'neo4j' },
      );
      expect(settings.records[0]?.get('value')).toBe('320.00MiB');
      const jmx = await driver.executeQuery(
        "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties.max AS max",
        {},
        { database: 'neo4j' },
      );
      // -Xmx640m: the JVM reports the usable maximum, a little under the flag (one survivor space).
      const max = Number(jmx.records[0]?.get('max'));
      expect(max).toBeGreaterThan(560 * MIB);
      expect(max).toBeLessThanOrEqual(640 * MIB);
    } finally {
      await driver.close();
    }
  }, 120_000);
});
