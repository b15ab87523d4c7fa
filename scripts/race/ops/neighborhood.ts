// Operation 8: the depth-2 neighbourhood of the typical person (nodes and edges). The node list is
// capped at 500 besides the centre; the peer and the raw floor keep the first 500 by id (as this server
// does since its read path was compiled; before, it kept any 500). So each server's answer is checked
// against the full candidate set and its edges against every valid relation among its nodes, which
// holds for whichever 500 a server keeps.
import { z } from 'zod';
import { entityRef, keyOf, parse, sortedBy } from './shapes.js';
import { graphql, raw, type RaceOperation } from './types.js';

const MAX_NODES = 500;

const edge = z.object({ type: z.string(), from: z.string(), to: z.string() });
const hood = z.object({ nodes: z.array(entityRef), edges: z.array(edge) });
type Hood = z.infer<typeof hood>;

const THIS_QUERY = `query RaceNeighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, includeRetracted: true) { nodes { id name } edges { type from { id } to { id } } }
}`;

const PEER_QUERY = `query RaceNeighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2) { nodes { id name } edges { type from to } }
}`;

const thisAnswer = z.object({
  neighborhood: z.object({
    nodes: z.array(entityRef),
    edges: z.array(z.object({ type: z.string(), from: z.object({ id: z.string() }), to: z.object({ id: z.string() }) })),
  }),
});

const canonical = (h: Hood): Hood => ({ nodes: sortedBy(h.nodes, keyOf), edges: sortedBy(h.edges, keyOf) });

export const neighborhood: RaceOperation = {
  key: 'neighborhood',
  title: 'neighbourhood depth 2 of the typical person (nodes, edges)',
  calls: (input) => ({
    this: graphql('RaceNeighborhood', THIS_QUERY, { id: input.ids.typicalPerson }),
    peer: graphql('RaceNeighborhood', PEER_QUERY, { id: input.ids.typicalPerson }),
    raw: raw('neighborhood', { id: input.ids.typicalPerson, today: input.today }),
  }),
  normalise: {
    this: (answer) => {
      const { nodes, edges } = parse(thisAnswer, answer, 'neighborhood/this').neighborhood;
      return canonical({ nodes, edges: edges.map((e) => ({ type: e.type, from: e.from.id, to: e.to.id })) });
    },
    peer: (answer) => canonical(parse(z.object({ neighborhood: hood }), answer, 'neighborhood/peer').neighborhood),
    raw: (answer) => canonical(parse(hood, answer, 'neighborhood/raw')),
  },
  comparison: {
    kind: 'reference',
    async check(answer, send, input) {
      const center = input.ids.typicalPerson;
      const given = parse(hood, answer, 'neighborhood/answer');
      const candidates = parse(
        z.array(entityRef),
        await send('raw', raw('neighborhood-candidates', { id: center, today: input.today })),
        'neighborhood/reference',
      );
      const known = new Set(candidates.map(keyOf));
      const others = given.nodes.filter((n) => n.id !== center);
      const problems: string[] = [];
      if (others.length === given.nodes.length) problems.push('the centre is missing');
      const expected = Math.min(MAX_NODES, candidates.length);
      if (others.length !== expected)
        problems.push(`${others.length} nodes besides the centre, expected ${expected} (of ${candidates.length})`);
      const unknown = others.filter((n) => !known.has(keyOf(n)));
      if (unknown.length > 0) problems.push(`${unknown.length} nodes not within depth 2, e.g. ${keyOf(unknown[0])}`);
      const ids = given.nodes.map((n) => n.id);
      const induced = parse(z.array(edge), await send('raw', raw('induced-edges', { ids, today: input.today })), 'neighborhood/edges');
      if (keyOf(sortedBy(induced, keyOf)) !== keyOf(given.edges)) {
        problems.push(`${given.edges.length} edges, expected the ${induced.length} valid relations among its nodes`);
      }
      return problems;
    },
  },
};
