// Who speaks most: a seeded ranking of people for SAID_BY (Zipf over it, so a few prolific speakers
// have thousands of claims at M). Cheap to recompute, so benchmarkIds needs no generation run.
import { personId } from './entities.js';
import { Rng } from './random.js';

/** Generated people in a seeded order, with the seed's people interleaved at the odd ranks 1, 3, 5 ... */
export function speakerRanking(persons: number, seedPersonIds: readonly string[], seed: number): string[] {
  const rng = new Rng(seed, 'speakers');
  const order = rng.shuffle(Array.from({ length: persons }, (_, i) => i));
  const ranking: string[] = [];
  let s = 0;
  for (const i of order) {
    if (ranking.length % 2 === 1 && s < seedPersonIds.length) ranking.push(seedPersonIds[s++]!);
    ranking.push(personId(i));
  }
  while (s < seedPersonIds.length) ranking.push(seedPersonIds[s++]!);
  return ranking;
}
