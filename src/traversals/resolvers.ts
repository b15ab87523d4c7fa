// Query fields that traverse the graph, and the types they return.
import type { Resolvers } from '../generated/graphql.js';
import { loadClaims, loadEntities, loadEntity } from '../nodes/load.js';
import { neighborhood, search, shortestPaths, tracksRoutedThrough } from './queries.js';

export const traversalResolvers: Resolvers = {
  Query: {
    search: (_root, { query, first }, ctx) => search(ctx, query, first),
    tracksRoutedThrough: (_root, { personId, asOf }, ctx) => tracksRoutedThrough(ctx, personId, asOf),
    paths: (_root, args, ctx) => shortestPaths(ctx, args),
    neighborhood: (_root, { id, depth, asOf }, ctx) => neighborhood(ctx, id, depth, asOf),
  },
  RoutedTrack: {
    track: (routed, _args, ctx) => loadEntity(ctx, routed.trackId),
    evidence: (routed, _args, ctx) => loadClaims(ctx, routed.relation.evidenceIds),
  },
  Path: {
    length: (path) => path.hops.length,
    nodes: (path, _args, ctx) => loadEntities(ctx, path.nodeIds),
  },
  Hop: {
    from: (hop, _args, ctx) => loadEntity(ctx, hop.fromId),
    to: (hop, _args, ctx) => loadEntity(ctx, hop.toId),
  },
  Neighborhood: {
    center: (hood, _args, ctx) => loadEntity(ctx, hood.centerId),
    nodes: (hood, _args, ctx) => loadEntities(ctx, hood.nodeIds),
  },
};
