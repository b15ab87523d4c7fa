// Operation 6: contradicting claim pairs on the Ukraine track (by the two claim ids), both claims with
// speaker and source.
import { z } from 'zod';
import { CLAIM_VIEW, claimView, parse } from './shapes.js';
import { graphql, raw, type RaceOperation } from './types.js';

const pairs = z.array(z.object({ claim: claimView, contradictingClaim: claimView }));

const THIS_QUERY = `query RaceContradictions($trackId: ID!) {
  contradictions(trackId: $trackId) { claim { ${CLAIM_VIEW} } contradictingClaim { ${CLAIM_VIEW} } }
}`;

const PEER_QUERY = `query RaceContradictions($trackId: ID!) {
  contradictingClaims(trackId: $trackId) { ${CLAIM_VIEW} contradictsOnTrack(trackId: $trackId) { ${CLAIM_VIEW} } }
}`;

const peerAnswer = z.object({ contradictingClaims: z.array(claimView.extend({ contradictsOnTrack: z.array(claimView) })) });

export const contradictions: RaceOperation = {
  key: 'contradictions',
  title: 'contradictions on the track, both claims with speaker and source',
  calls: (input) => ({
    this: graphql('RaceContradictions', THIS_QUERY, { trackId: input.ids.track }),
    peer: graphql('RaceContradictions', PEER_QUERY, { trackId: input.ids.track }),
    raw: raw('contradictions', { trackId: input.ids.track }),
  }),
  normalise: {
    this: (answer) => parse(z.object({ contradictions: pairs }), answer, 'contradictions/this').contradictions,
    peer: (answer) =>
      parse(peerAnswer, answer, 'contradictions/peer').contradictingClaims.flatMap(({ contradictsOnTrack, ...claim }) =>
        contradictsOnTrack.map((other) => ({ claim, contradictingClaim: other })),
      ),
    raw: (answer) => parse(pairs, answer, 'contradictions/raw'),
  },
  comparison: { kind: 'equal' },
};
