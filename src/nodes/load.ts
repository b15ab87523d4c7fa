// Typed node loads through the request's node loader.
import { isEntity, type ClaimModel, type EntityModel, type NodeModel } from '../graph/model.js';
import type { Context } from '../server/context.js';

/** Loads nodes by id, dropping ids that no longer resolve. */
export async function loadNodes(ctx: Context, ids: readonly string[]): Promise<NodeModel[]> {
  const nodes = await ctx.loaders.nodes.loadMany(ids);
  return nodes.filter((n): n is NodeModel => !(n instanceof Error));
}

export async function loadEntities(ctx: Context, ids: readonly string[]): Promise<EntityModel[]> {
  return (await loadNodes(ctx, ids)).filter(isEntity);
}

/** Claims by id; retracted claims are left out, as in every default answer. */
export async function loadClaims(ctx: Context, ids: readonly string[]): Promise<ClaimModel[]> {
  return (await loadNodes(ctx, ids)).filter((n): n is ClaimModel => n.kind === 'Claim' && n.retraction === null);
}

/** Loads an entity; NOT_FOUND when the id names nothing, an error when it names a claim or source. */
export async function loadEntity(ctx: Context, id: string): Promise<EntityModel> {
  const node = await ctx.loaders.nodes.load(id);
  if (!isEntity(node)) throw new Error(`${id} is not an entity`);
  return node;
}

export async function loadClaim(ctx: Context, id: string): Promise<ClaimModel> {
  const node = await ctx.loaders.nodes.load(id);
  if (node.kind !== 'Claim') throw new Error(`${id} is not a claim`);
  return node;
}
