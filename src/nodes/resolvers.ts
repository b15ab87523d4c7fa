// Query.node and the resolution of the Node and Entity interfaces to concrete types.
import type { Resolvers } from '../generated/graphql.js';
import { requireId } from '../graph/args.js';

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_root, { id }, ctx) => ctx.loaders.nodes.load(requireId(id, 'id')),
  },
  Node: { __resolveType: (node) => node.kind },
  Entity: { __resolveType: (entity) => entity.kind },
};
