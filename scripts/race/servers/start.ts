// Starts the raced servers on one Neo4j (in parallel; each is its own child process).
import type { ServerName } from '../ops/types.js';
import type { Neo4jTarget } from '../../lib/database.js';
import type { RaceServer } from './server.js';
import { startStatsServer } from './stats-servers.js';
import { startThisServer } from './this-server.js';

export interface ServerRoots {
  /** Checkout whose src/main.ts is "this server". */
  thisRoot: string;
  /** This repository (the peer and the raw floor live in scripts/race). */
  raceRoot: string;
}

export async function startServers(
  names: readonly ServerName[],
  neo4j: Neo4jTarget,
  roots: ServerRoots,
): Promise<Partial<Record<ServerName, RaceServer>>> {
  const started = await Promise.allSettled(
    names.map((name) => (name === 'this' ? startThisServer(neo4j, roots.thisRoot) : startStatsServer(name, neo4j, roots.raceRoot))),
  );
  const servers: Partial<Record<ServerName, RaceServer>> = {};
  const failures: string[] = [];
  started.forEach((result, i) => {
    if (result.status === 'fulfilled') servers[names[i]!] = result.value;
    else failures.push(result.reason instanceof Error ? result.reason.message : String(result.reason));
  });
  if (failures.length > 0) {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
    throw new Error(`servers did not start:\n${failures.join('\n')}`);
  }
  return servers;
}
