import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.close());

const ROUTED = /* GraphQL */ `
  query Routed($personId: ID!) {
    tracksRoutedThrough(personId: $personId) {
      track { id name }
      relation { type from { id } to { id } }
      evidence { id kind speaker { id } source { id publisher } }
    }
  }
`;

interface Routed {
  tracksRoutedThrough: {
    track: { id: string; name: string };
    relation: { type: string; from: { id: string }; to: { id: string } };
    evidence: { id: string; kind: string; speaker: { id: string }; source: { id: string; publisher: string } }[];
  }[];
}

describe('tracksRoutedThrough', () => {
  it('routes exactly Ukraine, Israel-Hamas and Iran through Witkoff', async () => {
    const { tracksRoutedThrough } = await graph.data<Routed>(ROUTED, { personId: 'person:witkoff' });
    expect(tracksRoutedThrough.map((t) => t.track.id).sort()).toEqual(['track:iran', 'track:israel-hamas', 'track:ukraine']);
    for (const routed of tracksRoutedThrough) {
      expect(routed.relation).toMatchObject({ type: 'ROUTED_THROUGH', from: { id: routed.track.id }, to: { id: 'person:witkoff' } });
    }
  });

  it('cites the Espreso article’s own analysis (an unattributed sentence, so the outlet speaks it) as the evidence for each route', async () => {
    const { tracksRoutedThrough } = await graph.data<Routed>(ROUTED, { personId: 'person:witkoff' });
    for (const routed of tracksRoutedThrough) {
      const ids = routed.evidence.map((c) => c.id);
      expect(ids).toContain('claim:all-roads-through-witkoff');
      const analysis = routed.evidence.find((c) => c.id === 'claim:all-roads-through-witkoff');
      expect(analysis).toMatchObject({
        kind: 'ANALYSIS',
        speaker: { id: 'institution:espreso-global' },
        source: { publisher: 'Espreso Global' },
      });
    }
  });

  it('answers an empty list for a person no track is routed through', async () => {
    const { tracksRoutedThrough } = await graph.data<Routed>(ROUTED, { personId: 'person:thiel' });
    expect(tracksRoutedThrough).toEqual([]);
  });

  it('gives NOT_FOUND for an unknown person and BAD_USER_INPUT for a malformed id', async () => {
    expect(codes(await graph.run(ROUTED, { personId: 'person:nobody' }))).toEqual(['NOT_FOUND']);
    expect(codes(await graph.run(ROUTED, { personId: "x' OR 1=1 //" }))).toEqual(['BAD_USER_INPUT']);
  });
});
