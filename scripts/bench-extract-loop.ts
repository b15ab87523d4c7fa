// Cheap reads during extraction (npm run bench:extract-loop): the built server over a throwaway Neo4j with the
// seed, extracting 1 or 3 synthetic 60,000-character articles (or one 60,000-character sentence) at once, while two
// probes, one after another, time GET /health/live and a small GraphQL query. Run with the extractor in its worker
// pool (the default) and on the event loop (EXTRACT_WORKERS=0, as before #19); writes
// docs/benchmarks/extract-loop-<date>.md.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { repoRoot } from '../src/base/paths.js';
import { freePort } from '../src/db/local-neo4j-probe.js';
import { today, writeReport } from './lib/report.js';
import { startThrowawayNeo4j } from './lib/throwaway-neo4j.js';
import { syntheticArticle, syntheticSentence } from './synthetic-article.js';
import { runMain } from './lib/run-main.js';

const EXTRACT = 'query ($text: String!, $source: SourceInput!) { extractDocument(text: $text, source: $source) { claims millis } }';
const SMALL = '{ node(id: "person:witkoff") { id } }';
const SOURCE = { title: 'Talks resume', publisher: 'Fixture Desk (test data)' };

interface Scenario {
  name: string;
  texts: string[];
}
const SCENARIOS: Scenario[] = [
  { name: '1 article', texts: [syntheticArticle(1)] },
  { name: '3 articles at once', texts: [syntheticArticle(2), syntheticArticle(3), syntheticArticle(4)] },
  { name: '1 sentence of 60,000 characters', texts: [syntheticSentence(5)] },
];
const MODES: { name: string; env: Record<string, string> }[] = [
  { name: 'worker pool (default)', env: {} },
  { name: 'event loop (EXTRACT_WORKERS=0)', env: { EXTRACT_WORKERS: '0' } },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const post = (base: string, query: string, variables: Record<string, unknown> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });

/** The given quantile (0..1) of `values`, nearest rank. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

/** Times `request` one call after another until `until` settles. */
async function probe(request: () => Promise<Response>, until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const times: number[] = [];
  while (!done) {
    const started = performance.now();
    const res = await request();
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`probe: HTTP ${res.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

interface Row {
  mode: string;
  scenario: string;
  extractMs: number;
  outcomes: string[];
  live: number[];
  query: number[];
}

async function measure(base: string, mode: string, scenario: Scenario): Promise<Row> {
  const started = performance.now();
  // Each extraction's outcome: ok, or its error code (TIMEOUT past the budget on a busy machine).
  const extractions = Promise.all(
    scenario.texts.map(async (text) => {
      const body = (await (await post(base, EXTRACT, { text, source: SOURCE })).json()) as {
        errors?: { extensions?: { code?: string } }[];
      };
      return body.errors ? String(body.errors[0]?.extensions?.code) : 'ok';
    }),
  );
  const [live, query, outcomes] = await Promise.all([
    probe(() => fetch(`${base}/health/live`), extractions),
    probe(() => post(base, SMALL), extractions),
    extractions,
  ]);
  return { mode, scenario: scenario.name, extractMs: performance.now() - started, outcomes, live, query };
}

async function startApi(env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: repoRoot(),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      EXTRACTIONS_PER_CLIENT: '3',
      RATE_LIMIT_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let ready = false; !ready;) {
    await sleep(250);
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    ready = await fetch(`${base}/health/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
  }
  // Warm-up, not measured: the pool starts its worker on first use, and the first full-size extraction and the
  // first queries run cold code on the main thread (the first article's query p99 was 133 ms cold, 34 ms warm).
  await post(base, EXTRACT, { text: 'Witkoff said that the talks would resume.', source: SOURCE });
  for (let i = 0; i < 30; i++) await post(base, SMALL);
  await post(base, EXTRACT, { text: SCENARIOS[0]!.texts[0]!, source: SOURCE });
  return { base, child };
}

const ms = (n: number) => (n < 10 ? n.toFixed(1) : String(Math.round(n)));
const cells = (t: number[]) => `${t.length} | ${ms(quantile(t, 0.5))} | ${ms(quantile(t, 0.99))} | ${ms(Math.max(...t))}`;

async function main() {
  const root = repoRoot();
  console.log('building the server (npm run build)');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  const load = loadavg()[0]!.toFixed(1);
  const neo4j = await startThrowawayNeo4j({ name: 'extract-loop', heap: '1g', log: (line) => console.log(line) });
  const rows: Row[] = [];
  try {
    for (const mode of MODES) {
      const api = await startApi({ NEO4J_URI: neo4j.target.uri, NEO4J_PASSWORD: neo4j.target.password, ...mode.env });
      try {
        for (const scenario of SCENARIOS) {
          const row = await measure(api.base, mode.name, scenario);
          rows.push(row);
          console.log(
            `${mode.name}, ${scenario.name}: extraction ${Math.round(row.extractMs)} ms (${row.outcomes.join(', ')}); ` +
              `/health/live p50 ${ms(quantile(row.live, 0.5))} ` +
              `p99 ${ms(quantile(row.live, 0.99))} ms; query p50 ${ms(quantile(row.query, 0.5))} p99 ${ms(quantile(row.query, 0.99))} ms`,
          );
        }
      } finally {
        api.child.kill('SIGTERM');
        await new Promise((resolve) => api.child.once('exit', resolve));
      }
    }
  } finally {
    await neo4j.stop();
  }
  const date = today();
  writeReport(`docs/benchmarks/extract-loop-${date}.md`, [
    `# Cheap reads while articles are extracted, ${date}`,
    '',
    `Command: \`npm run bench:extract-loop\` on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${load} at the start`,
    '(the machine is shared; Neo4j with a 1 GB heap runs on the same cores).',
    'Server: the built server (`node dist/src/main.js`, `NODE_ENV=production`) over a throwaway Neo4j with the seed, with',
    '`EXTRACTIONS_PER_CLIENT=3` so that three extractions from the benchmark run at once, and `RATE_LIMIT_ENABLED=false`',
    '(the probes ask one after another from one address, faster than the per-client limit allows); otherwise the default configuration',
    '(`EXTRACT_WORKERS` unset: one worker per core but one, at most two). Each text is a synthetic article of 60,000',
    "characters (`scripts/synthetic-article.ts`: templates of our own around the seed's names, seeded). While the",
    'extractions run, two probes each send one request after another: `GET /health/live` and the GraphQL query',
    `\`${SMALL}\`; the table gives their latency in ms (n requests, p50, p99, max) over the whole extraction.`,
    '',
    '"extraction" is the time until the last text was answered, and each answer: `ok`, or its error code (`TIMEOUT`: past',
    '`EXTRACT_TIME_BUDGET_MS`, 20 s by default, which only the pool enforces).',
    '',
    '| extractor | texts | extraction (ms) | answers | /health/live n | p50 | p99 | max | query n | p50 | p99 | max |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) => `| ${r.mode} | ${r.scenario} | ${Math.round(r.extractMs)} | ${r.outcomes.join(', ')} | ${cells(r.live)} | ${cells(r.query)} |`,
    ),
    '',
  ]);
}

runMain(main);
