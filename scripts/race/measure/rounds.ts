// Interleaved short rounds: in each round, for each operation, for each server in turn (the starting
// server rotates per round): concurrency 1 for latency (p50, p99), then concurrency 8 for throughput.
// Cypher queries per request are counted around each run (this server's come from its request log).
import { httpRequest } from '../client.js';
import type { PreparedOperation, Unanswered } from '../check.js';
import type { ServerName } from '../ops/types.js';
import type { QueryCounts, RaceServer } from '../servers/server.js';
import type { LoadClient } from './load-client.js';
import { spread, type Spread } from '../../lib/stats.js';

export interface MeasureOptions {
  /** The servers to time, in the order of the first round. */
  servers: readonly ServerName[];
  /** Also run concurrency 8 for req/s (the scale table times latency only). */
  throughput: boolean;
  rounds: number;
  /** Seconds of each run (c=1 and c=8 each). */
  seconds: number;
  /** Seconds of c=8 load per operation and server before the first round. */
  warmupSeconds: number;
  /** Operations a server could not answer: not timed on it. */
  unanswered?: Unanswered;
  log: (msg: string) => void;
}

export interface Sample {
  round: number;
  op: string;
  server: ServerName;
  p50: number | null;
  p99: number | null;
  rps: number | null;
  failed: number;
}

export interface ResultRow {
  op: string;
  server: ServerName;
  p50: Spread;
  p99: Spread;
  rps: Spread;
  /** Cypher queries per request; null when nothing was counted. */
  queriesPerRequest: number | null;
  failed: number;
  /** Why this server was not timed on this operation (its error when checked). */
  unanswered?: string;
}

const rotate = <T>(items: readonly T[], by: number): T[] => items.map((_, i) => items[(i + by) % items.length]!);

const operationName = (prepared: PreparedOperation, server: ServerName) => {
  const call = prepared.op.calls(prepared.input)[server];
  return call.kind === 'graphql' ? call.operationName : call.cypher;
};

export async function measure(
  ops: readonly PreparedOperation[],
  servers: Partial<Record<ServerName, RaceServer>>,
  load: LoadClient,
  options: MeasureOptions,
): Promise<{ samples: Sample[]; rows: ResultRow[] }> {
  const serverOf = (name: ServerName): RaceServer => {
    const server = servers[name];
    if (!server) throw new Error(`measure: server ${name} is not running`);
    return server;
  };
  const requestOf = (prepared: PreparedOperation, server: ServerName) =>
    httpRequest(serverOf(server), prepared.op.calls(prepared.input)[server]);
  const counted = new Map<string, QueryCounts>();
  const skipped = (prepared: PreparedOperation, server: ServerName) => options.unanswered?.get(prepared.op.key)?.server === server;
  const timed = (prepared: PreparedOperation) => options.servers.filter((server) => !skipped(prepared, server));
  const countKey = (op: string, server: ServerName) => `${op}/${server}`;

  if (options.warmupSeconds > 0) {
    options.log(`warm-up: ${options.warmupSeconds} s at c=8 per operation and server`);
    for (const prepared of ops) {
      for (const server of timed(prepared))
        await load.run({ ...requestOf(prepared, server), connections: 8, seconds: options.warmupSeconds });
    }
  }

  const samples: Sample[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    for (const prepared of ops) {
      const servers = timed(prepared);
      for (const server of rotate(servers, round - 1)) {
        const name = operationName(prepared, server);
        const before = await serverOf(server).queryCounts(name);
        const latency = await load.run({ ...requestOf(prepared, server), connections: 1, seconds: options.seconds });
        const throughput = options.throughput
          ? await load.run({ ...requestOf(prepared, server), connections: 8, seconds: options.seconds })
          : null;
        const after = await serverOf(server).queryCounts(name);
        const key = countKey(prepared.op.key, server);
        const sum = counted.get(key) ?? { requests: 0, queries: 0 };
        counted.set(key, {
          requests: sum.requests + after.requests - before.requests,
          queries: sum.queries + after.queries - before.queries,
        });
        samples.push({
          round,
          op: prepared.op.key,
          server,
          p50: latency.p50,
          p99: latency.p99,
          rps: throughput?.rps ?? null,
          failed: latency.failed + (throughput?.failed ?? 0),
        });
      }
      const last = samples.slice(-servers.length);
      options.log(
        `round ${round}/${options.rounds} ${prepared.op.key}: ` +
          last
            .map(
              (s) =>
                `${s.server} p50 ${s.p50?.toFixed(1)} ms${s.rps === null ? '' : `, ${s.rps.toFixed(0)} req/s`}${s.failed ? `, ${s.failed} FAILED` : ''}`,
            )
            .join('; '),
      );
    }
  }

  const rows: ResultRow[] = [];
  for (const prepared of ops) {
    for (const server of options.servers) {
      const mine = samples.filter((s) => s.op === prepared.op.key && s.server === server);
      const counts = counted.get(countKey(prepared.op.key, server));
      rows.push({
        op: prepared.op.key,
        server,
        p50: spread(mine.map((s) => s.p50 ?? Number.NaN)),
        p99: spread(mine.map((s) => s.p99 ?? Number.NaN)),
        rps: spread(mine.map((s) => s.rps ?? Number.NaN)),
        queriesPerRequest: counts && counts.requests > 0 ? counts.queries / counts.requests : null,
        failed: mine.reduce((n, s) => n + s.failed, 0),
        unanswered: skipped(prepared, server) ? options.unanswered?.get(prepared.op.key)?.error : undefined,
      });
    }
  }
  return { samples, rows };
}
