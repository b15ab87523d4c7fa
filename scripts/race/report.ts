// The race report: per operation, each server's p50 / p99 (median over rounds, min–max), req/s at
// concurrency 8, Cypher queries per request, the ratios and the two targets; a summary table first.
import type { ResultRow } from './measure/rounds.js';
import type { Spread } from '../lib/stats.js';
import type { ServerName } from './ops/types.js';
import type { RaceResult } from './race.js';

const SERVER_TITLES: Record<ServerName, string> = { this: 'this server', peer: 'peer (@neo4j/graphql 7.6.3)', raw: 'raw floor (1 query)' };
export const TARGETS = { rpsOverPeer: 1.5, p50OverRaw: 1.5 };

const num = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const withSpread = (s: Spread, digits = 1) => `${num(s.median, digits)} (${num(s.min, digits)}–${num(s.max, digits)})`;
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : Number.NaN);
const queries = (q: number | null) => (q === null ? '–' : Number.isInteger(q) ? String(q) : q.toFixed(2));

export interface Verdict {
  thisOverRawP50: number;
  thisOverPeerRps: number;
  /** null: not comparable (the peer or the raw floor gave no answer). */
  rpsTarget: boolean | null;
  p50Target: boolean | null;
}

function rowsOf(result: RaceResult, op: string): Record<ServerName, ResultRow> {
  const pick = (server: ServerName) => {
    const row = result.rows.find((r) => r.op === op && r.server === server);
    if (!row) throw new Error(`report: no row for ${op}/${server}`);
    return row;
  };
  return { this: pick('this'), peer: pick('peer'), raw: pick('raw') };
}

export function verdict(rows: Record<ServerName, ResultRow>): Verdict {
  const thisOverRawP50 = ratio(rows.this.p50.median, rows.raw.p50.median);
  const thisOverPeerRps = ratio(rows.this.rps.median, rows.peer.rps.median);
  return {
    thisOverRawP50,
    thisOverPeerRps,
    rpsTarget: Number.isFinite(thisOverPeerRps) ? thisOverPeerRps >= TARGETS.rpsOverPeer : null,
    p50Target: Number.isFinite(thisOverRawP50) ? thisOverRawP50 <= TARGETS.p50OverRaw : null,
  };
}

const mark = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'PASS' : 'MISS');
const noAnswer = (rows: Record<ServerName, ResultRow>) =>
  (['this', 'peer', 'raw'] as const).filter((s) => rows[s].unanswered).map((s) => `${s}: no answer`);

/** One line per operation: the numbers side by side, the ratios and both targets. */
export function summaryTable(result: RaceResult): string {
  const lines = [
    '| operation | p50 ms this / peer / raw | req/s c=8 this / peer / raw | queries/req this / peer / raw | ' +
      'this÷raw p50 | this÷peer req/s | req/s ≥ 1.5× peer | p50 ≤ 1.5× raw |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const { key } of result.operations) {
    const rows = rowsOf(result, key);
    const v = verdict(rows);
    const failed = rows.this.failed + rows.peer.failed + rows.raw.failed;
    const flags = [...(failed ? [`${failed} failed requests`] : []), ...noAnswer(rows)];
    lines.push(
      `| ${key}${flags.length ? ` (${flags.join(', ')})` : ''} | ${num(rows.this.p50.median)} / ${num(rows.peer.p50.median)} / ${num(rows.raw.p50.median)} ` +
        `| ${num(rows.this.rps.median, 0)} / ${num(rows.peer.rps.median, 0)} / ${num(rows.raw.rps.median, 0)} ` +
        `| ${queries(rows.this.queriesPerRequest)} / ${queries(rows.peer.queriesPerRequest)} / ${queries(rows.raw.queriesPerRequest)} ` +
        `| ${num(v.thisOverRawP50, 2)}× | ${num(v.thisOverPeerRps, 2)}× | ${mark(v.rpsTarget)} | ${mark(v.p50Target)} |`,
    );
  }
  return lines.join('\n');
}

