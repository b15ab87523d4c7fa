// Independent corroboration: Relation.support and Claim.support count independent origins (original speakers),
// not articles: one analyst quoted by two outlets counts once, an outlet repeating itself counts once. A grade
// keeps the curator's source reliability (A-F) apart from the credibility (1-6) derived from corroboration and
// contradiction; the evidence filter (minIndependent, onRecord, kinds, excludeSpeakers) uses the same counts.
// The documents are inventions of this test: a fictional envoy and fictional outlets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST } from '../support/documents.js';
import { startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ seed: false });
});
afterAll(() => graph.close());

const editor = { token: TOKENS.editor };
const ENVOY = 'person:test-envoy-vale';
const TALKS = 'track:test-harbour-talks';
const ENTITIES = [
  { id: ENVOY, kind: 'PERSON', name: 'Envoy Vale' },
  { id: TALKS, kind: 'TRACK', name: 'Harbour talks' },
  { id: 'person:test-analyst-kell', kind: 'PERSON', name: 'Dr. Kell' },
  { id: 'person:test-critic-orr', kind: 'PERSON', name: 'Critic Orr' },
  { id: 'institution:test-outlet-one', kind: 'INSTITUTION', name: 'Outlet One' },
];

interface ClaimSpec {
  id: string;
  speaker: string;
  kind: string;
  text: string;
  supports?: string[];
  contradicts?: string[];
}
/** One article: its claims, and (unless `routes` is false) the route of the talks through the envoy resting on them. */
function article(n: number, publisher: string, claims: ClaimSpec[], routes = true) {
  return {
    source: {
      id: `source:test-support-${n}`,
      title: `Harbour talks, part ${n} (test data)`,
      publisher,
      publishedDate: `2026-01-${10 + n}`,
    },
    entities: ENTITIES,
    claims: claims.map((c) => ({ ...c, about: [TALKS, ENVOY] })),
    relations: routes ? [{ type: 'ROUTED_THROUGH', from: TALKS, to: ENVOY, evidence: claims.map((_, i) => `#${i}`) }] : [],
  };
}
const ingest = (input: unknown) => graph.data(INGEST, { input }, editor);

const SUPPORT =
  'claims sources publishers independentOrigins speakers { id } kinds onRecord firstSaid lastSaid ' +
  'contradictingClaims contradictingOrigins reliability credibility grade';
interface Support {
  claims: number;
  sources: number;
  publishers: number;
  independentOrigins: number;
  speakers: { id: string }[];
  onRecord: boolean;
  firstSaid: string;
  lastSaid: string;
  contradictingOrigins: number;
  reliability: string;
  credibility: number;
  grade: string;
}
const routeSupport = async () => {
  const { node } = await graph.data<{ node: { routedThrough: { support: Support }[] } }>(
    `query($id: ID!) { node(id: $id) { ... on PolicyTrack { routedThrough { support { ${SUPPORT} } } } } }`,
    { id: TALKS },
  );
  expect(node.routedThrough).toHaveLength(1);
  return node.routedThrough[0]!.support;
};
const routedWith = async (evidence: Record<string, unknown>) =>
  (
    await graph.data<{ tracksRoutedThrough: unknown[] }>(
      'query($id: ID!, $e: EvidenceFilter) { tracksRoutedThrough(personId: $id, evidence: $e) { track { id } } }',
      { id: ENVOY, e: evidence },
    )
  ).tracksRoutedThrough.length;

