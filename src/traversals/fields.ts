// How search hits, routed tracks, paths, hops and neighbourhoods (schema/traversals.graphql) read.
import type { TypeMetas } from '../read/types.js';
import { mapKey } from '../read/types.js';
import { relationEvidence } from '../read/cypher-snippets.js';
import { relationSupport } from '../read/support.js';

export const traversalTypes: TypeMetas = {
  /** A hit is the map {node, score}. */
  SearchHit: { fields: { score: mapKey('score'), node: { kind: 'object', bind: (v) => `${v}.node` } } },
  /** A routed track is its ROUTED_THROUGH relationship (track -> person). */
  RoutedTrack: {
    fields: {
      track: { kind: 'object', bind: (r) => `startNode(${r})` },
      relation: { kind: 'object', bind: (r) => r },
      evidence: relationEvidence,
    },
  },
  /** A path is a Cypher path. */
  Path: {
    fields: {
      length: { kind: 'scalar', expr: (p) => `length(${p})` },
      nodes: {
        kind: 'list',
        items: (p, _a, c, project) => {
          const n = c.fresh('n');
          return `[${n} IN nodes(${p}) | ${project(n)}]`;
        },
      },
      hops: {
        kind: 'list',
        items(p, _a, c, project) {
          const [i, h] = [c.fresh('i'), c.fresh('h')];
          const hop = `{from: nodes(${p})[${i}], to: nodes(${p})[${i} + 1], rel: relationships(${p})[${i}]}`;
          return `[${h} IN [${i} IN range(0, length(${p}) - 1) | ${hop}] | ${project(h)}]`;
        },
      },
    },
  },
  /** A hop is the map {from, to, rel}, in path order. */
  Hop: {
    fields: {
      from: { kind: 'object', bind: (h) => `${h}.from` },
      to: { kind: 'object', bind: (h) => `${h}.to` },
      relation: { kind: 'object', bind: (h) => `${h}.rel` },
      direction: { kind: 'scalar', expr: (h) => `CASE WHEN startNode(${h}.rel) = ${h}.from THEN 'FORWARD' ELSE 'BACKWARD' END` },
      support: { kind: 'object', bind: (h, a, c) => relationSupport.bind(`${h}.rel`, a, c) },
    },
  },
  /** A neighbourhood is the map {center, nodes, rels, truncated}. */
  Neighborhood: {
    fields: {
      truncated: mapKey('truncated'),
      truncatedReason: { kind: 'scalar', expr: (v) => `CASE WHEN ${v}.truncated THEN 'NODE_CAP' END` },
      center: { kind: 'object', bind: (v) => `${v}.center` },
      nodes: {
        kind: 'list',
        items: (v, _a, c, project) => {
          const n = c.fresh('n');
          return `[${n} IN ${v}.nodes | ${project(n)}]`;
        },
      },
      edges: {
        kind: 'list',
        items: (v, _a, c, project) => {
          const r = c.fresh('r');
          return `[${r} IN ${v}.rels | ${project(r)}]`;
        },
      },
    },
  },
};
