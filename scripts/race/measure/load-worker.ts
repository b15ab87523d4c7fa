// The load generator, run as its own process (never inside a server's): reads one JSON job a line on
// stdin, runs autocannon for it, and prints one JSON result a line on stdout. Latencies are taken from
// autocannon's per-response times (float ms), not its integer-ms histogram.
import autocannon from 'autocannon';
import { createInterface } from 'node:readline';
import { percentile } from '../../lib/stats.js';
import { loadJob, type LoadResult } from './load-protocol.js';

/** A GraphQL body with an `errors` member (an answer with errors is counted as failed). */
const HAS_ERRORS = /"errors"\s*:\s*\[/;

async function run(line: string): Promise<LoadResult> {
  const job = loadJob.parse(JSON.parse(line));
  const latencies: number[] = [];
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: job.body,
        connections: job.connections,
        duration: job.seconds,
        // autocannon stops only at a sample tick (default every 1000 ms): tick often so runs last `seconds`.
        sampleInt: 100,
        verifyBody: (body) => !HAS_ERRORS.test(String(body)),
      },
      (error, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    id: job.id,
    completed: latencies.length,
    failed: result.non2xx + result.errors + result.mismatches,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: latencies.length / elapsed,
  };
}

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line.trim() === '') continue;
  try {
    process.stdout.write(`${JSON.stringify(await run(line))}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ error: error instanceof Error ? error.message : String(error) })}\n`);
  }
}
