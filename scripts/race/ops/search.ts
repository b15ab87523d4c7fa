// Operation 5: full-text search "envoy", first 10, best first (score, then id), with id, name or text.
import { z } from 'zod';
import { parse, roundScore } from './shapes.js';
import { graphql, raw, type RaceOperation } from './types.js';

const QUERY = 'envoy';
const FIRST = 10;

const hit = z.object({ score: z.number(), id: z.string(), name: z.string().nullable(), text: z.string().nullable() });
type Hit = z.infer<typeof hit>;

const THIS_QUERY = `query RaceSearch($query: String!, $first: Int!) {
  search(query: $query, first: $first) {
    score
    node { id ... on Entity { name } ... on Claim { text } }
  }
}`;

const PEER_QUERY = `query RaceSearch($query: String!, $first: Int!) {
  search(query: $query, first: $first) { score id name text }
}`;

const thisAnswer = z.object({
  search: z.array(
    z.object({ score: z.number(), node: z.object({ id: z.string(), name: z.string().optional(), text: z.string().optional() }) }),
  ),
});

const canonical = (hits: Hit[]) => hits.map((h) => ({ ...h, score: roundScore(h.score) }));

export const search: RaceOperation = {
  key: 'search',
  title: `search "${QUERY}", first ${FIRST}`,
  calls: () => ({
    this: graphql('RaceSearch', THIS_QUERY, { query: QUERY, first: FIRST }),
    peer: graphql('RaceSearch', PEER_QUERY, { query: QUERY, first: FIRST }),
    raw: raw('search', { query: QUERY, first: FIRST }),
  }),
  normalise: {
    this: (answer) =>
      canonical(
        parse(thisAnswer, answer, 'search/this').search.map((h) => ({
          score: h.score,
          id: h.node.id,
          name: h.node.name ?? null,
          text: h.node.text ?? null,
        })),
      ),
    peer: (answer) => canonical(parse(z.object({ search: z.array(hit) }), answer, 'search/peer').search),
    raw: (answer) => canonical(parse(z.array(hit), answer, 'search/raw')),
  },
  comparison: { kind: 'equal' },
};
