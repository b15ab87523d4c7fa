// Paginated entity lists (people, institutions, tracks) over entities/list and entities/count.
import type { EntityFilter, EntityOrder } from '../generated/graphql.js';
import { toNodeModel } from '../graph/map-record.js';
import type { EntityConnectionModel, EntityKind, EntityModel } from '../graph/model.js';
import { decodeCursor, pageSize, toConnection } from '../graph/pagination.js';
import type { Context } from '../server/context.js';

const SORT_KEYS = { NAME: 'name', ID: 'id' } as const;

export interface ListArgs {
  filter?: EntityFilter | null;
  orderBy?: EntityOrder | null;
  first?: number | null;
  after?: string | null;
}

export async function listEntities(ctx: Context, label: EntityKind, args: ListArgs): Promise<EntityConnectionModel> {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  const desc = args.orderBy?.direction === 'DESC';
  const filter = {
    ids: args.filter?.ids ?? null,
    text: args.filter?.text ? args.filter.text.toLowerCase() : null,
  };
  const fragments = { LABEL: label, DIR: desc ? 'DESC' : 'ASC' };
  const rows = await ctx.db.read(
    ctx.db.cypher('entities/list', fragments),
    { ...filter, sortKey: SORT_KEYS[args.orderBy?.field ?? 'NAME'], desc, after, limit: size + 1 },
    ctx.counter,
  );
  const items = rows.map((row) => {
    const node = toNodeModel(row.n) as EntityModel;
    ctx.loaders.nodes.prime(node.id, node);
    return { node, sortValue: row.sortValue };
  });
  const totalCount = async () => {
    const count = await ctx.db.read(ctx.db.cypher('entities/count', fragments), filter, ctx.counter);
    return Number(count[0]?.total ?? 0);
  };
  return toConnection(items, size, after, totalCount);
}
