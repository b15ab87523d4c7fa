// Evidence-aware paths on the seed: `k` simple paths, not only the shortest, by length; each hop with its
// support; the evidence filter applied hop by hop while the search runs, so maxHops keeps its meaning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.close());

interface Path {
  length: number;
  nodes: { id: string }[];
  hops: { relation: { id: string }; support: { kinds: string[]; independentOrigins: number } }[];
}
const PATHS = /* GraphQL */ `
  query($from: ID!, $to: ID!, $maxHops: Int, $k: Int, $evidence: EvidenceFilter) {
    paths(from: $from, to: $to, maxHops: $maxHops, k: $k, evidence: $evidence) {
      length nodes { id } hops { relation { id } support { kinds independentOrigins } }
    }
  }
`;
const paths = async (vars: Record<string, unknown>) =>
  (await graph.data<{ paths: Path[] }>(PATHS, { from: 'person:thiel', to: 'track:ukraine', ...vars })).paths;
const route = (p: Path) => p.nodes.map((n) => n.id).join(' > ');

describe('evidence-aware paths', () => {
  it('gives k simple paths by length, not only the shortest, each hop with its support', async () => {
    const shortest = await paths({ maxHops: 6 });
    expect(shortest.map(route)).toEqual(['person:thiel > person:vance > track:ukraine']);
    const five = await paths({ maxHops: 4, k: 5 });
    expect(five).toHaveLength(5);
    expect(route(five[0]!)).toBe(route(shortest[0]!));
    expect(five.map((p) => p.length)).toEqual([...five.map((p) => p.length)].sort((a, b) => a - b));
    expect(new Set(five.map(route)).size).toBe(5);
    for (const p of five) {
      expect(new Set(p.nodes.map((n) => n.id)).size, route(p)).toBe(p.nodes.length);
      expect(p.length).toBeLessThanOrEqual(4);
      for (const hop of p.hops) expect(hop.support.independentOrigins).toBeGreaterThan(0);
    }
    // maxHops keeps its meaning with k.
    expect((await paths({ maxHops: 2, k: 5 })).map((p) => p.length)).toEqual([2]);
  });

  it('applies the evidence filter to every hop during the search', async () => {
    // Thiel's only tie (INFLUENCES Vance) rests on analysis: no path of quotes leaves him.
    expect(await paths({ maxHops: 5, k: 5, evidence: { kinds: ['QUOTE'] } })).toEqual([]);
    // From Vance, a path of quotes exists, and each of its hops has a quote behind it.
    const quoted = await paths({ from: 'person:vance', maxHops: 4, k: 5, evidence: { kinds: ['QUOTE'] } });
    expect(quoted.length).toBeGreaterThan(0);
    for (const p of quoted) for (const hop of p.hops) expect(hop.support.kinds, route(p)).toContain('QUOTE');
    // Leaving out one speaker's claims removes the paths that rest on them alone, and only those.
    const all = await paths({ maxHops: 5, k: 10 });
    const without = await paths({ maxHops: 5, k: 10, evidence: { excludeSpeakers: ['institution:espreso-global'] } });
    expect(all.some((p) => route(p).includes('event:rome-talks'))).toBe(true);
    expect(without.some((p) => route(p).includes('event:rome-talks'))).toBe(false);
    expect(route(without[0]!)).toBe(route(all[0]!));
  });

  it('refuses k out of range, naming it', async () => {
    const result = await graph.run(PATHS, { from: 'person:thiel', to: 'track:ukraine', k: 0 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/^k:/);
  });
});
