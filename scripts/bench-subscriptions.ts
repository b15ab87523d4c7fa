// Subscription latency across instances (npm run bench:subscriptions -- [--writes 50] [--poll-ms 250]): a throwaway
// local Neo4j, two API instances on it (startServer), one graphql-ws subscriber on B, then N addClaim writes through
// A over HTTP, one at a time at random moments. Measures from the write's start and from its acknowledgement (the
// HTTP answer) to delivery on B; prints median and worst and writes docs/benchmarks/subscriptions-<date>.md.
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { createClient } from 'graphql-ws';
import { pino } from 'pino';
import WebSocket from 'ws';
import { loadConfig } from '../src/config.js';
import { startServer } from '../src/server/start.js';
import { today, writeReport } from './lib/report.js';
import { median } from './lib/stats.js';
import { startThrowawayNeo4j } from './lib/throwaway-neo4j.js';
import { runMain } from './lib/run-main.js';

const { values } = parseArgs({ options: { writes: { type: 'string', default: '50' }, 'poll-ms': { type: 'string', default: '250' } } });
const WRITES = Number(values.writes);
const POLL_MS = Number(values['poll-ms']);
const EDITOR = 'bench-editor-key-0123456789';
const SOURCE = 'source:espreso-parallel-realities';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (x: number) => Math.round(x * 10) / 10;

async function main() {
  const neo4j = await startThrowawayNeo4j({ name: 'bench-subs', heap: '1g' });
  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    NEO4J_PASSWORD: neo4j.target.password,
    API_KEYS: `${EDITOR}:editor`,
    SUBSCRIPTION_POLL_MS: String(POLL_MS),
    LOG_LEVEL: 'silent',
    // The writes come from one address as fast as they go: not what the per-client rate limit is measured by.
    RATE_LIMIT_ENABLED: 'false',
  });
  const logger = pino({ level: 'silent' });
  const a = await startServer(config, logger, neo4j.target.uri);
  await a.schemaReady;
  const b = await startServer(config, logger, neo4j.target.uri);
  await b.schemaReady;
  const client = createClient({ url: b.url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, retryAttempts: 0 });
  const arrived = new Map<string, number>();
  try {
    client.subscribe(
      { query: 'subscription { claimAdded { claimId } }' },
      {
        next: (result) => {
          const id = (result.data as { claimAdded?: { claimId: string } } | undefined)?.claimAdded?.claimId;
          if (id) arrived.set(id, performance.now());
        },
        error: (error) => console.error('subscription error', error),
        complete: () => undefined,
      },
    );
    await sleep(1_000);
    const rows: { fromStart: number; fromAck: number }[] = [];
    for (let i = 0; i < WRITES + 3; i++) {
      await sleep(Math.random() * POLL_MS * 1.5);
      const started = performance.now();
      const response = await fetch(`${a.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR}` },
        body: JSON.stringify({
          query: `mutation($claim: ClaimInput!) { addClaim(sourceId: "${SOURCE}", claim: $claim) { id } }`,
          variables: { claim: { text: `Bench claim ${Date.now()}-${i}.`, kind: 'FACT', speaker: 'person:witkoff', about: ['track:iran'] } },
        }),
      });
      const acked = performance.now();
      const body = (await response.json()) as { data?: { addClaim?: { id: string } }; errors?: unknown };
      const id = body.data?.addClaim?.id;
      if (!id) throw new Error(`write ${i} failed: ${JSON.stringify(body.errors)}`);
      const until = Date.now() + 5_000;
      while (!arrived.has(id)) {
        if (Date.now() > until) throw new Error(`write ${i} (${id}) not delivered within 5 s`);
        await sleep(1);
      }
      // The first three are warm-up (JIT, query plans).
      if (i >= 3) rows.push({ fromStart: arrived.get(id)! - started, fromAck: arrived.get(id)! - acked });
    }
    const summary = {
      fromStart: { median: ms(median(rows.map((r) => r.fromStart))), worst: ms(Math.max(...rows.map((r) => r.fromStart))) },
      fromAck: { median: ms(median(rows.map((r) => r.fromAck))), worst: ms(Math.max(...rows.map((r) => r.fromAck))) },
    };
    console.log(`write start -> delivery on B: median ${summary.fromStart.median} ms, worst ${summary.fromStart.worst} ms`);
    console.log(`write acknowledged -> delivery on B: median ${summary.fromAck.median} ms, worst ${summary.fromAck.worst} ms`);
    const date = today();
    const lines = [
      `# Subscription latency across two instances, ${date}`,
      '',
      `Command: \`npm run bench:subscriptions -- --writes ${WRITES} --poll-ms ${POLL_MS}\``,
      '',
      `Machine: ${cpus().length} cores, Node ${process.version}, local Neo4j (heap 1g). Two API instances (startServer) on one`,
      `database; one graphql-ws subscriber (\`claimAdded\`) on instance B; ${WRITES} \`addClaim\` mutations through instance A`,
      `over HTTP, one at a time, each at a random moment (0 to ${POLL_MS * 1.5} ms after the previous delivery), after 3`,
      `warm-up writes. Delivery is when B's event reached the client. B polls the change log every ${POLL_MS} ms, so the`,
      `expected wait after a commit is about half a poll interval on average and one interval at worst, plus the read.`,
      '',
      '| measured from | median (ms) | worst (ms) |',
      '|---|---|---|',
      `| the write's start (request sent to A) | ${summary.fromStart.median} | ${summary.fromStart.worst} |`,
      `| the write's acknowledgement (A's HTTP answer received) | ${summary.fromAck.median} | ${summary.fromAck.worst} |`,
      '',
      'A negative value from the acknowledgement means the event reached the subscriber before the writer had its answer.',
      '',
    ];
    writeReport(`docs/benchmarks/subscriptions-${date}.md`, lines);
  } finally {
    await client.dispose();
    await a.stop();
    await b.stop();
    await neo4j.stop();
  }
}

runMain(main);
