// CI smoke of the side-by-side race (npm run bench:race): on the test Neo4j (reset) with the XS
// generated graph, this server, the @neo4j/graphql peer and the raw floor give equal answers to every raced
// operation, and a very short measurement round gives a row per operation and server. No timings are
// asserted. Every child process the race starts is stopped by runRace itself, also on failure.
// Most of its time goes to loading the graph and to Neo4j planning the peer's long generated Cypher the
// first time; the timeout allows for a machine shared with other work.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Neo4jTarget } from '../../scripts/lib/database.js';
import { OPERATIONS } from '../../scripts/race/ops/operations.js';
import { SERVER_NAMES } from '../../scripts/race/ops/types.js';
import { runRace, type RaceResult } from '../../scripts/race/race.js';

const started = Date.now();
/** Progress in the test's output: where the time went if the smoke is slow or times out. */
const progress = (msg: string) => {
  if (!msg.startsWith('graph-gen:') && !msg.startsWith('  '))
    console.log(`[race smoke ${((Date.now() - started) / 1000).toFixed(1)} s] ${msg.slice(0, 160)}`);
};

describe('race smoke (XS graph)', () => {
  let target: Neo4jTarget;

  beforeAll(async () => {
    const { uri, user, password } = inject('neo4j');
    target = { uri, user, password, database: 'neo4j' };
    const db = openDatabase(target);
    try {
      await db.write('MATCH (n) DETACH DELETE n', {});
    } finally {
      await db.close();
    }
  });

  it('the three servers agree on every operation, and one short round times each on each', async () => {
    // runRace loads the XS graph (schema, seed, generated) while the servers start, and throws, with
    // the differences, when any operation's answers disagree.
    const result: RaceResult = await runRace({
      size: 'XS',
      neo4j: target,
      load: true,
      rounds: 1,
      seconds: 0.2,
      warmupSeconds: 0,
      heap: '1g',
      log: progress,
    });

    expect(result.operations.map((o) => o.key)).toEqual(OPERATIONS.map((o) => o.key));
    const rows = result.rows.map((r) => `${r.op}/${r.server}`);
    const expected = OPERATIONS.flatMap((op) => SERVER_NAMES.map((server) => `${op.key}/${server}`));
    expect(rows.sort()).toEqual(expected.sort());
    // At XS every server answers every operation (none raced without the peer).
    expect(result.rows.filter((r) => r.unanswered)).toEqual([]);
    expect(result.samples).toHaveLength(expected.length);
  }, 300_000);
});
