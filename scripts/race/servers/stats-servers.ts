// The peer and the raw floor as child processes; both report their counts at GET /race/stats.
import { join } from 'node:path';
import { z } from 'zod';
import { freePort } from '../../../src/db/local-neo4j-probe.js';
import type { Neo4jTarget } from '../../lib/database.js';
import type { ServerName } from '../ops/types.js';
import { baseEnv, startChild, waitForHttp } from './child.js';
import type { ChildConfig } from './child-config.js';
import type { RaceServer } from './server.js';

const stats = z.object({ requests: z.number(), queries: z.number() });

const ENTRIES: Record<Exclude<ServerName, 'this'>, { entry: string; path: string; title: string }> = {
  peer: { entry: join('scripts', 'race', 'peer', 'main.ts'), path: '/graphql', title: 'peer (@neo4j/graphql)' },
  raw: { entry: join('scripts', 'race', 'raw', 'main.ts'), path: '', title: 'raw floor' },
};

export async function startStatsServer(name: 'peer' | 'raw', neo4j: Neo4jTarget, root: string): Promise<RaceServer> {
  const port = await freePort();
  const config: ChildConfig = { ...neo4j, port };
  const { entry, path, title } = ENTRIES[name];
  const child = startChild({ name: title, entry: join(root, entry), args: [JSON.stringify(config)], cwd: root, env: baseEnv() });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(child, `${base}/race/stats`);
  return {
    name,
    url: `${base}${path}`,
    async queryCounts() {
      const res = await fetch(`${base}/race/stats`);
      return stats.parse(await res.json());
    },
    stop: () => child.stop(),
  };
}
