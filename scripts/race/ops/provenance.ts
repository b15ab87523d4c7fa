// The provenance fields (issue 18), timed by `npm run bench:provenance`: this server only, since neither the peer
// nor a raw query answers them. Each pairs with a plain operation to compare against (paths-evidence against
// paths-plain: the evidence filter applied hop by hop during the search).
import { graphql, raw, type OpInput, type RaceOperation } from './types.js';

const FROM = 'person:thiel';
const TO = 'person:witkoff';
const HOP = 'length hops { relation { id } }';

/** An operation of this server alone: its answer is taken as it is (no peer, no raw query to compare with). */
function thisOnly(
  key: string,
  title: string,
  query: (input: OpInput) => { text: string; variables: Record<string, unknown> },
): RaceOperation {
  const unused = () => {
    throw new Error(`${key}: this server only`);
  };
  return {
    key,
    title,
    calls(input) {
      const { text, variables } = query(input);
      return { this: graphql('Provenance', text, variables), peer: graphql('Unused', '{ __typename }'), raw: raw('unused', {}) };
    },
    normalise: { this: (answer) => answer, peer: unused, raw: unused },
    comparison: { kind: 'equal' },
  };
}

const paths = (evidence: Record<string, unknown> | null, k: number | null) => () => ({
  text: `query Provenance($from: ID!, $to: ID!, $e: EvidenceFilter, $k: Int) { paths(from: $from, to: $to, maxHops: 4, evidence: $e, k: $k) { ${HOP} } }`,
  variables: { from: FROM, to: TO, e: evidence, k },
});

export const PROVENANCE_OPERATIONS: readonly RaceOperation[] = [
  thisOnly('paths-plain', 'shortest paths Thiel → Witkoff (maxHops 4), as the race asks', paths(null, null)),
  thisOnly(
    'paths-no-analysis',
    'the same, every hop resting on a quote, report or fact (evidence.kinds)',
    paths({ kinds: ['QUOTE', 'REPORT', 'FACT'] }, null),
  ),
  thisOnly(
    'paths-2-origins',
    'the same, every hop with 2+ independent origins (evidence.minIndependent)',
    paths({ minIndependent: 2 }, null),
  ),
  thisOnly('paths-k5', 'up to 5 simple paths (k: 5), by length then weakest hop', paths(null, 5)),
  thisOnly('hub-support', "the hub's first 20 relations with support (origins, grade)", (input) => ({
    text:
      `query Provenance($id: ID!) { node(id: $id) { ... on Entity { relations(first: 20) { id ` +
      `support { independentOrigins sources grade firstSaid } } } } }`,
    variables: { id: input.ids.hubPerson },
  })),
  thisOnly('routed-known-at', 'tracks routed through the hub, known by 2025-06 (evidence.knownAt)', (input) => ({
    text: `query Provenance($id: ID!) { tracksRoutedThrough(personId: $id, evidence: { knownAt: "2025-06" }) { track { id } relation { dated knownFrom } } }`,
    variables: { id: input.ids.hubPerson },
  })),
  thisOnly('claims-support', "20 of the prolific speaker's claims, each with its support and attribution chain", (input) => ({
    text:
      `query Provenance($id: ID!) { claims(first: 20, filter: { speakerId: $id }) { nodes { id date dateBasis ` +
      `support { independentOrigins credibility grade } attribution { role name } } } }`,
    variables: { id: input.ids.prolificSpeaker },
  })),
  thisOnly('contradiction-timeline', 'Ukraine: claims made and contradictions opened, by month over 2025', (input) => ({
    text:
      `query Provenance($id: ID!) { contradictionTimeline(trackId: $id, from: "2025-01", to: "2025-12", bucket: MONTH) { ` +
      `buckets { start claimsMade contradictionsOpened } undated { contradictionsOpened } } }`,
    variables: { id: input.ids.track },
  })),
  thisOnly('brokers-year-by-month', 'brokers of the three seed tracks, a year by month', () => ({
    text:
      `query Provenance { brokers(trackIds: ["track:ukraine", "track:iran", "track:israel-hamas"], from: "2024-09", to: "2025-08", ` +
      `bucket: MONTH) { buckets { label brokers(first: 10) { person { id } betweenness } } } }`,
    variables: {},
  })),
];
