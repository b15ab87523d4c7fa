// This server as a child process: src/main.ts against the race's Neo4j (NEO4J_URI set, so it starts no
// Neo4j of its own), default limits, LOG_LEVEL=info; Cypher queries per request come from its request
// log (`"msg":"graphql request"` lines carry operationName and cypherQueries).
import { join } from 'node:path';
import { z } from 'zod';
import { freePort } from '../../../src/db/local-neo4j-probe.js';
import type { Neo4jTarget } from '../../lib/database.js';
import { baseEnv, startChild, waitForHttp } from './child.js';
import type { QueryCounts, RaceServer } from './server.js';

const requestLine = z.object({ msg: z.literal('graphql request'), operationName: z.string().nullish(), cypherQueries: z.number() });

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

export async function startThisServer(neo4j: Neo4jTarget, root: string): Promise<RaceServer> {
  const port = await freePort();
  const counts = new Map<string, QueryCounts>();
  const onLine = (line: string) => {
    if (!line.includes('"graphql request"')) return;
    const parsed = requestLine.safeParse(parseJson(line));
    if (!parsed.success) return;
    const name = parsed.data.operationName ?? '';
    const c = counts.get(name) ?? { requests: 0, queries: 0 };
    c.requests += 1;
    c.queries += parsed.data.cypherQueries;
    counts.set(name, c);
  };
  const child = startChild({
    name: 'this server',
    entry: join(root, 'src', 'main.ts'),
    cwd: root,
    env: {
      ...baseEnv(),
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      // The race sends thousands of requests from one address: the per-client rate limit would answer 429.
      RATE_LIMIT_ENABLED: 'false',
    },
    onLine,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(child, `${url}/health/ready`);
  return {
    name: 'this',
    url: `${url}/graphql`,
    async queryCounts(operationName) {
      return { ...(counts.get(operationName) ?? { requests: 0, queries: 0 }) };
    },
    stop: () => child.stop(),
  };
}
