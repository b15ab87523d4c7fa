// Runs a keyset-paginated list query and its count query as a Relay connection (see pagination.ts).
import type { Params } from '../db/database.js';
import type { Context } from '../server/context.js';
import { toNodeModel } from './map-record.js';
import type { ConnectionModel, NodeModel } from './model.js';
import { decodeCursor, pageSize, toConnection } from './pagination.js';

export interface PageQuery {
  /** Named queries: the page (returns `n`, `sortValue`) and the total (returns `total`). */
  list: string;
  count: string;
  /** Allow-listed fragments of the list query (the label); the direction is added here. */
  fragments?: Record<string, string>;
  filter: Params;
  sortKey: string;
  desc: boolean;
  first: number | null | undefined;
  after: string | null | undefined;
}

export async function paginate<T extends NodeModel>(ctx: Context, query: PageQuery): Promise<ConnectionModel<T>> {
  const size = pageSize(query.first);
  const after = decodeCursor(query.after);
  const fragments = { ...query.fragments, DIR: query.desc ? 'DESC' : 'ASC' };
  const rows = await ctx.db.read(
    ctx.db.cypher(query.list, fragments),
    { ...query.filter, sortKey: query.sortKey, desc: query.desc, after, limit: size + 1 },
    ctx.counter,
  );
  const items = rows.map((row) => {
    const node = toNodeModel(row.n) as T;
    ctx.loaders.nodes.prime(node.id, node);
    return { node, sortValue: row.sortValue };
  });
  const totalCount = async () => {
    const count = await ctx.db.read(ctx.db.cypher(query.count, query.fragments), query.filter, ctx.counter);
    return Number(count[0]?.total ?? 0);
  };
  return toConnection(items, size, after, totalCount);
}
