// npm run bench:provenance -- --sizes S,M [--rounds 3] [--seconds 3] [--warmup 1] [--heap 2g] [--ops key,key]
// Times the provenance fields (scripts/race/ops/provenance.ts) on each generated size, this server alone at
// concurrency 1 (p50, p99), a fresh database per size, and writes docs/benchmarks/provenance-<date>.md with
// each evidence-filtered traversal's ratio to the plain one.
import { cpus } from 'node:os';
import { repoRoot } from '../../src/base/paths.js';
import { today, writeReport } from '../lib/report.js';
import { stopThrowawayNeo4js } from '../lib/throwaway-neo4j.js';
import { describeCheckout } from './checkout.js';
import { onSignalStop, raceArgs } from './cli-args.js';
import { PROVENANCE_OPERATIONS } from './ops/provenance.js';
import { scaleOneSize, type ScaleResult } from './scale-run.js';
import { stopAllChildren } from './servers/child.js';

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

async function main(): Promise<void> {
  const args = raceArgs(process.argv.slice(2), 3);
  onSignalStop(async () => {
    await stopAllChildren();
    await stopThrowawayNeo4js();
  });
  const started = Date.now();
  const log = (msg: string) => console.log(`[provenance ${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${msg}`);
  const root = repoRoot();
  const thisRoot = args.thisRoot ?? root;
  const results: ScaleResult[] = [];
  for (const size of args.sizes) {
    results.push(await scaleOneSize(size, { ...args, thisRoot, raceRoot: root, log, operations: PROVENANCE_OPERATIONS }));
  }
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
      `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), shared with other work; Node ${process.version}; ` +
        `local Neo4j 5.26 (heap ${args.heap}), a fresh database per size. This server: ${describeCheckout(thisRoot)}.`,
      '',
      ...results.map(
        (r) => `- ${r.size}: ${r.graph.nodes} nodes, ${r.graph.relationships} relationships, loaded in ${r.graph.loadSeconds.toFixed(1)} s`,
      ),
      '',
      `Method: as bench:scale (docs/benchmarks/scale-*.md): this server alone, NODE_ENV=production, default limits; each ` +
        `operation answered once without errors, then ${args.rounds} rounds of ${args.seconds} s at concurrency 1 after ` +
        `${args.warmupSeconds} s of warm-up; medians over rounds. "p50 / plain" is the operation's p50 over paths-plain's.`,
      '',
      text,
      '',
    ].join('\n'),
  );
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAllChildren();
  process.exit(1);
});
