// Compiles a selection set into one Cypher map expression per value, recursively: scalars become
// property reads or allow-listed expressions, nested objects and lists become list comprehensions and
// COLLECT subqueries of their own projections, so a whole answer comes back nested from one query.
// Keys of the maps are the response keys (aliases), which the read model's resolvers read as they are.
import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { collectFields, subSelections, type SelectionEnv } from './selection.js';
import type { CypherScope, FieldMeta, TypeMetas } from './types.js';

/** Variable-name hints must be plain identifiers: they are spliced into the query text. */
const HINT = /^[a-z]{1,12}$/;

export class Projector implements CypherScope {
  readonly params: Record<string, unknown> = {};
  private paramCount = 0;
  private varCount = 0;
  private readonly ids = new WeakMap<object, number>();
  private idCount = 0;

  constructor(
    private readonly env: SelectionEnv,
    private readonly metas: TypeMetas,
    readonly today: string,
  ) {}

  param(value: unknown): string {
    const name = `p${this.paramCount++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  fresh(hint: string): string {
    if (!HINT.test(hint)) throw new Error(`Variable hint "${hint}" is not a plain identifier`);
    return `${hint}${this.varCount++}`;
  }

  /** The Cypher map for a value of `type` bound to `v`, answering the selection sets of `nodes`. */
  project(type: GraphQLNamedType, nodes: readonly FieldNode[], v: string): string {
    const sets = subSelections(nodes);
    if (isObjectType(type)) return this.objectMap(type, collectFields(this.env, type, sets), v, null);
    if (!isAbstractType(type)) throw new Error(`Cannot project ${type.name}`);
    // Runtime types that select the same fields with the same metadata share one map; the
    // __typename (read by the abstract type's resolveType) then comes from the labels.
    const groups = new Map<string, { types: GraphQLObjectType[]; fields: Map<string, FieldNode[]> }>();
    for (const runtime of this.env.schema.getPossibleTypes(type)) {
      const fields = collectFields(this.env, runtime, sets);
      const key = this.signature(runtime, fields);
      const group = groups.get(key);
      if (group) group.types.push(runtime);
      else groups.set(key, { types: [runtime], fields });
    }
    const branches = [...groups.values()];
    const map = (g: (typeof branches)[number]) => this.objectMap(g.types[0]!, g.fields, v, this.typename(g.types, v));
    if (branches.length === 1) return map(branches[0]!);
    const whens = branches.map((g) => `WHEN ${g.types.map((t) => `${v}:${this.label(t)}`).join(' OR ')} THEN ${map(g)}`);
    return `CASE ${whens.join(' ')} END`;
  }

  /** The metadata of a field, if the read model declares any (plain properties need none). */
  meta(type: GraphQLObjectType, field: string): FieldMeta | undefined {
    return this.metas[type.name]?.fields[field];
  }

  private objectMap(type: GraphQLObjectType, fields: Map<string, FieldNode[]>, v: string, typename: string | null): string {
    const entries = typename ? [`__typename: ${typename}`] : [];
    for (const [key, nodes] of fields) {
      const node = nodes[0]!;
      const name = node.name.value;
      if (name.startsWith('__')) continue; // __typename is answered by graphql-js itself
      const def = type.getFields()[name];
      if (!def) throw new Error(`${type.name} has no field ${name}`);
      entries.push(`\`${key}\`: ${this.field(type, def, nodes, v)}`);
    }
    return `{${entries.join(', ')}}`;
  }

  private field(type: GraphQLObjectType, def: GraphQLField<unknown, unknown>, nodes: readonly FieldNode[], v: string): string {
    const meta = this.meta(type, def.name);
    const target = getNamedType(def.type);
    if (!meta) {
      if (isLeafType(target)) return `${v}.${def.name}`;
      throw new Error(`No Cypher is declared for ${type.name}.${def.name}`);
    }
    const args = getArgumentValues(def, nodes[0]!, this.env.variables);
    if (meta.kind === 'scalar') return meta.expr(v, args, this);
    if (meta.kind === 'list') return meta.items(v, args, this, (w) => this.project(target, nodes, w));
    const x = this.fresh('o');
    const when = meta.when ? ` AND ${meta.when(x)}` : '';
    return `head([${x} IN [${meta.bind(v, args, this)}] WHERE ${x} IS NOT NULL${when} | ${this.project(target, nodes, x)}])`;
  }

  private typename(types: GraphQLObjectType[], v: string): string {
    if (types.length === 1) return `'${types[0]!.name}'`;
    return `CASE ${types.map((t) => `WHEN ${v}:${this.label(t)} THEN '${t.name}'`).join(' ')} END`;
  }

  private label(type: GraphQLObjectType): string {
    const label = this.metas[type.name]?.label;
    if (!label) throw new Error(`${type.name} has no label to tell it apart`);
    return label;
  }

  /** Same field nodes and same metadata objects: the same projection. */
  private signature(type: GraphQLObjectType, fields: Map<string, FieldNode[]>): string {
    const parts: string[] = [];
    for (const [key, nodes] of fields) {
      const meta = this.meta(type, nodes[0]!.name.value);
      parts.push(`${key}:${nodes.map((n) => this.idOf(n)).join(',')}:${meta ? this.idOf(meta) : '-'}`);
    }
    return parts.join('|');
  }

  private idOf(value: object): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.idCount++;
      this.ids.set(value, id);
    }
    return id;
  }
}