function operationSection(result: RaceResult, key: string, title: string): string {
  const rows = rowsOf(result, key);
  const v = verdict(rows);
  const table = (['this', 'peer', 'raw'] as const).map((s) => {
    const r = rows[s];
    if (r.unanswered) return `| ${SERVER_TITLES[s]} | no answer | – | – | – | – |`;
    return `| ${SERVER_TITLES[s]} | ${withSpread(r.p50)} | ${withSpread(r.p99)} | ${withSpread(r.rps, 0)} | ${queries(r.queriesPerRequest)} | ${r.failed} |`;
  });
  const unanswered = (['this', 'peer', 'raw'] as const)
    .filter((s) => rows[s].unanswered)
    .map((s) => `${SERVER_TITLES[s]} could not answer: ${(rows[s].unanswered ?? '').slice(0, 400)}`);
  return [
    `### ${key}: ${title}`,
    '',
    '| server | p50 ms | p99 ms | req/s at c=8 | Cypher queries/request | failed requests |',
    '|---|---|---|---|---|---|',
    ...table,
    '',
    ...unanswered.flatMap((u) => [u, '']),
    `this÷raw p50 ${num(v.thisOverRawP50, 2)}×, this÷peer req/s ${num(v.thisOverPeerRps, 2)}×.`,
    `- req/s ≥ ${TARGETS.rpsOverPeer}× peer: **${mark(v.rpsTarget)}**`,
    `- p50 ≤ ${TARGETS.p50OverRaw}× raw: **${mark(v.p50Target)}**`,
    '',
  ].join('\n');
}

export function raceReport(result: RaceResult, command: string, notes: readonly string[]): string {
  const o = result.options;
  const passes = result.operations.map(({ key }) => verdict(rowsOf(result, key)));
  return [
    `# Race: this server vs @neo4j/graphql vs a raw-driver floor, ${result.today}, size ${o.size}`,
    '',
    `Command: \`${command}\``,
    '',
    `Machine: ${result.machine.cores} cores (${result.machine.cpu}), shared with other work; Node ${result.machine.node}; ` +
      `local Neo4j 5.26 (heap ${o.heap}). Graph: seed + generated size ${o.size} (seed ${o.seed ?? 'default'}), ` +
      `${result.graph.nodes} nodes and ${result.graph.relationships} relationships, loaded in ${num(result.graph.loadSeconds)} s.`,
    `This server: ${result.thisVersion}. Ids: hub ${result.ids.hubPerson}, typical ${result.ids.typicalPerson}, track ${result.ids.track}.`,
    '',
    `Method: three servers as child processes on 127.0.0.1 (\`node --import tsx\`, NODE_ENV=production), the same Neo4j and data; ` +
      `answers of every operation checked equal after normalising before any timing; then ${o.rounds} interleaved rounds: ` +
      `per round, per operation, per server in turn (rotating start): ${o.seconds} s at concurrency 1 (latency) and ${o.seconds} s at ` +
      `concurrency 8 (req/s), autocannon in a separate process, after ${o.warmupSeconds} s of warm-up per operation and server. ` +
      `Medians over rounds with min–max. Cypher queries per request: this server's request log, the peer's and the raw floor's driver counters.`,
    '',
    `Targets met: req/s ≥ ${TARGETS.rpsOverPeer}× peer on ${passes.filter((p) => p.rpsTarget).length}/${passes.length} operations, ` +
      `p50 ≤ ${TARGETS.p50OverRaw}× raw on ${passes.filter((p) => p.p50Target).length}/${passes.length}.`,
    '',
    '## Summary',
    '',
    summaryTable(result),
    '',
    '## Operations',
    '',
    ...result.operations.map(({ key, title }) => operationSection(result, key, title)),
    '## Limits probed',
    '',
    ...(result.probes.length ? result.probes.map((p) => `- ${p.op}, ${p.label} (${p.operationName}): ${p.outcome}`) : ['- none']),
    '',
    ...(notes.length ? ['## Notes', '', ...notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
}
