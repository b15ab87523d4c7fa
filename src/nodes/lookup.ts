// Node lookups for the write path (curation checks what an id names before changing it); reads go
// through the compiled read model instead.
import { isEntity, type ClaimModel, type EntityModel, type NodeModel } from '../graph/model.js';
import { toNodeModel } from '../graph/map-record.js';
import type { Context } from '../core/context.js';
import { badInput, notFound } from '../base/errors.js';

/** The node an id names (a merged-away entity id gives the survivor); NOT_FOUND when none. */
export async function findNode(ctx: Context, id: string): Promise<NodeModel> {
  const rows = await ctx.db.read(ctx.db.cypher('nodes/by-ids'), { ids: [id] }, ctx.counter);
  if (!rows[0]) throw notFound(id);
  return toNodeModel(rows[0].n);
}

/** An entity by id; an id of another kind is BAD_USER_INPUT. */
export async function findEntity(ctx: Context, id: string, argument = 'id'): Promise<EntityModel> {
  const node = await findNode(ctx, id);
  if (!isEntity(node)) throw badInput(`${argument}: ${id} is not an entity`, { argument });
  return node;
}

export async function findClaim(ctx: Context, id: string, argument = 'id'): Promise<ClaimModel> {
  const node = await findNode(ctx, id);
  if (node.kind !== 'Claim') throw badInput(`${argument}: ${id} is not a claim`, { argument });
  return node;
}
