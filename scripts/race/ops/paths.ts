// Operation 4: shortest paths Thiel → Witkoff (maxHops 4, at most 25), every hop with its evidence.
// No order is defined and more than 25 shortest paths may exist, so each server's paths are checked
// against the full set (paths-all.cypher) instead of against each other.
import { z } from 'zod';
import { CLAIM_VIEW, claimView, entityRef, keyOf, parse, sortedBy } from './shapes.js';
import { graphql, raw, type RaceOperation } from './types.js';

const FROM = 'person:thiel';
const TO = 'person:witkoff';
const MAX_PATHS = 25;

const hop = z.object({ from: entityRef, to: entityRef, type: z.string(), direction: z.string(), evidence: z.array(claimView) });
const path = z.object({ length: z.number(), hops: z.array(hop) });
const paths = z.array(path);
type Path = z.infer<typeof path>;

const THIS_QUERY = `query RacePaths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, includeRetracted: true) {
    length
    hops { from { id name } to { id name } direction relation { type evidence { ${CLAIM_VIEW} } } }
  }
}`;

const PEER_QUERY = `query RacePaths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4) {
    length
    hops { from { id name } to { id name } type direction evidence { ${CLAIM_VIEW} } }
  }
}`;

const thisAnswer = z.object({
  paths: z.array(
    z.object({
      length: z.number(),
      hops: z.array(
        z.object({
          from: entityRef,
          to: entityRef,
          direction: z.string(),
          relation: z.object({ type: z.string(), evidence: z.array(claimView) }),
        }),
      ),
    }),
  ),
});

const canonical = (items: Path[]) => sortedBy(items, keyOf);

export const shortestPaths: RaceOperation = {
  key: 'paths',
  title: 'shortest paths Thiel → Witkoff, evidence per hop',
  calls: (input) => ({
    this: graphql('RacePaths', THIS_QUERY, { from: FROM, to: TO }),
    peer: graphql('RacePaths', PEER_QUERY, { from: FROM, to: TO }),
    raw: raw('paths', { from: FROM, to: TO, today: input.today }),
  }),
  normalise: {
    this: (answer) =>
      canonical(
        parse(thisAnswer, answer, 'paths/this').paths.map((p) => ({
          length: p.length,
          hops: p.hops.map((h) => ({
            from: h.from,
            to: h.to,
            type: h.relation.type,
            direction: h.direction,
            evidence: h.relation.evidence,
          })),
        })),
      ),
    peer: (answer) => canonical(parse(z.object({ paths }), answer, 'paths/peer').paths),
    raw: (answer) => canonical(parse(paths, answer, 'paths/raw')),
  },
  comparison: {
    kind: 'reference',
    async check(answer, send, input) {
      const all = parse(paths, await send('raw', raw('paths-all', { from: FROM, to: TO, today: input.today })), 'paths/reference');
      const known = new Set(all.map(keyOf));
      const given = parse(paths, answer, 'paths/answer');
      const problems: string[] = [];
      const expected = Math.min(MAX_PATHS, all.length);
      if (given.length !== expected) problems.push(`${given.length} paths, expected ${expected} (of ${all.length} shortest)`);
      if (new Set(given.map(keyOf)).size !== given.length) problems.push('the same path twice');
      const unknown = given.filter((p) => !known.has(keyOf(p)));
      if (unknown.length > 0) problems.push(`${unknown.length} paths not among the shortest, e.g. ${keyOf(unknown[0]).slice(0, 300)}`);
      return problems;
    },
  },
};
