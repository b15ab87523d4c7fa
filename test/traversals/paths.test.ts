import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestGraph, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.close());

const PATHS = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!, $maxHops: Int, $types: [RelationType!]) {
    paths(from: $from, to: $to, maxHops: $maxHops, relationTypes: $types) {
      length
      nodes { id }
      hops {
        from { id }
        to { id }
        direction
        relation { type evidence { id kind speaker { id } source { id } } }
      }
    }
  }
`;

interface Paths {
  paths: {
    length: number;
    nodes: { id: string }[];
    hops: {
      from: { id: string };
      to: { id: string };
      direction: string;
      relation: { type: string; evidence: { id: string; kind: string; speaker: { id: string }; source: { id: string } }[] };
    }[];
  }[];
}

describe('paths', () => {
  it('finds Thiel → Vance → Witkoff, every hop citing Resurgam’s analysis', async () => {
    const { paths } = await graph.data<Paths>(PATHS, { from: 'person:thiel', to: 'person:witkoff' });
    expect(paths.length).toBeGreaterThan(0);
    const viaVance = paths.find((p) => p.nodes.map((n) => n.id).join() === 'person:thiel,person:vance,person:witkoff');
    expect(viaVance, JSON.stringify(paths)).toBeDefined();
    for (const hop of viaVance!.hops) {
      expect(hop.relation.evidence.length).toBeGreaterThan(0);
      expect(hop.relation.evidence.some((c) => c.kind === 'ANALYSIS' && c.speaker.id === 'person:resurgam-founder')).toBe(true);
      expect(hop.relation.evidence.every((c) => c.source.id === 'source:espreso-parallel-realities')).toBe(true);
    }
    expect(viaVance!.hops.map((h) => h.relation.type)).toEqual(['INFLUENCES', 'BACKS']);
  });

  it('reports hops walked against the relation as BACKWARD', async () => {
    const { paths } = await graph.data<Paths>(PATHS, { from: 'person:witkoff', to: 'person:thiel', types: ['INFLUENCES', 'BACKS'] });
    const hops = paths[0]!.hops;
    expect(hops.map((h) => [h.from.id, h.to.id, h.direction])).toEqual([
      ['person:witkoff', 'person:vance', 'BACKWARD'],
      ['person:vance', 'person:thiel', 'BACKWARD'],
    ]);
  });

  it('respects relationTypes and maxHops', async () => {
    const { paths } = await graph.data<Paths>(PATHS, { from: 'person:thiel', to: 'person:witkoff', types: ['ROUTED_THROUGH'] });
    expect(paths).toEqual([]);
    const short = await graph.data<Paths>(PATHS, { from: 'person:thiel', to: 'person:witkoff', maxHops: 1 });
    expect(short.paths).toEqual([]);
  });

  it('rejects out-of-range maxHops and unknown endpoints with stable codes', async () => {
    expect(codes(await graph.run(PATHS, { from: 'person:thiel', to: 'person:witkoff', maxHops: 50 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await graph.run(PATHS, { from: 'person:thiel', to: 'person:witkoff', maxHops: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await graph.run(PATHS, { from: 'person:thiel', to: 'person:ghost' }))).toEqual(['NOT_FOUND']);
  });
});

describe('neighborhood', () => {
  const HOOD = /* GraphQL */ `
    query Hood($id: ID!, $depth: Int) {
      neighborhood(id: $id, depth: $depth) { center { id } nodes { id } edges { id type from { id } to { id } evidence { id } } }
    }
  `;
  interface Hood {
    neighborhood: {
      center: { id: string };
      nodes: { id: string }[];
      edges: { id: string; type: string; from: { id: string }; to: { id: string }; evidence: { id: string }[] }[];
    };
  }

  it('draws Vance’s neighbourhood with evidenced edges among its nodes only', async () => {
    const { neighborhood } = await graph.data<Hood>(HOOD, { id: 'person:vance', depth: 1 });
    const ids = new Set(neighborhood.nodes.map((n) => n.id));
    expect(neighborhood.center.id).toBe('person:vance');
    expect(ids).toContain('person:thiel');
    expect(ids).toContain('person:witkoff');
    expect(ids).toContain('event:rome-talks');
    for (const edge of neighborhood.edges) {
      expect(ids.has(edge.from.id) && ids.has(edge.to.id)).toBe(true);
      expect(edge.evidence.length).toBeGreaterThan(0);
    }
    const deeper = await graph.data<Hood>(HOOD, { id: 'person:vance', depth: 2 });
    expect(deeper.neighborhood.nodes.length).toBeGreaterThan(neighborhood.nodes.length);
  });

  it('rejects depth beyond the maximum', async () => {
    expect(codes(await graph.run(HOOD, { id: 'person:vance', depth: 9 }))).toEqual(['BAD_USER_INPUT']);
  });
});
