// Curation mutations: editors change content, admins merge and delete. Each call gets its write receipt.
// The writes answer with the id they wrote; server/read-model.ts reads each back with the mutation's
// selection (readBack), except deleteEntity, whose answer is the deleted id itself.
import type { GraphQLResolveInfo } from 'graphql';
import { requireRole, type Role } from '../auth/roles.js';
import type { Context } from '../core/context.js';
import { receiptFor } from '../core/write-receipt.js';
import type { WriteReceipt } from '../db/write-receipts.js';
import type {
  MutationAddClaimArgs,
  MutationCreateEntityArgs,
  MutationDeleteEntityArgs,
  MutationLinkClaimsArgs,
  MutationMergeEntitiesArgs,
  MutationRetractClaimArgs,
  MutationSetReliabilityArgs,
  MutationUpdateEntityArgs,
} from '../generated/graphql.js';
import {
  addClaim,
  createEntity,
  deleteEntity,
  linkClaims,
  mergeEntities,
  retractClaim,
  setReliability,
  updateEntity,
  type Written,
} from './mutations.js';

const receipt = (ctx: Context, info: GraphQLResolveInfo, args: unknown) => receiptFor(ctx, info.path.key.toString(), info.fieldName, args);

/** A mutation resolver that writes and answers with the id it wrote (to be read back). */
export type WriteResolver<A> = (source: unknown, args: A, ctx: Context, info: GraphQLResolveInfo) => Promise<Written>;

type Write<A, R> = (ctx: Context, args: A, receipt: WriteReceipt) => Promise<R>;

/** A resolver that checks the caller's role, takes the call's write receipt and runs `write`. */
function guarded<A, R>(role: Role, write: Write<A, R>) {
  return (_root: unknown, args: A, ctx: Context, info: GraphQLResolveInfo): Promise<R> => {
    requireRole(ctx.principal, role);
    return write(ctx, args, receipt(ctx, info, args));
  };
}

/** The curation writes whose answer is the node they wrote, read back with the mutation's selection. */
export const nodeWrites = {
  createEntity: guarded<MutationCreateEntityArgs, Written>('editor', (ctx, a, r) => createEntity(ctx, a.input, r)),
  updateEntity: guarded<MutationUpdateEntityArgs, Written>('editor', (ctx, a, r) => updateEntity(ctx, a.id, a.patch, r)),
  mergeEntities: guarded<MutationMergeEntitiesArgs, Written>('admin', (ctx, a, r) => mergeEntities(ctx, a.survivorId, a.mergedId, r)),
  addClaim: guarded<MutationAddClaimArgs, Written>('editor', (ctx, a, r) => addClaim(ctx, a.sourceId, a.claim, r)),
  retractClaim: guarded<MutationRetractClaimArgs, Written>('editor', (ctx, a, r) => retractClaim(ctx, a.id, a.reason, r)),
  setReliability: guarded<MutationSetReliabilityArgs, Written>('editor', (ctx, a, r) =>
    setReliability(ctx, a.id, a.reliability ?? null, r),
  ),
  linkClaims: guarded<MutationLinkClaimsArgs, Written>('editor', (ctx, a, r) =>
    linkClaims(ctx, a.fromId, a.toId, a.kind, r, a.sourceId ?? null),
  ),
} satisfies Record<string, WriteResolver<never>>;

/** deleteEntity answers with the id it deleted: nothing is left to read back. */
export const deleteEntityResolver = guarded<MutationDeleteEntityArgs, string>('admin', (ctx, a, r) => deleteEntity(ctx, a.id, r));
