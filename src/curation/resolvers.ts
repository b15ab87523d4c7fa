// Curation mutations: editors change content, admins merge and delete. Each call gets its write receipt.
import type { GraphQLResolveInfo } from 'graphql';
import { requireRole } from '../auth/roles.js';
import type { Context } from '../core/context.js';
import { receiptFor } from '../core/write-receipt.js';
import type { Resolvers } from '../generated/graphql.js';
import { addClaim, createEntity, deleteEntity, linkClaims, mergeEntities, retractClaim, updateEntity } from './mutations.js';

const receipt = (ctx: Context, info: GraphQLResolveInfo, args: unknown) => receiptFor(ctx, info.path.key.toString(), info.fieldName, args);

export const curationResolvers: Resolvers = {
  Mutation: {
    createEntity: (_root, args, ctx, info) => {
      requireRole(ctx.principal, 'editor');
      return createEntity(ctx, args.input, receipt(ctx, info, args));
    },
    updateEntity: (_root, args, ctx, info) => {
      requireRole(ctx.principal, 'editor');
      return updateEntity(ctx, args.id, args.patch, receipt(ctx, info, args));
    },
    mergeEntities: (_root, args, ctx, info) => {
      requireRole(ctx.principal, 'admin');
      return mergeEntities(ctx, args.survivorId, args.mergedId, receipt(ctx, info, args));
    },
    deleteEntity: (_root, args, ctx, info) => {
      requireRole(ctx.principal, 'admin');
      return deleteEntity(ctx, args.id, receipt(ctx, info, args));
    },
    addClaim: (_root, args, ctx, info) => {
      requireRole(ctx.principal, 'editor');
      return addClaim(ctx, args.sourceId, args.claim, receipt(ctx, info, args));
    },
    retractClaim: (_root, args, ctx, info) => {
      requireRole(ctx.principal, 'editor');
      return retractClaim(ctx, args.id, args.reason, receipt(ctx, info, args));
    },
    linkClaims: (_root, args, ctx, info) => {
      requireRole(ctx.principal, 'editor');
      return linkClaims(ctx, args.fromId, args.toId, args.kind, receipt(ctx, info, args));
    },
  },
};
