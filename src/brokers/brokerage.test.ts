// The pure parts of brokers: bucket arithmetic, the bounded bucket graph, and the roles counted on it.
import { describe, expect, it } from 'vitest';
import { bucketCount, bucketsOf, overlaps } from '../domain/buckets.js';
import { brokerageRoles, bucketGraph, scoreBucket, type Edge } from './brokerage.js';
import { fillScores, scoreWindow } from './answer.js';

const edge = (from: string, to: string, ...evidence: string[]): Edge => ({ from, to, evidence });

describe('buckets', () => {
  it('covers whole months, quarters and years from the one holding `from` to the one holding `to`', () => {
    expect(bucketsOf('2024-12-15', '2025-02', 'MONTH')).toEqual([
      { label: '2024-12', start: '2024-12-01', end: '2024-12-31' },
      { label: '2025-01', start: '2025-01-01', end: '2025-01-31' },
      { label: '2025-02', start: '2025-02-01', end: '2025-02-28' },
    ]);
    expect(bucketsOf('2024-02', '2024-05', 'QUARTER').map((b) => [b.label, b.start, b.end])).toEqual([
      ['2024-Q1', '2024-01-01', '2024-03-31'],
      ['2024-Q2', '2024-04-01', '2024-06-30'],
    ]);
    expect(bucketsOf('2024', '2025', 'YEAR').map((b) => b.label)).toEqual(['2024', '2025']);
    expect(bucketCount('2000-01', '2025-12', 'MONTH')).toBe(312);
    expect(bucketsOf('2024-02', '2024-02', 'MONTH')[0]!.end).toBe('2024-02-29');
  });

  it('puts a dated period in every bucket it overlaps, an open end reaching on, and an undated one in none', () => {
    const march = { start: '2025-03-01', end: '2025-03-31' };
    expect(overlaps({ validFrom: '2025-03', validTo: '2025-04' }, march)).toBe(true);
    expect(overlaps({ validFrom: '2025-02-10', validTo: '2025-03' }, march)).toBe(true);
    expect(overlaps({ validFrom: '2025-02-10', validTo: '2025-02-28' }, march)).toBe(false);
    expect(overlaps({ validFrom: '2024', validTo: null }, march)).toBe(true);
    expect(overlaps({ validFrom: null, validTo: '2025-03-01' }, march)).toBe(true);
    expect(overlaps({ validFrom: '2025-04-01', validTo: null }, march)).toBe(false);
    expect(overlaps({ validFrom: null, validTo: null }, march)).toBe(false);
  });
});

describe('bucket graph and scores', () => {
  // Two tracks routed through v; a on track A, b on track B, c on neither; a and x are tied.
  const edges = [
    edge('track:a', 'person:v', 'c1'),
    edge('track:b', 'person:v', 'c2'),
    edge('person:a', 'track:a', 'c3'),
    edge('person:b', 'track:b', 'c4'),
    edge('person:v', 'person:a', 'c5'),
    edge('person:v', 'person:b', 'c5'),
    edge('person:v', 'person:c', 'c6'),
    edge('person:a', 'person:x', 'c7'),
  ];
  const input = { edges, routed: new Map([['person:v', ['track:a', 'track:b']]]), tracks: ['track:a', 'track:b'], maxNodes: 100 };

  it('is the routed people’s ego graphs: their neighbours and the relations among them, not beyond', () => {
    const { graph, truncated } = bucketGraph(input);
    expect(graph.nodes()).toEqual(['person:a', 'person:b', 'person:c', 'person:v', 'track:a', 'track:b']);
    expect(graph.size).toBe(7);
    expect(truncated).toBe(false);
  });

  it('keeps requested tracks, then routed people, then the best-connected others past maxNodes, deterministically', () => {
    const { graph, truncated } = bucketGraph({ ...input, maxNodes: 4 });
    expect(truncated).toBe(true);
    expect(graph.nodes()).toEqual(['person:a', 'person:v', 'track:a', 'track:b']);
    expect(bucketGraph({ ...input, maxNodes: 2 }).graph.nodes()).toEqual(['track:a', 'track:b']);
    expect(bucketGraph({ ...input, maxNodes: 2 }).truncated).toBe(true);
  });

  it('counts Gould-Fernandez roles over open pairs of neighbours in tracks, both orders', () => {
    const { graph } = bucketGraph(input);
    // Groups are bit sets over the requested tracks: 1 is track:a, 2 is track:b, 4 a track nobody else is in.
    const groups = new Map([
      ['track:a', 1],
      ['track:b', 2],
      ['person:a', 1],
      ['person:b', 2],
      ['person:v', 3],
    ]);
    // Open pairs among grouped neighbours (c has no track): track:a-track:b, track:a-person:b, person:a-track:b,
    // person:a-person:b: all across tracks, each in both orders.
    expect(brokerageRoles(graph, groups, 'person:v')).toEqual({
      coordinator: 0,
      gatekeeper: 0,
      representative: 0,
      consultant: 0,
      liaison: 8,
    });
    const oneTrack = new Map([...groups].map(([k]) => [k, 1] as const));
    expect(brokerageRoles(graph, oneTrack, 'person:v').coordinator).toBe(8);
    const outsider = new Map([...oneTrack, ['person:v', 4]]);
    expect(brokerageRoles(graph, outsider, 'person:v').consultant).toBe(8);
    const half = new Map([...oneTrack, ['person:b', 2], ['track:b', 2]]);
    const roles = brokerageRoles(graph, half, 'person:v');
    expect(roles.gatekeeper).toBe(roles.representative);
    expect(roles.gatekeeper).toBeGreaterThan(0);
  });

  it('scores betweenness (normalised), roles and distinct live evidence per routed person', () => {
    const scores = scoreBucket(input).brokers.get('person:v')!;
    expect(scores.evidenceCount).toBe(4);
    expect(scores.betweenness).toBeGreaterThan(0.5);
    expect(scores.roles.liaison).toBe(8);
  });
});

describe('answer marks', () => {
  it('fills numbers, keeps scored items in score order, cuts at first, and drops the unscored', () => {
    const buckets = bucketsOf('2025-03', '2025-03', 'MONTH');
    const routes = [
      { track: 'track:a', person: 'person:v', validFrom: '2025-03', validTo: null },
      { track: 'track:a', person: 'person:w', validFrom: null, validTo: null },
    ];
    const rels = [{ ...edge('track:a', 'person:v', 'c1'), validFrom: '2025-03', validTo: null }];
    const scores = scoreWindow(buckets, routes, rels, ['track:a'], 100);
    const skeleton = {
      n: { __broker: '2025-03#nodeCount' },
      list: ['person:v', 'person:w'].map((p) => ({
        __brokerItem: `2025-03|${p}`,
        __first: 5,
        value: { id: p, b: { __broker: `2025-03|${p}#betweenness` } },
      })),
    };
    expect(fillScores(skeleton, scores)).toEqual({ n: 2, list: [{ id: 'person:v', b: 0 }] });
  });
});
