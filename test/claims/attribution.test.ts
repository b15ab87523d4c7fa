// Attribution chains: who said a claim, who relayed or reported it, who published it, and whose analysis a source
// writes up (Claim.attribution, Source.relays), read and filtered inside each root field's one query.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/base/paths.js';
import { codes, startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
beforeEach(() => graph.reset());
afterAll(() => graph.close());

const editor = { token: TOKENS.editor };

interface Link {
  position: number;
  role: string;
  name: string;
  entity: { id: string } | null;
  source: { id: string };
}

const CHAIN = /* GraphQL */ `
  query Chain($id: ID!) {
    node(id: $id) {
      ... on Claim {
        attributedTo { id }
        attribution { position role name entity { id } source { id } }
      }
    }
  }
`;
const chainOf = async (id: string) =>
  (await graph.data<{ node: { attribution: Link[]; attributedTo: { id: string }[] } }>(CHAIN, { id })).node;
const steps = (links: Link[]) => links.map((l) => `${l.position} ${l.role} ${l.entity?.id ?? l.name}`);

const CLAIMS = /* GraphQL */ `
  query Claims($filter: ClaimFilter) {
    claims(filter: $filter, first: 100) { totalCount nodes { id } }
  }
`;
const claimIds = async (filter: Record<string, unknown>) => {
  const data = await graph.data<{ claims: { totalCount: number; nodes: { id: string }[] } }>(CLAIMS, { filter });
  expect(data.claims.totalCount).toBe(data.claims.nodes.length);
  return data.claims.nodes.map((n) => n.id).sort();
};

const INGEST = /* GraphQL */ `
  mutation Ingest($input: DocumentInput!) {
    ingestDocument(input: $input) { created changes { kind id } }
  }
`;

// The founder's own claims (speaker person:resurgam-founder) and the outlet's analysis in the write-up of his analysis.
const FOUNDER = [
  'claim:trump-master-of-unpredictability',
  'claim:trump-chaos-extends-to-team',
  'claim:moscow-sold-illusion',
  'claim:state-dept-exit-weakens-witkoff-leverage',
  'claim:state-dept-exit-leaves-witkoff-exposed',
  'claim:witkoff-avoids-withdrawal-topic',
  'claim:putin-wont-budge-without-pressure',
  'claim:trump-enjoys-uncertainty',
  'claim:rubio-highlights-witkoff-failures',
  'claim:withdrawal-lets-putin-show-off',
  'claim:witkoff-not-interested-in-withdrawal',
  'claim:witkoff-kremlin-ties-need-ukraine-deal',
  'claim:thiel-behind-vance',
];
const OUTLET_ANALYSIS = [
  'claim:all-roads-through-witkoff',
  'claim:witkoff-tied-everything-to-moscow-deal',
  'claim:vance-plan-buying-time',
  'claim:rome-talks-success-vance-absent',
  'claim:ukraine-avoid-us-internal-struggles',
];

describe('attribution chains', () => {
  it('reads the U.S. media report as a chain: U.S. media, relayed by the founder, published by Espreso', async () => {
    const claim = await chainOf('claim:white-house-same-order-twice');
    expect(steps(claim.attribution)).toEqual([
      '0 SPEAKER institution:us-media',
      '1 RELAYED_BY person:resurgam-founder',
      '2 PUBLISHED_BY institution:espreso-global',
    ]);
    expect(claim.attribution.every((l) => l.source.id === 'source:espreso-parallel-realities')).toBe(true);
    expect(claim.attribution[2]!.name).toBe('Espreso Global');
    expect(claim.attributedTo.map((e) => e.id)).toEqual(['person:resurgam-founder']);
  });

  it('reads Bessent’s quote as cited by the founder, and Vance’s as reported by Espreso', async () => {
    expect(steps((await chainOf('claim:bessent-strategic-uncertainty')).attribution)).toEqual([
      '0 SPEAKER person:bessent',
      '1 RELAYED_BY person:resurgam-founder',
      '2 PUBLISHED_BY institution:espreso-global',
    ]);
    expect(steps((await chainOf('claim:vance-next-100-days')).attribution)).toEqual([
      '0 SPEAKER person:vance',
      '1 REPORTED_BY institution:espreso-global',
      '2 PUBLISHED_BY institution:espreso-global',
    ]);
  });

  it('says whose analysis the Espreso article writes up (Source.relays) and who published it', async () => {
    const q = `{ node(id: "source:espreso-parallel-realities") { ... on Source { publisher publishedBy { id } relays { id name } } } }`;
    const { node } = await graph.data<{ node: { publisher: string; publishedBy: { id: string }; relays: { id: string }[] } }>(q);
    expect(node.publishedBy.id).toBe('institution:espreso-global');
    expect(node.relays.map((e) => e.id)).toEqual(['person:resurgam-founder']);
  });
});

describe('filters by attribution', () => {
  it('“what does the founder’s analysis say?” finds his 13 claims and the outlet’s 5 analysis claims of the write-up', async () => {
    const ids = await claimIds({ relaysAnalysisOf: 'person:resurgam-founder' });
    expect(ids).toEqual([...FOUNDER, ...OUTLET_ANALYSIS].sort());
    // Who spoke is unchanged: the speaker filter still finds the 13.
    expect(await claimIds({ speakerId: 'person:resurgam-founder' })).toEqual([...FOUNDER].sort());
  });

  it('finds what the founder relayed, and first-hand claims (no one relayed them): the outlet’s own', async () => {
    expect(await claimIds({ attributedTo: 'person:resurgam-founder' })).toEqual([
      'claim:bessent-strategic-uncertainty',
      'claim:white-house-same-order-twice',
    ]);
    const firstHand = await claimIds({ firstHand: true });
    expect(firstHand).toHaveLength(9);
    expect(await claimIds({ firstHand: true, speakerId: 'institution:espreso-global' })).toEqual(firstHand);
    expect(await claimIds({ firstHand: false })).toHaveLength(17);
  });

  it('filters by publisher entity; an unknown publisher finds nothing and a malformed id is BAD_USER_INPUT', async () => {
    expect(await claimIds({ publisher: 'institution:espreso-global' })).toHaveLength(26);
    expect(await claimIds({ publisher: 'institution:us-media' })).toEqual([]);
    expect(codes(await graph.run(CLAIMS, { filter: { publisher: 'espreso' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('filters Entity.claimsMade (and its count) and Relation.evidence the same way', async () => {
    const q = /* GraphQL */ `
      {
        espreso: node(id: "institution:espreso-global") {
          ... on Entity {
            claimsMade(relaysAnalysisOf: "person:resurgam-founder") { id }
            claimsMadeCount(relaysAnalysisOf: "person:resurgam-founder")
          }
        }
        founder: node(id: "person:resurgam-founder") { ... on Entity { claimsMade(firstHand: true) { id } } }
        witkoff: node(id: "person:witkoff") {
          ... on Entity {
          relations(types: [DEPENDS_ON]) {
            evidence { id }
            firstHand: evidence(firstHand: true) { id }
            byFounder: evidence(relaysAnalysisOf: "person:resurgam-founder", attributedTo: "institution:espreso-global") { id }
          }
          }
        }
      }
    `;
    interface Data {
      espreso: { claimsMade: { id: string }[]; claimsMadeCount: number };
      founder: { claimsMade: { id: string }[] };
      witkoff: { relations: { evidence: { id: string }[]; firstHand: { id: string }[]; byFounder: { id: string }[] }[] };
    }
    const data = await graph.data<Data>(q);
    expect(data.espreso.claimsMade.map((c) => c.id).sort()).toEqual([...OUTLET_ANALYSIS].sort());
    expect(data.espreso.claimsMadeCount).toBe(5);
    expect(data.founder.claimsMade).toEqual([]);
    const [dependsOn] = data.witkoff.relations;
    expect(dependsOn!.evidence.map((c) => c.id)).toEqual([
      'claim:witkoff-tied-everything-to-moscow-deal',
      'claim:state-dept-exit-weakens-witkoff-leverage',
      'claim:witkoff-not-interested-in-withdrawal',
    ]);
    expect(dependsOn!.firstHand.map((c) => c.id)).toEqual(['claim:witkoff-tied-everything-to-moscow-deal']);
    expect(dependsOn!.byFounder.map((c) => c.id)).toEqual([
      'claim:state-dept-exit-weakens-witkoff-leverage',
      'claim:witkoff-not-interested-in-withdrawal',
    ]);
  });
});

describe('the README example', () => {
  it('answers the founder’s analysis (18 claims) and the report’s chain, as docs/examples/09-founders-analysis.graphql shows', async () => {
    const query = readFileSync(join(repoRoot(), 'docs', 'examples', '09-founders-analysis.graphql'), 'utf8');
    interface Data {
      claims: { totalCount: number; nodes: { id: string; speaker: { name: string } }[] };
      report: { attribution: { position: number; role: string; name: string }[] };
    }
    const data = await graph.data<Data>(query);
    expect(data.claims.totalCount).toBe(18);
    expect(new Set(data.claims.nodes.map((n) => n.speaker.name))).toEqual(new Set(['Founder of Resurgam', 'Espreso Global']));
    expect(data.report.attribution).toEqual([
      { position: 0, role: 'SPEAKER', name: 'U.S. media' },
      { position: 1, role: 'RELAYED_BY', name: 'Founder of Resurgam' },
      { position: 2, role: 'PUBLISHED_BY', name: 'Espreso Global' },
    ]);
  });
});

describe('ingesting attribution', () => {
  const document = {
    source: {
      title: 'A desk’s write-up',
      url: 'https://example.org/desk/write-up',
      publishedBy: 'Example Desk',
      relays: ['Example Analyst'],
    },
    entities: [
      { kind: 'INSTITUTION', name: 'Example Desk' },
      { kind: 'PERSON', name: 'Example Analyst' },
      { kind: 'INSTITUTION', name: 'Example Wire' },
    ],
    claims: [
      {
        text: 'The Moscow channel is open.',
        kind: 'QUOTE',
        speaker: 'Witkoff',
        about: ['track:ukraine'],
        attribution: [
          { entity: 'Example Wire', role: 'REPORTED_BY' },
          { entity: 'Example Analyst', role: 'RELAYED_BY' },
        ],
      },
      { text: 'The channel matters less than it seems.', kind: 'ANALYSIS', speaker: 'Example Desk', about: ['track:ukraine'] },
    ],
  };

  it('stores the chain in order with roles, the publisher entity and whose analysis the source relays', async () => {
    const result = await graph.data<{ ingestDocument: { changes: { kind: string; id: string }[] } }>(INGEST, { input: document }, editor);
    const [quote] = result.ingestDocument.changes.filter((c) => c.kind === 'CLAIM');
    expect(steps((await chainOf(quote!.id)).attribution)).toEqual([
      '0 SPEAKER person:witkoff',
      '1 REPORTED_BY institution:example-wire',
      '2 RELAYED_BY person:example-analyst',
      '3 PUBLISHED_BY institution:example-desk',
    ]);
    expect(await claimIds({ relaysAnalysisOf: 'person:example-analyst' })).toHaveLength(1);
    expect(await claimIds({ publisher: 'institution:example-desk', firstHand: true })).toHaveLength(1);
    // Again: nothing changes.
    const again = await graph.data<{ ingestDocument: { created: number } }>(INGEST, { input: document }, editor);
    expect(again.ingestDocument.created).toBe(0);
  });

  it('reads the older attributedTo as RELAYED_BY links in the given order', async () => {
    const older = {
      source: { title: 'Older format', url: 'https://example.org/older', publisher: 'Example Paper' },
      claims: [
        { text: 'Talks resume soon.', kind: 'REPORT', speaker: 'Vance', about: ['track:ukraine'], attributedTo: ['Rubio', 'Bessent'] },
      ],
    };
    const result = await graph.data<{ ingestDocument: { changes: { kind: string; id: string }[] } }>(INGEST, { input: older }, editor);
    const claim = await chainOf(result.ingestDocument.changes.find((c) => c.kind === 'CLAIM')!.id);
    expect(steps(claim.attribution)).toEqual([
      '0 SPEAKER person:vance',
      '1 RELAYED_BY person:rubio',
      '2 RELAYED_BY person:bessent',
      '3 PUBLISHED_BY Example Paper',
    ]);
    expect(claim.attributedTo.map((e) => e.id)).toEqual(['person:rubio', 'person:bessent']);
  });

  it('refuses attributedTo and attribution together with BAD_USER_INPUT at the claim’s path, and writes nothing', async () => {
    const both = {
      ...document,
      claims: [{ ...document.claims[0], attributedTo: ['Rubio'] }],
    };
    const result = await graph.run(INGEST, { input: both }, editor);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    const problems = result.errors![0]!.extensions!.problems as { path: string; message: string }[];
    expect(problems.find((p) => p.path === 'claims[0].attribution')?.message).toMatch(/attribution or attributedTo, not both/);
    expect(codes(await graph.run(`{ node(id: "institution:example-desk") { id } }`))).toEqual(['NOT_FOUND']);
  });

  it('addClaim takes an attribution chain too', async () => {
    const mutation = /* GraphQL */ `
      mutation Add($claim: ClaimInput!) {
        addClaim(sourceId: "source:espreso-parallel-realities", claim: $claim) {
          id attribution { position role entity { id } }
        }
      }
    `;
    const claim = {
      text: 'The rule is older than this administration.',
      kind: 'REPORT',
      speaker: 'institution:us-media',
      about: ['institution:white-house'],
      attribution: [{ entity: 'person:resurgam-founder', role: 'RELAYED_BY' }],
    };
    const data = await graph.data<{ addClaim: { attribution: { position: number; role: string; entity: { id: string } }[] } }>(
      mutation,
      { claim },
      editor,
    );
    expect(data.addClaim.attribution.map((l) => `${l.position} ${l.role} ${l.entity.id}`)).toEqual([
      '0 SPEAKER institution:us-media',
      '1 RELAYED_BY person:resurgam-founder',
      '2 PUBLISHED_BY institution:espreso-global',
    ]);
  });
});
