// npm run bench:scale -- --sizes S,M[,L] [--rounds 3] [--seconds 3] [--warmup 1] [--heap 2g] [--seed N]
//   [--ops key,key] [--this-dir <checkout>]
// Times this server alone (concurrency 1: p50, p99) on each generated size, a fresh database per size,
// and writes docs/benchmarks/scale-<date>.md. L loads a million claims: list it only when you mean it.
import { cpus } from 'node:os';
import { repoRoot } from '../../src/base/paths.js';
import { today, writeReport } from '../lib/report.js';
import { stopThrowawayNeo4js } from '../lib/throwaway-neo4j.js';
import { describeCheckout } from './checkout.js';
import { onSignalStop, raceArgs } from './cli-args.js';
import { OPERATIONS } from './ops/operations.js';
import { scaleOneSize, type ScaleResult } from './scale-run.js';
import { stopAllChildren } from './servers/child.js';

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

function scaleTable(results: ScaleResult[], ops: readonly string[]): string {
  const head = `| operation | ${results.map((r) => `${r.size} p50 ms | ${r.size} p99 ms`).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---|---').join('|')}|`;
  const lines = ops.map((op) => {
    const cells = results.map((r) => {
      const row = r.rows.find((x) => x.op === op);
      return row ? `${ms(row.p50.median)} | ${ms(row.p99.median)}` : '– | –';
    });
    return `| ${op} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...lines].join('\n');
}

async function main(): Promise<void> {
  const args = raceArgs(process.argv.slice(2), 3);
  onSignalStop(async () => {
    await stopAllChildren();
    await stopThrowawayNeo4js();
  });
  const started = Date.now();
  const log = (msg: string) => console.log(`[scale ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${msg}`);
  const root = repoRoot();
  const thisRoot = args.thisRoot ?? root;
  const results: ScaleResult[] = [];
  for (const size of args.sizes) {
    results.push(await scaleOneSize(size, { ...args, thisRoot, raceRoot: root, log }));
  }
  const ops = OPERATIONS.map((o) => o.key).filter((k) => !args.only || args.only.includes(k));
  const table = scaleTable(results, ops);
  console.log(`\n${table}\n`);
  const date = today();
  const report = [
    `# Scale: this server's latency by graph size, ${date}`,
    '',
    `Command: \`npm run bench:scale -- ${process.argv.slice(2).join(' ')}\``,
    '',
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), shared with other work; Node ${process.version}; ` +
      `local Neo4j 5.26 (heap ${args.heap}), a fresh database per size. This server: ${describeCheckout(thisRoot)}.`,
    '',
    ...results.map(
      (r) =>
        `- ${r.size}: ${r.graph.nodes} nodes, ${r.graph.relationships} relationships, loaded (schema, seed, generated) in ${r.graph.loadSeconds.toFixed(1)} s`,
    ),
    '',
    `Method: this server alone (child process, NODE_ENV=production, default limits), each operation of the race ` +
      `(docs/benchmarks/race-*.md) answered once without errors, then ${args.rounds} rounds of ${args.seconds} s at concurrency 1 ` +
      `per operation after ${args.warmupSeconds} s of warm-up; medians over rounds.`,
    '',
    table,
    '',
  ].join('\n');
  writeReport(`docs/benchmarks/scale-${date}.md`, report);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAllChildren();
  process.exit(1);
});
