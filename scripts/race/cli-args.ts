// Command-line options shared by bench:race and bench:scale.
import { parseArgs } from 'node:util';
import { GRAPH_SIZES, type GraphSize } from '../graph-gen/index.js';

export function graphSize(value: string): GraphSize {
  const size = GRAPH_SIZES.find((s) => s === value.toUpperCase());
  if (!size) throw new Error(`--size: one of ${GRAPH_SIZES.join(', ')}, got ${value}`);
  return size;
}

export function positive(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name}: a positive number, got ${value}`);
  return n;
}

/** Options of bench:race and bench:scale; `rounds` defaults to 5 unless the command says otherwise. */
export function raceArgs(argv: string[], defaultRounds = 5) {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: 'S' },
      sizes: { type: 'string', default: 'S,M' },
      seed: { type: 'string' },
      rounds: { type: 'string', default: String(defaultRounds) },
      seconds: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '1' },
      heap: { type: 'string', default: '2g' },
      // The throwaway Neo4j starts empty, so its sized page cache fits an empty store: give the graph's size here.
      'page-cache': { type: 'string' },
      'this-dir': { type: 'string' },
      ops: { type: 'string' },
    },
  });
  return {
    size: graphSize(values.size),
    sizes: values.sizes.split(',').map((s) => graphSize(s.trim())),
    seed: values.seed === undefined ? undefined : Number(values.seed),
    rounds: Math.round(positive(values.rounds, 'rounds')),
    seconds: positive(values.seconds, 'seconds'),
    warmupSeconds: Number(values.warmup),
    heap: values.heap,
    pageCache: values['page-cache'],
    thisRoot: values['this-dir'],
    only: values.ops?.split(',').map((s) => s.trim()),
  };
}

/** Stops child processes before exiting on Ctrl-C or a termination signal. */
export function onSignalStop(stop: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stop().finally(() => process.exit(130));
    });
  }
}
