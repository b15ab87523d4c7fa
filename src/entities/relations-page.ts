// Entity.relationsPage: an entity's relations as a Relay connection whose first page costs about `first`
// index entries per (type, direction), whatever the entity's degree (README "Paging a hub's relations").
// Order: by type, then incoming before outgoing, then a key an index holds in order: the relation id
// (`rel:<type>:<from>:<to>...`) for outgoing relations (index rel_<type>_id), inKey (`<to id> <relation id>`)
// for incoming ones (index rel_<type>_in_key). Each (type, direction) is one prefix of its index, read in
// order from the cursor and cut at size + 1; the parts are merged and cut again. Counts come from the
// entity's degree per type (count store), so they ignore asOf and the evidence filter.
import type { CypherScope, ObjectField, TypeMetas } from '../read/types.js';
import { mapKey } from '../read/types.js';
import { badInput } from '../base/errors.js';
import { relationTypes } from '../domain/args.js';
import { isRelationType, RELATION_RULES, relTypeAlternation, type EntityKind, type RelationType } from '../domain/vocabulary.js';
import { relationListed, type Direction } from '../read/cypher-snippets.js';
import { decodeCursor, pageSize } from '../read/pagination.js';
import { READ_LIMITS } from '../read/limits.js';
import { connectionTypes } from '../read/connection.js';

type Side = 'in' | 'out';

/** Where a cursor points: after `key` within (type, side). */
interface RelationCursor {
  type: string;
  side: Side;
  key: string;
}

// The edge's sort value is `<TYPE> <in|out> <key>`: a space sorts before every character of a type name,
// so comparing these strings orders by type, then side, then key.
function parseCursor(after: unknown): RelationCursor | null {
  const cursor = decodeCursor(after as string | null | undefined);
  if (cursor === null) return null;
  const match = /^([A-Z_]+) (in|out) (.+)$/s.exec(cursor.value);
  if (!match || !isRelationType(match[1] ?? '')) {
    throw badInput('after: not a cursor returned by this API', { argument: 'after' });
  }
  return { type: match[1] as string, side: match[2] as Side, key: match[3] as string };
}

/** -1, 0 or 1 as (type, side) comes before, at or after the cursor's. */
function comparePart(type: string, side: Side, cursor: RelationCursor): number {
  if (type !== cursor.type) return type < cursor.type ? -1 : 1;
  if (side !== cursor.side) return side < cursor.side ? -1 : 1;
  return 0;
}

/** One (type, side) part: an ordered prefix seek of its index from the cursor, cut at `limit`. */
interface PartSpec {
  type: string;
  side: Side;
  afterKey: string | null;
  /** The part lies before the cursor: it yields nothing. */
  skip: boolean;
  limit: string;
  /** The column names every part returns (fresh: the COLLECT sees the outer query's variables). */
  n: string;
  s: string;
}

function part(v: string, p: PartSpec, args: Record<string, unknown>, c: CypherScope): string {
  const { type, side, afterKey, limit } = p;
  const r = c.fresh('r');
  const t = relTypeAlternation([type]);
  const key = side === 'out' ? `${r}.id` : `${r}.inKey`;
  const prefix = side === 'out' ? `${c.param(`rel:${type.toLowerCase()}:`)} + ${v}.id + ':'` : `${v}.id + ' '`;
  // The cursor is in parameters only (`$skip`, `$from`), so every page of one selection is one query text:
  // a text's plan is cached, and planning ~20 parts costs seconds.
  const where = [`${c.param(p.skip)} = false`, `${key} STARTS WITH ${prefix}`, `${key} > ${c.param(afterKey ?? '')}`];
  // The filter is one CASE, not its AND/OR terms: the planner splits a disjunction (validity's `validTo IS NOT NULL
  // OR status <> 'ENDED`) into a union of two seeks, loses the index order and sorts the whole prefix.
  where.push(`CASE WHEN ${relationListed(r, args, c)} THEN true ELSE false END`);
  // No pattern on v: anchoring at v would expand all its relations; the seek reads only this prefix, in order.
  return (
    `MATCH ()-[${r}:${t}]->() WHERE ${where.join(' AND ')} WITH ${r} ORDER BY ${key} LIMIT ${limit} ` +
    `RETURN ${r} AS ${p.n}, ${c.param(`${type} ${side} `)} + ${key} AS ${p.s}`
  );
}

