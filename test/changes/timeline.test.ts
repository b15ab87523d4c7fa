// timeline(trackId, from, to): a track's events, claims and relation changes by the date they happened, over
// the real server, on the seed (dated only approximately, mostly undated) plus a small dated desk note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST } from '../support/documents.js';
import { codes, startTestGraph, TOKENS, type TestGraph } from '../support/graph.js';

let graph: TestGraph;
const editor = { token: TOKENS.editor };

/** A made-up desk note on the Ukraine track: every date in it is invented test data. */
const NOTE = {
  source: {
    id: 'source:tl-desk-note',
    title: 'Timeline desk note (test data)',
    publisher: 'Timeline Test Desk',
    publishedDate: '2025-07-01',
  },
  entities: [
    { id: 'institution:tl-desk', kind: 'INSTITUTION', name: 'Timeline Test Desk', description: 'A made-up desk that writes test notes.' },
    { id: 'person:tl-envoy', kind: 'PERSON', name: 'Mara Quill', description: 'A fictional envoy in test data.' },
    { id: 'institution:tl-office', kind: 'INSTITUTION', name: 'Office of Test Mediation', description: 'A fictional office.' },
    { id: 'event:tl-winter-round', kind: 'EVENT', name: 'Winter test round', date: '2024-12-05' },
    { id: 'event:tl-lakeside-round', kind: 'EVENT', name: 'Lakeside test round', date: '2025-06-12', location: 'Nowhere' },
    { id: 'event:tl-summer-round', kind: 'EVENT', name: 'Summer test round', approximateDate: 'late summer 2025' },
  ],
  claims: [
    {
      id: 'claim:tl-quill-appointed',
      text: 'The desk notes that Mara Quill took up the mediation office in mid-May.',
      kind: 'FACT',
      speaker: 'institution:tl-desk',
      about: ['track:ukraine', 'person:tl-envoy', 'institution:tl-office'],
      statedDate: '2025-05-20',
    },
    {
      id: 'claim:tl-lakeside-held',
      text: 'The desk reports that a lakeside round of talks was held with Quill in the chair.',
      kind: 'REPORT',
      speaker: 'institution:tl-desk',
      about: ['track:ukraine', 'event:tl-lakeside-round', 'person:tl-envoy'],
      statedDate: '2025-06-13',
    },
    {
      id: 'claim:tl-winter-held',
      text: 'The desk recalls an inconclusive winter round of talks.',
      kind: 'FACT',
      speaker: 'institution:tl-desk',
      about: ['track:ukraine', 'event:tl-winter-round'],
      statedDate: '2024-11-20',
    },
    {
      id: 'claim:tl-summer-planned',
      text: 'The desk expects another round some time in late summer.',
      kind: 'ANALYSIS',
      speaker: 'institution:tl-desk',
      about: ['track:ukraine', 'event:tl-summer-round'],
    },
    {
      id: 'claim:tl-office-budget',
      text: 'The desk notes that the office had its budget set in early June.',
      kind: 'ANALYSIS',
      speaker: 'institution:tl-desk',
      about: ['track:ukraine', 'institution:tl-office'],
      statedDate: '2025-06-05',
    },
  ],
  relations: [
    {
      type: 'HOLDS_ROLE_IN',
      from: 'person:tl-envoy',
      to: 'institution:tl-office',
      role: 'Head of mediation',
      validFrom: '2025-05-15',
      validTo: '2025-08-31',
      evidence: ['claim:tl-quill-appointed'],
    },
    { type: 'MEDIATES', from: 'person:tl-envoy', to: 'track:ukraine', validFrom: '2025-06', evidence: ['claim:tl-lakeside-held'] },
    { type: 'PART_OF', from: 'event:tl-winter-round', to: 'track:ukraine', evidence: ['claim:tl-winter-held'] },
    { type: 'PART_OF', from: 'event:tl-lakeside-round', to: 'track:ukraine', evidence: ['claim:tl-lakeside-held'] },
    { type: 'PART_OF', from: 'event:tl-summer-round', to: 'track:ukraine', evidence: ['claim:tl-summer-planned'] },
  ],
};

