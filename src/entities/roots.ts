// people, institutions, tracks: keyset-paginated entity lists, compiled with their selection.
import type { Args, RootMeta, RootMetas } from '../compile/types.js';
import type { EntityKind } from '../graph/model.js';
import { pageQuery } from '../graph/connection.js';

const SORT_KEYS = { NAME: 'name', ID: 'id' } as const;

interface EntityFilter {
  text?: string | null;
  ids?: readonly string[] | null;
}
interface EntityOrder {
  field?: keyof typeof SORT_KEYS;
  direction?: 'ASC' | 'DESC';
}

function entityList(label: EntityKind): RootMeta {
  return {
    compile(args: Args, c) {
      const filter = (args.filter ?? {}) as EntityFilter;
      const order = (args.orderBy ?? {}) as EntityOrder;
      const where: string[] = [];
      if (filter.ids) where.push(`n.id IN ${c.param(filter.ids)}`);
      if (filter.text) {
        const text = c.param(filter.text.toLowerCase());
        where.push(`(toLower(n.name) CONTAINS ${text} OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS ${text}))`);
      }
      return pageQuery(
        {
          match: `MATCH (n:${label})`,
          where,
          sort: SORT_KEYS[order.field ?? 'NAME'],
          desc: order.direction === 'DESC',
          first: args.first as number | null,
          after: args.after as string | null,
        },
        c,
      );
    },
  };
}

export const entityRoots: RootMetas = {
  people: entityList('Person'),
  institutions: entityList('Institution'),
  tracks: entityList('PolicyTrack'),
};
