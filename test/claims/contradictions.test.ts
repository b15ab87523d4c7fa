import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.close());

const CONTRADICTIONS = /* GraphQL */ `
  query Contradictions($trackId: ID) {
    contradictions(trackId: $trackId) {
      claim { id kind text speaker { id name } source { id title } }
      contradictingClaim { id kind text speaker { id name } source { id title } }
      sharedTracks { id }
    }
  }
`;

interface Side {
  id: string;
  kind: string;
  text: string;
  speaker: { id: string; name: string };
  source: { id: string; title: string };
}
interface Contradictions {
  contradictions: { claim: Side; contradictingClaim: Side; sharedTracks: { id: string }[] }[];
}

const pairKey = (a: string, b: string) => [a, b].sort().join(' <> ');

describe('contradictions', () => {
  it('pairs Vance’s “next 100 days” with the State Department’s “no longer mediator” on the Ukraine track', async () => {
    const { contradictions } = await graph.data<Contradictions>(CONTRADICTIONS, { trackId: 'track:ukraine' });
    const pair = contradictions.find(
      (c) => pairKey(c.claim.id, c.contradictingClaim.id) === pairKey('claim:vance-next-100-days', 'claim:state-dept-no-longer-mediator'),
    );
    expect(pair).toBeDefined();
    const sides = [pair!.claim, pair!.contradictingClaim];
    expect(sides.map((s) => s.speaker.id).sort()).toEqual(['institution:state-department', 'person:vance']);
    expect(sides.every((s) => s.kind === 'QUOTE')).toBe(true);
    expect(sides.every((s) => s.source.id === 'source:espreso-parallel-realities')).toBe(true);
    expect(sides.find((s) => s.speaker.id === 'person:vance')!.text).toContain('next 100 days');
    expect(pair!.sharedTracks.map((t) => t.id)).toContain('track:ukraine');
  });

  it('limits pairs to the track asked for', async () => {
    const all = await graph.data<Contradictions>(CONTRADICTIONS, {});
    const iran = await graph.data<Contradictions>(CONTRADICTIONS, { trackId: 'track:iran' });
    expect(all.contradictions.length).toBeGreaterThanOrEqual(iran.contradictions.length);
    const iranKeys = new Set(iran.contradictions.map((c) => pairKey(c.claim.id, c.contradictingClaim.id)));
    expect(iranKeys.has(pairKey('claim:vance-next-100-days', 'claim:state-dept-no-longer-mediator'))).toBe(false);
  });

  it('shows a contradiction from both claims’ side', async () => {
    const q = `query { node(id: "claim:state-dept-no-longer-mediator") { ... on Claim { contradicts { id } } } }`;
    const data = await graph.data<{ node: { contradicts: { id: string }[] } }>(q);
    expect(data.node.contradicts.map((c) => c.id)).toContain('claim:vance-next-100-days');
  });

  it('gives NOT_FOUND for an unknown track', async () => {
    expect(codes(await graph.run(CONTRADICTIONS, { trackId: 'track:atlantis' }))).toEqual(['NOT_FOUND']);
  });
});