const TIMELINE = /* GraphQL */ `
  query Timeline($trackId: ID!, $from: String, $to: String, $first: Int, $after: String, $includeUndated: Boolean, $includeRetracted: Boolean) {
    timeline(trackId: $trackId, from: $from, to: $to, first: $first, after: $after, includeUndated: $includeUndated, includeRetracted: $includeRetracted) {
      totalCount
      undatedCount
      pageInfo { hasNextPage endCursor }
      nodes {
        kind dated date until precision approximate dateAsGiven
        node { id }
        relation { id type from { id } to { id } validFrom validTo }
        evidence { id source { id } }
      }
    }
  }
`;

interface Item {
  kind: string;
  dated: boolean;
  date: string | null;
  until: string | null;
  precision: string | null;
  approximate: boolean;
  dateAsGiven: string | null;
  node: { id: string } | null;
  relation: { id: string; type: string; from: { id: string }; to: { id: string }; validFrom: string | null; validTo: string | null } | null;
  evidence: { id: string; source: { id: string } }[];
}
interface Timeline {
  timeline: { totalCount: number; undatedCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Item[] };
}

const timeline = (variables: Record<string, unknown>) =>
  graph.data<Timeline>(TIMELINE, { trackId: 'track:ukraine', ...variables }).then((d) => d.timeline);

/** A readable label per item: `KIND what`, the relation as `TYPE from->to`. */
const label = (i: Item) => `${i.kind} ${i.node?.id ?? `${i.relation!.type} ${i.relation!.from.id}->${i.relation!.to.id}`}`;
const find = (items: Item[], text: string) => items.find((i) => label(i) === text);

beforeAll(async () => {
  graph = await startTestGraph();
  await graph.data(INGEST, { input: NOTE }, editor);
});
afterAll(() => graph.close());

