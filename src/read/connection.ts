// Relay connections compiled into the root query: one keyset page (size + 1 rows, so hasNextPage is
// known), its cursors, and the total only when asked for. The page walks an index in sort order.
import type { ScalarField, TypeMeta, TypeMetas } from './types.js';
import type { RootContext, RootQuery } from './types.js';
import { decodeCursor, encodeCursor, pageSize } from './pagination.js';

const cursor = (expr: (v: string) => string): ScalarField => ({
  kind: 'scalar',
  expr,
  decode: (value) => (Array.isArray(value) ? encodeCursor({ value: String(value[0] ?? ''), id: String(value[1]) }) : null),
});

/** Metas of a connection type and its edge type; the connection's value is the map built by pageQuery. */
export function connectionTypes(connection: string, edge: string): TypeMetas {
  const conn: TypeMeta = {
    fields: {
      edges: {
        kind: 'list',
        items: (v, _a, c, project) => {
          const e = c.fresh('e');
          return `[${e} IN ${v}.page[0..${v}.size] | ${project(e)}]`;
        },
      },
      nodes: {
        kind: 'list',
        items: (v, _a, c, project) => {
          const e = c.fresh('e');
          const n = c.fresh('n');
          return `[${n} IN [${e} IN ${v}.page[0..${v}.size] | ${e}.n] | ${project(n)}]`;
        },
      },
      pageInfo: { kind: 'object', bind: (v) => v },
      totalCount: { kind: 'scalar', expr: (v) => `${v}.total` },
    },
  };
  return {
    [connection]: conn,
    [edge]: { fields: { cursor: cursor((e) => `[${e}.s, ${e}.n.id]`), node: { kind: 'object', bind: (e) => `${e}.n` } } },
  };
}

export const pageInfoType: TypeMetas = {
  PageInfo: {
    fields: {
      hasNextPage: { kind: 'scalar', expr: (v) => `size(${v}.page) > ${v}.size` },
      hasPreviousPage: { kind: 'scalar', expr: (v) => `${v}.after` },
      startCursor: cursor((v) => `CASE WHEN ${v}.size = 0 OR size(${v}.page) = 0 THEN null ELSE [${v}.page[0].s, ${v}.page[0].n.id] END`),
      endCursor: cursor((v) => {
        const last = `${v}.page[size(${v}.page[0..${v}.size]) - 1]`;
        return `CASE WHEN ${v}.size = 0 OR size(${v}.page) = 0 THEN null ELSE [${last}.s, ${last}.n.id] END`;
      }),
    },
  },
};

export interface PageSpec {
  /** The MATCH clause binding `n` (a label scan, or an anchored expansion for a filter). */
  match: string;
  /** Filter predicates on `n`, already with parameters. */
  where: string[];
  /** The sort property of `n` (allow-listed by the caller), and whether nulls sort as '' (no index). */
  sort: string;
  nullable?: boolean;
  desc: boolean;
  first: number | null | undefined;
  after: string | null | undefined;
  /** The total when the selection asks for it; by default count(n) over match + where. */
  count?: string;
}

/**
 * The root query of a connection. With an index on the sort property the page is an ordered index
 * seek from the cursor (`n.name >= $v`) that stops after size + 1 rows; the id breaks ties. A nullable
 * sort property (nulls sort as '') is read in two ordered parts, the nulls by id and the rest through
 * the property's index, each cut at size + 1, then merged: no part scans the label.
 */
export function pageQuery(spec: PageSpec, c: RootContext): RootQuery {
  const size = pageSize(spec.first);
  const after = decodeCursor(spec.after);
  const dir = spec.desc ? 'DESC' : 'ASC';
  const limit = c.param(size + 1);
  const cursor = after ? { value: c.param(after.value), id: c.param(after.id) } : null;
  const part = (key: string, extra: string[]) => {
    const where = [...spec.where, ...extra];
    if (cursor) {
      const [cmp, cmpEq] = spec.desc ? ['<', '<='] : ['>', '>='];
      where.push(`${key} ${cmpEq} ${cursor.value}`, `(${key} ${cmp} ${cursor.value} OR n.id ${cmp} ${cursor.id})`);
    }
    // A constant key (the nulls' '') must not be in ORDER BY: the planner would sort instead of reading the index in order.
    const order = key === "''" ? `n.id ${dir}` : `${key} ${dir}, n.id ${dir}`;
    return `${spec.match}${filter(where)} WITH n ORDER BY ${order} LIMIT ${limit} RETURN n, ${key} AS s`;
  };
  const prop = `n.${spec.sort}`;
  const page = spec.nullable
    ? `CALL () { CALL () { ${part(prop, [`${prop} IS NOT NULL`])} UNION ALL ${part("''", [`${prop} IS NULL`, 'n.id IS NOT NULL'])} } ` +
      `WITH n, s ORDER BY s ${dir}, n.id ${dir} LIMIT ${limit} RETURN collect({n: n, s: s}) AS page }\n`
    : `CALL () { CALL () { ${part(prop, cursor ? [] : [`${prop} IS NOT NULL`])} } RETURN collect({n: n, s: s}) AS page }\n`;
  const total = c.selects('totalCount')
    ? `CALL () { ${spec.count ?? `${spec.match}${filter(spec.where)} RETURN count(n) AS total`} }\n`
    : 'WITH null AS total\n';
  const cypher = [
    total,
    page,
    `WITH {page: page, size: ${c.param(size)}, after: ${c.param(after !== null)}, total: total} AS conn\n`,
    `RETURN ${c.project('conn')} AS value`,
  ].join('');
  return { cypher, answer: (rows) => rows[0]?.value };
}

const filter = (preds: string[]) => (preds.length ? ` WHERE ${preds.join(' AND ')}` : '');
