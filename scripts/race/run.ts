// npm run bench:race -- [--size S|M] [--rounds 5] [--seconds 3] [--warmup 1] [--heap 2g] [--seed N]
//   [--ops key,key] [--this-dir <checkout>]
// Races this server against @neo4j/graphql and a raw-driver floor on a throwaway Neo4j, prints the
// summary table and writes docs/benchmarks/race-<date>-<size>.md.
import { writeReport } from '../lib/report.js';
import { stopThrowawayNeo4js } from '../lib/throwaway-neo4j.js';
import { onSignalStop, raceArgs } from './cli-args.js';
import { RACE_NOTES } from './notes.js';
import { runRace } from './race.js';
import { raceReport, summaryTable } from './report.js';
import { stopAllChildren } from './servers/child.js';

async function main(): Promise<void> {
  const args = raceArgs(process.argv.slice(2));
  onSignalStop(async () => {
    await stopAllChildren();
    await stopThrowawayNeo4js();
  });
  const started = Date.now();
  const log = (msg: string) => console.log(`[race ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
  const result = await runRace({ ...args, log });
  const command = `npm run bench:race -- ${process.argv.slice(2).join(' ')}`.trim();
  console.log(`\n${summaryTable(result)}\n`);
  writeReport(`docs/benchmarks/race-${result.today}-${args.size}.md`, raceReport(result, command, RACE_NOTES));
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAllChildren();
  process.exit(1);
});