describe('independent corroboration', () => {
  it('counts original speakers, not articles, grades the relation, and filters on it', async () => {
    const kell = 'person:test-analyst-kell';
    // One analyst, quoted by two outlets: two sources, two publishers, one origin.
    await ingest(
      article(1, 'Harbour Post', [{ id: 'claim:test-kell-1', speaker: kell, kind: 'ANALYSIS', text: 'Kell: the talks run through Vale.' }]),
    );
    await ingest(
      article(2, 'Coast Weekly', [
        {
          id: 'claim:test-kell-2',
          speaker: kell,
          kind: 'ANALYSIS',
          text: 'Kell says Vale carries the talks.',
          supports: ['claim:test-kell-1'],
        },
      ]),
    );
    let support = await routeSupport();
    expect(support).toMatchObject({
      claims: 2,
      sources: 2,
      publishers: 2,
      independentOrigins: 1,
      credibility: 3,
      grade: 'F3',
      onRecord: false,
    });
    expect(support).toMatchObject({ firstSaid: '2026-01-11', lastSaid: '2026-01-12' });
    expect(await routedWith({ minIndependent: 2 })).toBe(0);

    // An outlet repeating itself in two articles: one more origin, not two.
    const outlet = 'institution:test-outlet-one';
    await ingest(
      article(3, 'Outlet One', [{ id: 'claim:test-outlet-1', speaker: outlet, kind: 'FACT', text: 'Vale handles the harbour talks.' }]),
    );
    await ingest(
      article(4, 'Outlet One', [{ id: 'claim:test-outlet-2', speaker: outlet, kind: 'FACT', text: 'The talks still go through Vale.' }]),
    );
    support = await routeSupport();
    expect(support).toMatchObject({ claims: 4, sources: 4, publishers: 3, independentOrigins: 2, credibility: 2 });
    expect(await routedWith({ minIndependent: 2 })).toBe(1);
    expect(await routedWith({ minIndependent: 3 })).toBe(0);

    // The envoy on the record: a third origin, and a principal's own words.
    await ingest(
      article(5, 'Harbour Post', [
        { id: 'claim:test-vale-quote', speaker: ENVOY, kind: 'QUOTE', text: '"I carry these talks," Vale said.' },
      ]),
    );
    support = await routeSupport();
    expect(support).toMatchObject({ independentOrigins: 3, onRecord: true, credibility: 1, grade: 'F1' });
    expect(support.speakers.map((s) => s.id)).toEqual([kell, outlet, ENVOY]);
    expect(await routedWith({ onRecord: true })).toBe(1);
    expect(await routedWith({ onRecord: true, excludeSpeakers: [ENVOY] })).toBe(0);
    expect(await routedWith({ kinds: ['QUOTE'] })).toBe(1);
    expect(await routedWith({ kinds: ['REPORT'] })).toBe(0);
    expect(await routedWith({ minIndependent: 2, excludeSpeakers: [kell, outlet] })).toBe(0);

    // A critic contradicts the envoy: contradicted, but by fewer origins than support it.
    await ingest(
      article(
        6,
        'Coast Weekly',
        [
          {
            id: 'claim:test-orr',
            speaker: 'person:test-critic-orr',
            kind: 'ANALYSIS',
            text: 'Orr: Vale has no part in the talks.',
            contradicts: ['claim:test-vale-quote'],
          },
        ],
        false,
      ),
    );
    support = await routeSupport();
    expect(support).toMatchObject({ contradictingClaims: 1, contradictingOrigins: 1, credibility: 4 });

    // A curator rates one source: the grade's reliability is the best of its sources.
    const rated = await graph.data<{ setReliability: { id: string; reliability: string } }>(
      'mutation { setReliability(id: "source:test-support-5", reliability: B) { id ... on Source { reliability } } }',
      {},
      editor,
    );
    expect(rated.setReliability).toEqual({ id: 'source:test-support-5', reliability: 'B' });
    expect((await routeSupport()).grade).toBe('B4');
  });

  it('gives a claim the support of the claims that support it, by origin', async () => {
    const { node } = await graph.data<{ node: { support: Support } }>(
      `{ node(id: "claim:test-kell-1") { ... on Claim { support { ${SUPPORT} } } } }`,
    );
    // Kell's two write-ups are one origin: the second supports the first without corroborating it.
    expect(node.support).toMatchObject({ claims: 2, sources: 2, independentOrigins: 1, credibility: 3 });
  });

  it('refuses a rating on an id that is neither a source nor an institution, and an out-of-range minIndependent', async () => {
    const wrongKind = await graph.run('mutation { setReliability(id: "person:test-envoy-vale", reliability: A) { id } }', {}, editor);
    expect(wrongKind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const zero = await graph.run(
      '{ tracksRoutedThrough(personId: "person:test-envoy-vale", evidence: { minIndependent: 0 }) { track { id } } }',
    );
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
