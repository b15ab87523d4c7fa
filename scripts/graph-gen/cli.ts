// npm run graph:generate -- --size XS|S|M|L|W [--seed N] [--batch-size N]: loads a generated graph into
// the database the app would use (NEO4J_URI, else the local Neo4j), after the schema and the seed.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { connectDatabase, CYPHER_DIR, resolveNeo4j } from '../../src/db/connect.js';
import { applySchema, loadSeed } from '../../src/setup/schema-setup.js';
import { DEFAULT_SEED } from './generate.js';
import { loadGeneratedGraph } from './load.js';
import { GRAPH_SIZES, type GraphSize } from './shape.js';

const USAGE = 'usage: npm run graph:generate -- --size XS|S|M|L|W [--seed N] [--batch-size N]';

function parse(): { size: GraphSize; seed: number; batchSize: number | undefined } {
  const { values } = parseArgs({ options: { size: { type: 'string' }, seed: { type: 'string' }, 'batch-size': { type: 'string' } } });
  const size = GRAPH_SIZES.find((s) => s === values.size?.toUpperCase());
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (!size || !Number.isSafeInteger(seed) || (batchSize !== undefined && !(Number.isSafeInteger(batchSize) && batchSize > 0))) {
    throw new Error(USAGE);
  }
  return { size, seed, batchSize };
}

async function main(): Promise<void> {
  const { size, seed, batchSize } = parse();
  const config = loadConfig();
  const { uri, local } = await resolveNeo4j(config, (msg) => console.log(msg));
  // Setup runs long statements (the seed file in one transaction, index waits) on a possibly cold JVM.
  const db = connectDatabase(config, uri).with({ txTimeoutMs: Math.max(config.NEO4J_TX_TIMEOUT_MS, 300_000) });
  try {
    console.log('applying the schema and loading the seed');
    await applySchema(db, CYPHER_DIR);
    await loadSeed(db, CYPHER_DIR);
    const [existing] = await db.readPlain("MATCH (c:Claim {id: 'claim:gen-0'}) RETURN count(c) AS n", {});
    if (existing?.n !== 0) {
      throw new Error(
        "the database already holds a generated graph (claim:gen-0): start from an empty one, or delete the nodes with createdBy 'generator'",
      );
    }
    const stats = await loadGeneratedGraph(db, { size, seed, batchSize, log: (line) => console.log(line) });
    console.log(
      `graph-gen ${stats.size}: ${stats.nodes} nodes, ${stats.relationships} relationships, ${stats.claims} claims ` +
        `in ${stats.seconds} s (${stats.claimsPerSecond} claims/s)`,
    );
  } finally {
    await db.close();
    if (local?.startedHere) await local.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`graph:generate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
