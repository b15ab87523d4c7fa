// The ids benchmarks use on a generated graph, known without generating it: the hub, a typical
// low-degree person, the most prolific speaker and the busiest track.
import { personId, seedEntities } from './entities.js';
import { DEFAULT_SEED } from './generate.js';
import { GENERATED_HUB } from './relations.js';
import { SHAPES, type GraphSize } from './shape.js';
import { speakerRanking } from './speakers.js';

export interface BenchmarkIds {
  hubPerson: string;
  typicalPerson: string;
  prolificSpeaker: string;
  track: string;
}

/** Ids the benchmarks use: hub entities and typical (low-degree) entities, deterministic for a size and seed. */
export function benchmarkIds(size: GraphSize, seed: number = DEFAULT_SEED): BenchmarkIds {
  const shape = SHAPES[size];
  const seedPersons = seedEntities()
    .filter((e) => e.kind === 'Person')
    .map((e) => e.id);
  const prolificSpeaker = speakerRanking(shape.persons, seedPersons, seed)[0]!;
  // Far down the Zipf ranking: one attachment and a hub partner or two, like most generated people.
  const typical = Math.floor(shape.persons * 0.6);
  return {
    hubPerson: GENERATED_HUB,
    typicalPerson: personId(personId(typical) === prolificSpeaker ? typical + 1 : typical),
    prolificSpeaker,
    // Seed tracks rank first among tracks, so the Ukraine track has the most claims and contradictions.
    track: 'track:ukraine',
  };
}