const SIDES: Record<Direction, Side[]> = { IN: ['in'], OUT: ['out'], BOTH: ['in', 'out'] };

/** The degree of `v` for one type on the sides asked (GetDegree: O(1), no relation read). */
function degree(v: string, type: string, sides: Side[]): string {
  const t = relTypeAlternation([type]);
  return sides.map((s) => (s === 'out' ? `COUNT { (${v})-[:${t}]->() }` : `COUNT { (${v})<-[:${t}]-() }`)).join(' + ');
}

/** The (type, side) parts an entity of `label` can have, by the vocabulary's rules: fewer parts, faster planning. */
function sidesOf(label: EntityKind, type: RelationType): Side[] {
  const rule = RELATION_RULES[type] as { from: readonly string[]; to: readonly string[] };
  return [...(rule.to.includes(label) ? (['in'] as const) : []), ...(rule.from.includes(label) ? (['out'] as const) : [])];
}

/** Entity.relationsPage on an entity of `label`. */
export const relationsPage = (label: EntityKind): ObjectField => ({
  kind: 'object',
  bind(v, args, c) {
    const size = pageSize(args.first as number | null | undefined, READ_LIMITS.relationsPage);
    const cursor = parseCursor(args.after);
    const asked = SIDES[(args.direction ?? 'BOTH') as Direction];
    const types = [...relationTypes(args.types as string[] | null | undefined)]
      .sort()
      .filter((t) => sidesOf(label, t).some((s) => asked.includes(s)));
    const sidesFor = (t: RelationType) => sidesOf(label, t).filter((s) => asked.includes(s));
    const limit = c.param(size + 1);
    const [n, s] = [c.fresh('n'), c.fresh('s')];
    const parts: string[] = [];
    for (const type of types) {
      for (const side of sidesFor(type)) {
        const at = cursor ? comparePart(type, side, cursor) : 1;
        parts.push(part(v, { type, side, afterKey: at === 0 && cursor ? cursor.key : null, skip: at < 0, limit, n, s }, args, c));
      }
    }
    const page = `COLLECT { CALL (${v}) { ${parts.join(' UNION ALL ')} } WITH ${n}, ${s} ORDER BY ${s} LIMIT ${limit} RETURN {n: ${n}, s: ${s}} }`;
    const counts = `[${types.map((t) => `{type: ${c.param(t)}, count: ${degree(v, t, sidesFor(t))}}`).join(', ')}]`;
    const x = c.fresh('x');
    const total = types.map((t) => degree(v, t, sidesFor(t))).join(' + ');
    if (!types.length) return `{page: [], size: ${c.param(size)}, after: ${c.param(cursor !== null)}, total: 0, counts: []}`;
    return `{page: ${page}, size: ${c.param(size)}, after: ${c.param(cursor !== null)}, total: ${total}, counts: [${x} IN ${counts} WHERE ${x}.count > 0]}`;
  },
});

/** RelationConnection and its edge (connection.ts's shape) and the per-type counts. */
export const relationPageTypes: TypeMetas = (() => {
  const types = connectionTypes('RelationConnection', 'RelationEdge');
  const conn = types.RelationConnection!;
  conn.fields.countsByType = {
    kind: 'list',
    items: (v, _a, c, project) => {
      const t = c.fresh('t');
      return `[${t} IN ${v}.counts | ${project(t)}]`;
    },
  };
  return { ...types, RelationTypeCount: { fields: { type: mapKey('type'), count: mapKey('count') } } };
})();
