// Operation 9: the second page of 20 unretracted claims by id, with speaker and source. `prepare`
// fetches page 1 from each server for its own cursor (this server's keyset cursor, the peer's offset
// cursor, the raw floor's last id).
import { z } from 'zod';
import { CLAIM_VIEW, claimView, parse } from './shapes.js';
import { graphql, raw, type RaceOperation, type ServerName } from './types.js';

const FIRST = 20;
const page = z.object({ hasNextPage: z.boolean(), nodes: z.array(claimView) });

const THIS_PAGE_1 = `query RaceClaimsPage1 {
  claims(first: ${FIRST}, orderBy: { field: ID, direction: ASC }) { pageInfo { endCursor } }
}`;
const THIS_PAGE_2 = `query RaceClaimsPage2($after: String) {
  claims(first: ${FIRST}, after: $after, orderBy: { field: ID, direction: ASC }) { pageInfo { hasNextPage } nodes { ${CLAIM_VIEW} } }
}`;
const PEER_PAGE_1 = `query RaceClaimsPage1 {
  claimsConnection(first: ${FIRST}, sort: [{ id: ASC }], where: { retractedAt: { eq: null } }) { pageInfo { endCursor } }
}`;
const PEER_PAGE_2 = `query RaceClaimsPage2($after: String) {
  claimsConnection(first: ${FIRST}, after: $after, sort: [{ id: ASC }], where: { retractedAt: { eq: null } }) {
    pageInfo { hasNextPage }
    edges { node { ${CLAIM_VIEW} } }
  }
}`;

const endCursor = z.object({ pageInfo: z.object({ endCursor: z.string() }) });

export const claimsPage: RaceOperation = {
  key: 'claims-page-2',
  title: `claims page 2 (first ${FIRST} after page 1, by id) with speaker and source`,
  async prepare(send, _input, servers) {
    const cursors: Partial<Record<ServerName, string>> = {};
    if (servers.includes('this')) {
      const page1 = parse(z.object({ claims: endCursor }), await send('this', graphql('RaceClaimsPage1', THIS_PAGE_1)), 'claims/this');
      cursors.this = page1.claims.pageInfo.endCursor;
    }
    if (servers.includes('peer')) {
      const page1 = parse(
        z.object({ claimsConnection: endCursor }),
        await send('peer', graphql('RaceClaimsPage1', PEER_PAGE_1)),
        'claims/peer',
      );
      cursors.peer = page1.claimsConnection.pageInfo.endCursor;
    }
    if (servers.includes('raw')) {
      const page1 = parse(page, await send('raw', raw('claims-page', { afterId: '', first: FIRST })), 'claims/raw');
      const last = page1.nodes.at(-1);
      if (!last) throw new Error('claims/raw: page 1 is empty');
      cursors.raw = last.id;
    }
    return cursors;
  },
  calls: (input) => ({
    this: graphql('RaceClaimsPage2', THIS_PAGE_2, { after: input.prepared?.this ?? null }),
    peer: graphql('RaceClaimsPage2', PEER_PAGE_2, { after: input.prepared?.peer ?? null }),
    raw: raw('claims-page', { afterId: input.prepared?.raw ?? '', first: FIRST }),
  }),
  normalise: {
    this: (answer) => {
      const claims = parse(
        z.object({ claims: z.object({ pageInfo: z.object({ hasNextPage: z.boolean() }), nodes: z.array(claimView) }) }),
        answer,
        'claims/this',
      ).claims;
      return { hasNextPage: claims.pageInfo.hasNextPage, nodes: claims.nodes };
    },
    peer: (answer) => {
      const connection = parse(
        z.object({
          claimsConnection: z.object({ pageInfo: z.object({ hasNextPage: z.boolean() }), edges: z.array(z.object({ node: claimView })) }),
        }),
        answer,
        'claims/peer',
      ).claimsConnection;
      return { hasNextPage: connection.pageInfo.hasNextPage, nodes: connection.edges.map((e) => e.node) };
    },
    raw: (answer) => parse(page, answer, 'claims/raw'),
  },
  comparison: { kind: 'equal' },
};
