// Operation 3: the tracks routed through Witkoff, by track name, with evidence, speakers and sources.
import { z } from 'zod';
import { CLAIM_VIEW, claimView, entityRef, only, parse } from './shapes.js';
import { graphql, raw, type RaceOperation } from './types.js';
import { peerValidNow } from './validity.js';

const PERSON = 'person:witkoff';
const routed = z.array(z.object({ track: entityRef, evidence: z.array(claimView) }));

const THIS_QUERY = `query RaceRoutedThrough($personId: ID!) {
  tracksRoutedThrough(personId: $personId, includeRetracted: true) { track { id name } evidence { ${CLAIM_VIEW} } }
}`;

const PEER_QUERY = `query RaceRoutedThrough($personId: ID!, $valid: RelationPropsWhere!) {
  people(where: { id: { eq: $personId } }) {
    inRoutedThroughConnection(where: { edge: $valid }, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]) {
      edges { node { id name } properties { evidence { ${CLAIM_VIEW} } } }
    }
  }
}`;

const peerAnswer = z.object({
  people: z.array(
    z.object({
      inRoutedThroughConnection: z.object({
        edges: z.array(z.object({ node: entityRef, properties: z.object({ evidence: z.array(claimView) }) })),
      }),
    }),
  ),
});

export const routedThrough: RaceOperation = {
  key: 'routed-through',
  title: `tracksRoutedThrough(${PERSON}) with evidence, speakers, sources`,
  calls: (input) => ({
    this: graphql('RaceRoutedThrough', THIS_QUERY, { personId: PERSON }),
    peer: graphql('RaceRoutedThrough', PEER_QUERY, { personId: PERSON, valid: peerValidNow(input.today) }),
    raw: raw('routed', { personId: PERSON, today: input.today }),
  }),
  normalise: {
    this: (answer) => parse(z.object({ tracksRoutedThrough: routed }), answer, 'routed/this').tracksRoutedThrough,
    peer: (answer) => {
      const person = only(parse(peerAnswer, answer, 'routed/peer').people, 'routed/peer');
      return person.inRoutedThroughConnection.edges.map((e) => ({ track: e.node, evidence: e.properties.evidence }));
    },
    raw: (answer) => parse(routed, answer, 'routed/raw'),
  },
  comparison: { kind: 'equal' },
};
