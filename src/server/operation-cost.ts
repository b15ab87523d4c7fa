// Estimates how much work an operation asks for: the number of list items it may resolve, with the
// arguments that size a list (`first`, `maxHops`, `depth`) read from literals and variables alike.
import {
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { READ_LIMITS } from '../read/limits.js';

/** Items assumed for a list that no argument sizes (relations, evidence, claimsMade, hops ...). */
export const DEFAULT_LIST_SIZE = READ_LIMITS.assumedListSize;

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** The largest `first` a root field's argument check accepts, where it is not MAX_PAGE_SIZE. */
const ROOT_FIRST_MAX: Record<string, number> = { changes: READ_LIMITS.changes.max, search: READ_LIMITS.search.max };

/**
 * Arguments that size a list, and the number of items they mean. Values are clamped to what the
 * resolvers accept, so an out-of-range argument still gets the resolver's BAD_USER_INPUT, and an
 * accepted one is counted in full.
 * `first` pages a connection, a search or the change log; `maxHops` widens the shortest-path search
 * (up to maxHops² paths); `depth` fans a neighbourhood out about ten entities per hop.
 */
const SIZE_ARGUMENTS: Record<string, (n: number, field: string) => number> = {
  first: (n, field) => clamp(n, 0, ROOT_FIRST_MAX[field] ?? READ_LIMITS.page.max),
  maxHops: (n) => clamp(n, 1, READ_LIMITS.maxHops.max) ** 2,
  depth: (n) => 10 ** clamp(n, 1, READ_LIMITS.depth.max),
};

export interface CostInput {
  operationName?: string | null;
  /** The request's variables, as sent; the operation's variable defaults fill the gaps. */
  variables?: Readonly<Record<string, unknown>> | null;
}

/**
 * The cost of one operation of `document`: each list field costs the number of items it may return
 * times the items of the lists above it; a root field costs 1; scalars and single objects (projected
 * inside the root field's one query) cost nothing of their own. Introspection costs nothing.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, input: CostInput = {}): number {
  const operation = getOperationAST(document, input.operationName ?? undefined);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], { ...input.variables });
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const walker = new CostWalker(schema, fragments, coerced.coerced ?? {});
  return walker.selections(root, operation.selectionSet, 1, undefined, true, new Set());
}

class CostWalker {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  /**
   * Cost of a selection set resolved `count` times. `listSize` is the size a parent's argument gave
   * its list children (a connection's `nodes` and `edges`, a neighbourhood's `nodes` and `edges`).
   */
  selections(
    type: GraphQLNamedType,
    set: SelectionSetNode,
    count: number,
    listSize: number | undefined,
    atRoot: boolean,
    spreads: Set<string>,
  ): number {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += this.field(type, selection, count, listSize, atRoot, spreads);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : type;
        if (on) cost += this.selections(on, selection.selectionSet, count, listSize, atRoot, spreads);
      } else {
        const name = selection.name.value;
        const fragment = this.fragments.get(name);
        const on = fragment && this.schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !on || spreads.has(name)) continue;
        cost += this.selections(on, fragment.selectionSet, count, listSize, atRoot, new Set([...spreads, name]));
      }
    }
    return cost;
  }

  private field(
    parent: GraphQLNamedType,
    node: FieldNode,
    count: number,
    listSize: number | undefined,
    atRoot: boolean,
    spreads: Set<string>,
  ): number {
    const def = fieldDefinition(parent, node.name.value);
    if (!def || !node.selectionSet) return 0;
    const type = getNamedType(def.type);
    if (isLeafType(type)) return 0;
    const size = this.sizeArgument(def, node, atRoot);
    const isList = isListType(getNullableType(def.type));
    const items = isList ? count * (size ?? listSize ?? DEFAULT_LIST_SIZE) : count;
    const own = isList ? items : atRoot ? 1 : 0;
    const childListSize = isList ? undefined : size;
    return own + this.selections(type as GraphQLCompositeType, node.selectionSet, items, childListSize, false, spreads);
  }

  /**
   * The list size this field's sizing argument asks for: a literal or variable, or the schema default on
   * a root field. A nested list's default `first` is a cap, not an expected size (most entities have a
   * few relations and claims): without an explicit `first` it counts as DEFAULT_LIST_SIZE items.
   */
  private sizeArgument(def: GraphQLField<unknown, unknown>, node: FieldNode, atRoot: boolean): number | undefined {
    for (const arg of def.args) {
      const size = SIZE_ARGUMENTS[arg.name];
      if (!size) continue;
      const given = node.arguments?.find((a) => a.name.value === arg.name);
      const value: unknown = given ? valueFromAST(given.value, arg.type, this.variables) : undefined;
      const n = typeof value === 'number' && Number.isFinite(value) ? value : atRoot || arg.name !== 'first' ? arg.defaultValue : undefined;
      if (typeof n !== 'number') return undefined;
      return !atRoot && arg.name === 'first' ? clamp(Math.trunc(n), 0, READ_LIMITS.nestedList.max) : size(Math.trunc(n), def.name);
    }
    return undefined;
  }
}

function fieldDefinition(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name.startsWith('__')) return undefined;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}
