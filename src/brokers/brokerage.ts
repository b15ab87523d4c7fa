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
 * The bucket graph: the routed people's ego graphs (each routed person, the entities related to them, and the
 * relations among all of these), undirected and simple (parallel relations are one edge). Routed people and the
 * requested tracks always stay; past maxNodes, the other neighbours kept are those related to the most routed
 * people, then by id, so the cut is deterministic.
 */
export function bucketGraph(input: BucketInput): { graph: UndirectedGraph; truncated: boolean } {
  const focal = new Set(input.routed.keys());
  const touches = new Map<string, number>();
  for (const e of input.edges) {
    if (e.from === e.to) continue;
    for (const [a, b] of [
      [e.from, e.to],
      [e.to, e.from],
    ] as const) {
      if (focal.has(a) && !focal.has(b)) touches.set(b, (touches.get(b) ?? 0) + 1);
    }
  }
  const kept = new Set(focal);
  for (const t of input.tracks) if (touches.has(t)) kept.add(t);
  const rest = [...touches.keys()].filter((n) => !kept.has(n));
  rest.sort((a, b) => touches.get(b)! - touches.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const room = Math.max(0, input.maxNodes - kept.size);
  for (const n of rest.slice(0, room)) kept.add(n);
  const graph = new UndirectedGraph();
  for (const n of [...kept].sort()) graph.addNode(n);
  for (const e of input.edges) {
    if (e.from !== e.to && kept.has(e.from) && kept.has(e.to)) graph.mergeEdge(e.from, e.to);
  }
  return { graph, truncated: rest.length > room };
}

/**
 * Each entity's groups: the requested tracks it is, or is related to in this bucket's graph. Two entities are in
 * the same group when they share a track.
 */
function groupsOf(graph: UndirectedGraph, tracks: readonly string[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  const add = (n: string, t: string) => (groups.get(n) ?? groups.set(n, new Set()).get(n)!).add(t);
  for (const t of tracks) {
    if (!graph.hasNode(t)) continue;
    add(t, t);
    graph.forEachNeighbor(t, (n) => add(n, t));
  }
  return groups;
}

const share = (a: Set<string> | undefined, b: Set<string> | undefined) => !!a && !!b && [...a].some((t) => b.has(t));

/**
 * Gould-Fernandez roles of `v`: over ordered pairs (a, b) of v's neighbours that are not related to each other
 * and both belong to a track, a -> v -> b is coordinator (all in one track), gatekeeper (b shares v's track, a
 * does not), representative (a shares it, b does not), consultant (a and b share a track v is not in), or liaison
 * (a and b share no track). Relations are read undirected, so each pair counts in both orders.
 */
export function brokerageRoles(graph: UndirectedGraph, groups: Map<string, Set<string>>, v: string): BrokerageRoles {
  const roles: BrokerageRoles = { coordinator: 0, gatekeeper: 0, representative: 0, consultant: 0, liaison: 0 };
  const gv = groups.get(v);
  const grouped = graph.neighbors(v).filter((n) => groups.has(n));
  for (const a of grouped) {
    for (const b of grouped) {
      if (a === b || graph.hasEdge(a, b)) continue;
      const [ga, gb] = [groups.get(a), groups.get(b)];
      const [av, vb, ab] = [share(ga, gv), share(gv, gb), share(ga, gb)];
      if (!ab) roles.liaison++;
      else if (av && vb) roles.coordinator++;
      else if (vb) roles.gatekeeper++;
      else if (av) roles.representative++;
      else roles.consultant++;
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
  for (const person of input.routed.keys()) {
    const evidence = new Set<string>();
    for (const e of input.edges) {
      if ((e.from === person && graph.hasNode(e.to)) || (e.to === person && graph.hasNode(e.from)))
        e.evidence.forEach((id) => evidence.add(id));
    }
    brokers.set(person, {
      betweenness: centrality[person] ?? 0,
      roles: brokerageRoles(graph, groups, person),
      evidenceCount: evidence.size,
    });
  }
  return { nodeCount: graph.order, edgeCount: graph.size, truncated, brokers };
}
