// npm run bench:provenance -- --sizes S,M [--rounds 3] [--seconds 3] [--warmup 1] [--heap 2g] [--ops key,key]
// Times the provenance fields (scripts/race/ops/provenance.ts) on each generated size, this server alone at
// concurrency 1 (p50, p99), a fresh database per size, and writes docs/benchmarks/provenance-<date>.md with
// each evidence-filtered traversal's ratio to the plain one.
import { today, writeReport } from '../lib/report.js';
import { PROVENANCE_OPERATIONS } from './ops/provenance.js';
import { measureSizes, runBench, type ScaleResult } from './scale-run.js';

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

function table(results: ScaleResult[]): string {
  const head = `| operation | ${results.map((r) => `${r.size} p50 ms | ${r.size} p99 ms | ${r.size} p50 / plain`).join(' | ')} |`;
  const rule = `|---|${results.map(() => '---|---|---').join('|')}|`;
  const lines = PROVENANCE_OPERATIONS.map((op) => {
    const cells = results.map((r) => {
      const row = r.rows.find((x) => x.op === op.key);
      const plain = r.rows.find((x) => x.op === 'paths-plain');
      const ratio = row && plain && op.key.startsWith('paths-') ? (row.p50.median / plain.p50.median).toFixed(2) : '';
      return row ? `${ms(row.p50.median)} | ${ms(row.p99.median)} | ${ratio}` : '– | – |';
    });
    return `| ${op.key}: ${op.title} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...lines].join('\n');
}

runBench(async () => {
  const { args, results, setting } = await measureSizes('provenance', PROVENANCE_OPERATIONS);
  const text = table(results);
  console.log(`\n${text}\n`);
  const date = today();
  writeReport(
    `docs/benchmarks/provenance-${date}.md`,
    [
      `# Provenance fields: latency by graph size, ${date}`,
      '',
      `Command: \`npm run bench:provenance -- ${process.argv.slice(2).join(' ')}\``,
      '',
      ...setting,
      '',
      `Method: as bench:scale (docs/benchmarks/scale-*.md): this server alone, NODE_ENV=production, default limits; each ` +
        `operation answered once without errors, then ${args.rounds} rounds of ${args.seconds} s at concurrency 1 after ` +
        `${args.warmupSeconds} s of warm-up; medians over rounds. "p50 / plain" is the operation's p50 over paths-plain's.`,
      '',
      text,
      '',
    ].join('\n'),
  );
});
