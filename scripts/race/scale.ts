// npm run bench:scale -- --sizes S,M[,L] [--rounds 3] [--seconds 3] [--warmup 1] [--heap 2g] [--page-cache 6g] [--seed N]
//   [--ops key,key] [--this-dir <checkout>]
// Times this server alone (concurrency 1: p50, p99) on each generated size, a fresh database per size,
// and writes docs/benchmarks/scale-<date>.md. L loads a million claims: list it only when you mean it.
import { today, writeReport } from '../lib/report.js';
import { OPERATIONS } from './ops/operations.js';
import { measureSizes, runBench, type ScaleResult } from './scale-run.js';

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

runBench(async () => {
  const { args, results, setting } = await measureSizes('scale');
  const ops = OPERATIONS.map((o) => o.key).filter((k) => !args.only || args.only.includes(k));
  const table = scaleTable(results, ops);
  console.log(`\n${table}\n`);
  const date = today();
  const report = [
    `# Scale: this server's latency by graph size, ${date}`,
    '',
    `Command: \`npm run bench:scale -- ${process.argv.slice(2).join(' ')}\``,
    '',
    ...setting,
    '',
    `Method: this server alone (child process, NODE_ENV=production, default limits), each operation of the race ` +
      `(docs/benchmarks/race-*.md) answered once without errors, then ${args.rounds} rounds of ${args.seconds} s at concurrency 1 ` +
      `per operation after ${args.warmupSeconds} s of warm-up; medians over rounds.`,
    '',
    table,
    '',
  ].join('\n');
  writeReport(`docs/benchmarks/scale-${date}.md`, report);
});
