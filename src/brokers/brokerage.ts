// The numbers of one bucket's graph, computed in the API process on the projection the brokers query fetched
// (pure: no driver). Betweenness is graphology-metrics' (Brandes, exact, normalised); the bucket graph is
// bounded instead of sampled, since graphology-metrics has no pivot sampling. Gould-Fernandez brokerage roles
// are counted here from the same graph: they are a count of open two-paths, not an algorithm an engine offers.
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';

// A CommonJS module whose types declare `export default`: Node's ESM loader hands over module.exports itself.
type Betweenness = typeof betweennessModule.default;
const betweennessCentrality: Betweenness =
  (betweennessModule as unknown as { default?: Betweenness }).default ?? (betweennessModule as unknown as Betweenness);

/** A relation of the projection: its ends, its period and its live evidence claim ids. */
export interface Edge {
  from: string;
  to: string;
  evidence: readonly string[];
}

/** One bucket's input: its relations, the people routed in it with their tracks, and the requested tracks. */
export interface BucketInput {
  edges: readonly Edge[];
  /** person id -> ids of the requested tracks routed through them in this bucket. */
  routed: ReadonlyMap<string, readonly string[]>;
  tracks: readonly string[];
  maxNodes: number;
}

export interface BrokerageRoles {
  coordinator: number;
  gatekeeper: number;
  representative: number;
  consultant: number;
  liaison: number;
}

export interface BrokerScore {
  betweenness: number;
  roles: BrokerageRoles;
  evidenceCount: number;
}

export interface BucketScores {
  nodeCount: number;
  edgeCount: number;
  /** Neighbours were left out to keep the graph within maxNodes. */
  truncated: boolean;
  brokers: Map<string, BrokerScore>;
}

/**
 * The bucket graph: the relations touching a routed person or a requested track (the anchors), undirected and simple
 * (parallel relations are one edge). Past maxNodes it is cut, deterministically: the requested tracks first, then
 * routed people (those routing the most tracks, then with the most relations, then by id), then the other entities
 * related to the most of those (then by id).
 */
export function bucketGraph(input: BucketInput): { graph: UndirectedGraph; truncated: boolean } {
  const degree = new Map<string, number>();
  for (const e of input.edges) {
    if (e.from === e.to) continue;
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const people = [...input.routed.keys()].sort(
    (a, b) => input.routed.get(b)!.length - input.routed.get(a)!.length || (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || byId(a, b),
  );
  const kept = new Set(input.tracks.filter((t) => degree.has(t)).slice(0, input.maxNodes));
  for (const p of people.slice(0, Math.max(0, input.maxNodes - kept.size))) kept.add(p);
  const touches = new Map<string, number>();
  for (const e of input.edges) {
    if (e.from === e.to) continue;
    if (kept.has(e.from) && !kept.has(e.to)) touches.set(e.to, (touches.get(e.to) ?? 0) + 1);
    if (kept.has(e.to) && !kept.has(e.from)) touches.set(e.from, (touches.get(e.from) ?? 0) + 1);
  }
  const rest = [...touches.keys()].sort((a, b) => touches.get(b)! - touches.get(a)! || byId(a, b));
  const room = Math.max(0, input.maxNodes - kept.size);
  for (const n of rest.slice(0, room)) kept.add(n);
  const graph = new UndirectedGraph();
  for (const n of [...kept].sort()) graph.addNode(n);
  for (const e of input.edges) {
    if (e.from !== e.to && kept.has(e.from) && kept.has(e.to)) graph.mergeEdge(e.from, e.to);
  }
  return { graph, truncated: people.some((p) => !kept.has(p)) || rest.length > room };
}

/**
 * Each entity's groups, as a bit set over the requested tracks: the tracks it is, or is related to in this bucket's
 * graph. Two entities are in the same group when they share a track (at most 20 tracks: READ_LIMITS.brokers).
 */
function groupsOf(graph: UndirectedGraph, tracks: readonly string[]): Map<string, number> {
  const groups = new Map<string, number>();
  tracks.forEach((t, i) => {
    if (!graph.hasNode(t)) return;
    const bit = 1 << i;
    groups.set(t, (groups.get(t) ?? 0) | bit);
    graph.forEachNeighbor(t, (n) => void groups.set(n, (groups.get(n) ?? 0) | bit));
  });
  return groups;
}

/**
 * Gould-Fernandez roles of `v`: over ordered pairs (a, b) of v's neighbours that are not related to each other
 * and both belong to a track, a -> v -> b is coordinator (all share a track), gatekeeper (b shares a track with v,
 * a does not), representative (a does, b does not), consultant (a and b share a track v is not in), or liaison
 * (a and b share no track, and v shares one with both or with neither: v links two tracks). With one track per
 * entity these are Gould and Fernandez's five; an entity may be in several tracks here, hence "shares".
 * Relations are read undirected, so each pair counts in both orders.
 */
export function brokerageRoles(graph: UndirectedGraph, groups: Map<string, number>, v: string): BrokerageRoles {
  const roles: BrokerageRoles = { coordinator: 0, gatekeeper: 0, representative: 0, consultant: 0, liaison: 0 };
  const gv = groups.get(v) ?? 0;
  const grouped = graph.neighbors(v).filter((n) => groups.has(n));
  const bits = grouped.map((n) => groups.get(n)!);
  // Unordered pairs, each counted for both orders: (a, b) and (b, a) swap gatekeeper and representative only.
  for (let i = 0; i < grouped.length; i++) {
    for (let j = i + 1; j < grouped.length; j++) {
      if (graph.hasEdge(grouped[i]!, grouped[j]!)) continue;
      const [ga, gb] = [bits[i]!, bits[j]!];
      const [av, vb, ab] = [(ga & gv) !== 0, (gv & gb) !== 0, (ga & gb) !== 0];
      if (av !== vb) {
        roles.gatekeeper++;
        roles.representative++;
      } else if (ab) roles[av ? 'coordinator' : 'consultant'] += 2;
      else roles.liaison += 2;
    }
  }
  return roles;
}

/** Betweenness, roles and evidence count of every routed person of one bucket. */
export function scoreBucket(input: BucketInput): BucketScores {
  const { graph, truncated } = bucketGraph(input);
  const centrality = graph.order > 0 ? betweennessCentrality(graph, { normalized: true, getEdgeWeight: null }) : {};
  const groups = groupsOf(graph, input.tracks);
  const brokers = new Map<string, BrokerScore>();
  const incident = new Map<string, Edge[]>();
  for (const e of input.edges) {
    for (const end of [e.from, e.to]) if (input.routed.has(end)) (incident.get(end) ?? incident.set(end, []).get(end)!).push(e);
  }
  for (const person of input.routed.keys()) {
    if (!graph.hasNode(person)) continue;
    const evidence = new Set<string>();
    for (const e of incident.get(person) ?? []) {
      if (graph.hasNode(e.from) && graph.hasNode(e.to)) e.evidence.forEach((id) => evidence.add(id));
    }
    brokers.set(person, {
      betweenness: centrality[person] ?? 0,
      roles: brokerageRoles(graph, groups, person),
      evidenceCount: evidence.size,
    });
  }
  return { nodeCount: graph.order, edgeCount: graph.size, truncated, brokers };
}
