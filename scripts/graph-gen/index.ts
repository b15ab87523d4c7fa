// The graph generator's public surface: sizes, generation, the bulk loader and the benchmark ids.
export { GRAPH_SIZES, SHAPES, type GraphShape, type GraphSize } from './shape.js';
export { DEFAULT_SEED, generateBatches, type Batch, type GenerateOptions } from './generate.js';
export { GENERATOR_ACTOR, loadGeneratedGraph, type LoadStats } from './load.js';
export { benchmarkIds, type BenchmarkIds } from './benchmark-ids.js';
