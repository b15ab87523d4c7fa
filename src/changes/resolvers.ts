// Query.changes.
import type { Resolvers } from '../generated/graphql.js';
import { trackChanges } from './queries.js';

export const changeResolvers: Resolvers = {
  Query: {
    changes: (_root, { trackId, since, first }, ctx) => trackChanges(ctx, trackId, since, first),
  },
};
