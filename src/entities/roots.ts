// people, institutions, tracks: keyset-paginated entity lists, compiled with their selection.
import type { Args, RootMeta, RootMetas } from '../read/types.js';
import type { EntityKind } from '../domain/vocabulary.js';
import { pageQuery } from '../read/connection.js';
import { entityById } from '../read/cypher-snippets.js';
import { requireIdOf } from '../domain/args.js';
import { PREFIX_OF } from '../domain/ids.js';

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
      let match = `MATCH (n:${label})`;
      if (filter.ids) {
        const kind = PREFIX_OF[label];
        const ids = c.param(filter.ids.map((id, i) => requireIdOf(id, `filter.ids[${i}]`, [kind])));
        // Each id through its index; an id merged away names its survivor.
        match = `UNWIND ${ids} AS fid WITH ${entityById('fid', c, label)} AS n WHERE n IS NOT NULL WITH DISTINCT n`;
      }
      if (filter.text) {
        const text = c.param(filter.text.toLowerCase());
        where.push(`(toLower(n.name) CONTAINS ${text} OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS ${text}))`);
      }
      return pageQuery(
        {
          match,
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
