// Paginated entity lists (people, institutions, tracks) over entities/list and entities/count.
import type { EntityFilter, EntityOrder } from '../generated/graphql.js';
import type { EntityConnectionModel, EntityKind, EntityModel } from '../graph/model.js';
import { paginate } from '../graph/paginate.js';
import type { Context } from '../server/context.js';

const SORT_KEYS = { NAME: 'name', ID: 'id' } as const;

export interface ListArgs {
  filter?: EntityFilter | null;
  orderBy?: EntityOrder | null;
  first?: number | null;
  after?: string | null;
}

export function listEntities(ctx: Context, label: EntityKind, args: ListArgs): Promise<EntityConnectionModel> {
  return paginate<EntityModel>(ctx, {
    list: 'entities/list',
    count: 'entities/count',
    fragments: { LABEL: label },
    filter: {
      ids: args.filter?.ids ?? null,
      text: args.filter?.text ? args.filter.text.toLowerCase() : null,
    },
    sortKey: SORT_KEYS[args.orderBy?.field ?? 'NAME'],
    desc: args.orderBy?.direction === 'DESC',
    first: args.first,
    after: args.after,
  });
}
