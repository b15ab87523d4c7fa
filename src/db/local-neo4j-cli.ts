// `npm run db:start|db:stop|db:status`: manages the local Neo4j described by LOCAL_NEO4J_* in the config.
import { loadConfig } from '../config.js';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './local-neo4j.js';

const EXIT_NOT_RUNNING = 3;

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const local = { port: config.LOCAL_NEO4J_PORT, dataDir: config.LOCAL_NEO4J_DATA_DIR, password: config.NEO4J_PASSWORD };
  switch (command) {
    case 'start': {
      const neo = await startLocalNeo4j({
        ...local,
        heap: config.LOCAL_NEO4J_HEAP,
        pageCache: config.LOCAL_NEO4J_PAGECACHE,
        log: (msg) => console.log(msg),
      });
      console.log(`Neo4j ${neo.startedHere ? 'started' : 'already running'}: ${neo.uri}`);
      console.log(`  user:     ${neo.user}`);
      console.log('  password: the value of NEO4J_PASSWORD (default "policy-graph-local")');
      console.log(`  pid:      ${neo.pid ?? 'unknown (not started by this project)'}`);
      if (neo.memory) console.log(`  memory:   heap ${neo.memory.heap}, page cache ${neo.memory.pageCache}`);
      if (neo.pid !== undefined) console.log('Stop it with `npm run db:stop`.');
      if (config.NEO4J_URI) console.log(`Note: NEO4J_URI is set (${config.NEO4J_URI}); the server uses that one.`);
      return 0;
    }
    case 'stop': {
      const stopped = await stopLocalNeo4j(local);
      console.log(stopped ? 'Neo4j stopped.' : `No local Neo4j was running for ${local.dataDir}.`);
      return 0;
    }
    case 'status': {
      const status = await localNeo4jStatus(local);
      console.log(status.message);
      return status.running ? 0 : EXIT_NOT_RUNNING;
    }
    default:
      console.error('usage: tsx src/db/local-neo4j-cli.ts start|stop|status');
      return 1;
  }
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
