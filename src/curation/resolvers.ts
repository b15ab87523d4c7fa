// Curation mutations: editors change content, admins merge and delete.
import { requireRole } from '../auth/roles.js';
import type { Resolvers } from '../generated/graphql.js';
import { addClaim, createEntity, deleteEntity, linkClaims, mergeEntities, retractClaim, updateEntity } from './mutations.js';

export const curationResolvers: Resolvers = {
  Mutation: {
    createEntity: (_root, { input }, ctx) => {
      requireRole(ctx.principal, 'editor');
      return createEntity(ctx, input);
    },
    updateEntity: (_root, { id, patch }, ctx) => {
      requireRole(ctx.principal, 'editor');
      return updateEntity(ctx, id, patch);
    },
    mergeEntities: (_root, { survivorId, mergedId }, ctx) => {
      requireRole(ctx.principal, 'admin');
      return mergeEntities(ctx, survivorId, mergedId);
    },
    deleteEntity: (_root, { id }, ctx) => {
      requireRole(ctx.principal, 'admin');
      return deleteEntity(ctx, id);
    },
    addClaim: (_root, { sourceId, claim }, ctx) => {
      requireRole(ctx.principal, 'editor');
      return addClaim(ctx, sourceId, claim);
    },
    retractClaim: (_root, { id, reason }, ctx) => {
      requireRole(ctx.principal, 'editor');
      return retractClaim(ctx, id, reason);
    },
    linkClaims: (_root, { fromId, toId, kind }, ctx) => {
      requireRole(ctx.principal, 'editor');
      return linkClaims(ctx, fromId, toId, kind);
    },
  },
};