describe('timeline(trackId, from, to)', () => {
  it('lists what happened on Ukraine in May and June 2025 in date order, in one query', async () => {
    const result = await graph.run<Timeline>(TIMELINE, { trackId: 'track:ukraine', from: '2025-05', to: '2025-06', includeUndated: false });
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(1);
    const items = result.data!.timeline.nodes;
    expect(items.every((i) => i.dated)).toBe(true);
    const firstDays = items.map((i) => i.date!.padEnd(10, '-01-01'));
    expect(firstDays).toEqual([...firstDays].sort());
    // The note's own items, in the order they happened.
    const ours = items.map(label).filter((l) => /tl-/.test(l));
    expect(ours).toEqual([
      'RELATION_STARTED HOLDS_ROLE_IN person:tl-envoy->institution:tl-office',
      'CLAIM claim:tl-quill-appointed',
      'RELATION_STARTED MEDIATES person:tl-envoy->track:ukraine',
      'CLAIM claim:tl-office-budget',
      'EVENT event:tl-lakeside-round',
      'CLAIM claim:tl-lakeside-held',
    ]);
    // The seed's events are dated only as late April to early May 2025, which overlaps the window.
    const rome = find(items, 'EVENT event:rome-talks');
    expect(rome).toMatchObject({
      dated: true,
      date: '2025-04',
      until: '2025-05',
      precision: 'MONTH',
      approximate: true,
      dateAsGiven: '2025-04/2025-05',
    });
    expect(items.indexOf(rome!)).toBeLessThan(items.findIndex((i) => label(i) === ours[0]));
  });

  it('leaves out what happened before or after the window, and finds it in a wider one', async () => {
    const spring = await timeline({ from: '2025-05-01', to: '2025-06-30' });
    const outside = [
      'EVENT event:tl-winter-round',
      'CLAIM claim:tl-winter-held',
      'RELATION_ENDED HOLDS_ROLE_IN person:tl-envoy->institution:tl-office',
    ];
    for (const text of outside) expect(find(spring.nodes, text), text).toBeUndefined();
    const lateMay = await timeline({ from: '2025-05-21', to: '2025-06-10', includeUndated: false });
    expect(lateMay.nodes.map(label).filter((l) => /tl-/.test(l))).toEqual([
      'RELATION_STARTED MEDIATES person:tl-envoy->track:ukraine',
      'CLAIM claim:tl-office-budget',
    ]);
    const year = await timeline({ from: '2024', to: '2025', includeUndated: false });
    const dated = year.nodes.map(label);
    expect(dated.indexOf('CLAIM claim:tl-winter-held')).toBeLessThan(dated.indexOf('EVENT event:tl-winter-round'));
    expect(dated.indexOf('EVENT event:tl-winter-round')).toBeLessThan(dated.indexOf('EVENT event:rome-talks'));
    expect(find(year.nodes, 'RELATION_ENDED HOLDS_ROLE_IN person:tl-envoy->institution:tl-office')).toMatchObject({
      date: '2025-08-31',
      precision: 'DAY',
    });
  });

  it('reports undated items as undated, after the dated ones, instead of dropping them', async () => {
    const all = await timeline({ from: '2025-05', to: '2025-06' });
    const firstUndated = all.nodes.findIndex((i) => !i.dated);
    expect(firstUndated).toBeGreaterThan(0);
    expect(all.nodes.slice(firstUndated).every((i) => !i.dated && i.date === null && i.precision === null)).toBe(true);
    expect(all.undatedCount).toBe(all.nodes.length - firstUndated);
    expect(all.totalCount).toBe(all.nodes.length);
    // An event the sources give no date for, one with a date in words, a relation said to have ended without a date.
    expect(find(all.nodes, 'EVENT event:possible-us-withdrawal')).toMatchObject({ dated: false, dateAsGiven: null });
    expect(find(all.nodes, 'EVENT event:tl-summer-round')).toMatchObject({
      dated: false,
      approximate: true,
      dateAsGiven: 'late summer 2025',
    });
    expect(find(all.nodes, 'RELATION_ENDED MEDIATES institution:state-department->track:ukraine')).toMatchObject({ dated: false });
    const datedOnly = await timeline({ from: '2025-05', to: '2025-06', includeUndated: false });
    expect(datedOnly.undatedCount).toBe(0);
    expect(datedOnly.nodes).toEqual(all.nodes.slice(0, firstUndated));
  });

  it('gives an event, a claim and a relation starting and ending, each with who says so', async () => {
    const { nodes } = await timeline({});
    const sourced = (i: Item | undefined) => i?.evidence.map((e) => `${e.id}@${e.source.id}`);
    expect(sourced(find(nodes, 'EVENT event:tl-lakeside-round'))).toEqual(['claim:tl-lakeside-held@source:tl-desk-note']);
    expect(find(nodes, 'EVENT event:tl-lakeside-round')).toMatchObject({ date: '2025-06-12', precision: 'DAY', approximate: false });
    expect(sourced(find(nodes, 'CLAIM claim:tl-quill-appointed'))).toEqual(['claim:tl-quill-appointed@source:tl-desk-note']);
    const started = find(nodes, 'RELATION_STARTED HOLDS_ROLE_IN person:tl-envoy->institution:tl-office');
    const ended = find(nodes, 'RELATION_ENDED HOLDS_ROLE_IN person:tl-envoy->institution:tl-office');
    expect(started).toMatchObject({ date: '2025-05-15', relation: { validFrom: '2025-05-15', validTo: '2025-08-31' } });
    expect(ended).toMatchObject({ date: '2025-08-31', relation: { id: started!.relation!.id } });
    expect(sourced(ended)).toEqual(['claim:tl-quill-appointed@source:tl-desk-note']);
    expect(find(nodes, 'RELATION_STARTED MEDIATES person:tl-envoy->track:ukraine')).toMatchObject({ date: '2025-06', precision: 'MONTH' });
    // PART_OF is how an event joins the track: it is the EVENT item, not a relation item of its own.
    expect(nodes.some((i) => i.relation?.type === 'PART_OF')).toBe(false);
    // HOLDS_ROLE_IN above touches no track: it is on this one through its evidence, a claim about the track that names
    // one of its ends. So is the seed's Vance at the White House (claim:mixed-signals).
    expect(find(nodes, 'RELATION_STARTED HOLDS_ROLE_IN person:vance->institution:white-house')).toMatchObject({ dated: false });
  });

  it('leaves a retracted claim, and a relation resting on it alone, out unless includeRetracted', async () => {
    const correction = {
      source: { id: 'source:rt-desk-correction', title: 'Desk correction (test data)', publisher: 'Timeline Test Desk' },
      claims: [
        {
          id: 'claim:rt-office-closing',
          text: 'The desk first wrote that the office would close in June.',
          kind: 'ANALYSIS',
          speaker: 'institution:tl-desk',
          about: ['track:ukraine', 'person:tl-envoy'],
          statedDate: '2025-06-07',
        },
      ],
      relations: [
        {
          type: 'INVOLVED_IN',
          from: 'institution:tl-desk',
          to: 'track:ukraine',
          validFrom: '2025-06-07',
          evidence: ['claim:rt-office-closing'],
        },
      ],
    };
    await graph.data(INGEST, { input: correction }, editor);
    const window = { from: '2025-06-07', to: '2025-06-07', includeUndated: false };
    const probe = (items: Item[]) => items.map(label).filter((l) => /rt-office|institution:tl-desk/.test(l));
    const before = probe((await timeline(window)).nodes);
    expect(before).toEqual(['CLAIM claim:rt-office-closing', 'RELATION_STARTED INVOLVED_IN institution:tl-desk->track:ukraine']);
    await graph.data(`mutation { retractClaim(id: "claim:rt-office-closing", reason: "The desk corrected itself.") { id } }`, {}, editor);
    expect(probe((await timeline(window)).nodes)).toEqual([]);
    const withRetracted = await timeline({ ...window, includeRetracted: true });
    expect(probe(withRetracted.nodes)).toEqual(before);
    expect(find(withRetracted.nodes, 'CLAIM claim:rt-office-closing')?.evidence.map((e) => e.id)).toEqual(['claim:rt-office-closing']);
  });

  it('pages through the whole timeline with after, each item once, in the same order', async () => {
    const whole = await timeline({ first: 100 });
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const paged: Item[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const next: Timeline['timeline'] = await timeline({ first: 7, after });
      expect(next.totalCount).toBe(whole.totalCount);
      paged.push(...next.nodes);
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(paged.map(label)).toEqual(whole.nodes.map(label));
  });

  it('refuses bad arguments all at once, and an unknown track with NOT_FOUND', async () => {
    const bad = await graph.run(TIMELINE, { trackId: 'person:vance', from: '2025-13', to: 'soon', first: 101 });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    const problems = bad.errors![0]!.extensions!.problems as { path: string }[];
    expect(problems.map((p) => p.path)).toEqual(['trackId', 'from', 'to', 'first']);
    const reversed = await graph.run(TIMELINE, { trackId: 'track:ukraine', from: '2025-06', to: '2025-05' });
    expect(codes(reversed)).toEqual(['BAD_USER_INPUT']);
    expect(codes(await graph.run(TIMELINE, { trackId: 'track:atlantis' }))).toEqual(['NOT_FOUND']);
    expect(codes(await graph.run(TIMELINE, { trackId: 'track:ukraine', after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
    // A well-formed cursor this API never issued is only a position: data, never an error.
    for (const value of ["' OR 1=1 //", '~', '']) {
      const forged = Buffer.from(JSON.stringify([value, value]), 'utf8').toString('base64url');
      expect((await graph.run(TIMELINE, { trackId: 'track:ukraine', first: 3, after: forged })).errors).toBeUndefined();
    }
  });

  it('serves the largest page the argument check allows within the cost limit', async () => {
    const result = await graph.run<Timeline>(TIMELINE, { trackId: 'track:ukraine', first: 100 });
    expect(result.errors).toBeUndefined();
  });
});
