// Curation mutations: editors change content, admins merge and delete. Each call gets its write receipt.
// The writes answer with the id they wrote; server/read-model.ts reads each back with the mutation's
// selection (readBack), except deleteEntity, whose answer is the deleted id itself.
import type { GraphQLResolveInfo } from 'graphql';
import { requireRole } from '../auth/roles.js';
import type { Context } from '../core/context.js';
import { receiptFor } from '../core/write-receipt.js';
import type {
  MutationAddClaimArgs,
  MutationCreateEntityArgs,
  MutationDeleteEntityArgs,
  MutationLinkClaimsArgs,
  MutationMergeEntitiesArgs,
  MutationRetractClaimArgs,
  MutationUpdateEntityArgs,
} from '../generated/graphql.js';
import { addClaim, createEntity, deleteEntity, linkClaims, mergeEntities, retractClaim, updateEntity, type Written } from './mutations.js';

const receipt = (ctx: Context, info: GraphQLResolveInfo, args: unknown) => receiptFor(ctx, info.path.key.toString(), info.fieldName, args);

/** A mutation resolver that writes and answers with the id it wrote (to be read back). */
export type WriteResolver<A> = (source: unknown, args: A, ctx: Context, info: GraphQLResolveInfo) => Promise<Written>;

/** The curation writes whose answer is the node they wrote, read back with the mutation's selection. */
export const nodeWrites = {
  createEntity: ((_root, args, ctx, info) => {
    requireRole(ctx.principal, 'editor');
    return createEntity(ctx, args.input, receipt(ctx, info, args));
  }) satisfies WriteResolver<MutationCreateEntityArgs>,
  updateEntity: ((_root, args, ctx, info) => {
    requireRole(ctx.principal, 'editor');
    return updateEntity(ctx, args.id, args.patch, receipt(ctx, info, args));
  }) satisfies WriteResolver<MutationUpdateEntityArgs>,
  mergeEntities: ((_root, args, ctx, info) => {
    requireRole(ctx.principal, 'admin');
    return mergeEntities(ctx, args.survivorId, args.mergedId, receipt(ctx, info, args));
  }) satisfies WriteResolver<MutationMergeEntitiesArgs>,
  addClaim: ((_root, args, ctx, info) => {
    requireRole(ctx.principal, 'editor');
    return addClaim(ctx, args.sourceId, args.claim, receipt(ctx, info, args));
  }) satisfies WriteResolver<MutationAddClaimArgs>,
  retractClaim: ((_root, args, ctx, info) => {
    requireRole(ctx.principal, 'editor');
    return retractClaim(ctx, args.id, args.reason, receipt(ctx, info, args));
  }) satisfies WriteResolver<MutationRetractClaimArgs>,
  linkClaims: ((_root, args, ctx, info) => {
    requireRole(ctx.principal, 'editor');
    return linkClaims(ctx, args.fromId, args.toId, args.kind, receipt(ctx, info, args));
  }) satisfies WriteResolver<MutationLinkClaimsArgs>,
};

/** deleteEntity answers with the id it deleted: nothing is left to read back. */
export function deleteEntityResolver(
  _root: unknown,
  args: MutationDeleteEntityArgs,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<string> {
  requireRole(ctx.principal, 'admin');
  return deleteEntity(ctx, args.id, receipt(ctx, info, args));
}
