// Estimates how much work an operation asks for: the number of list items it may resolve, with the
// arguments that size a list (`first`, `maxHops`, `depth`) read from literals and variables alike.
import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isLeafType,
  isListType,
  isObjectType,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type GraphQLAbstractType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { READ_LIMITS } from '../read/limits.js';
import { collectFields, operationEnv, subSelections, type SelectionEnv } from '../read/selection.js';

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
 * inside the root field's one query) cost nothing of their own. Introspection costs nothing. Fields are
 * collected as the executor and the compiler collect them (read/selection.ts): fragments that do not
 * apply to a type, and fields that `@skip`/`@include` leave out, cost nothing; a field selected twice
 * under one response key is one field.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, input: CostInput = {}): number {
  const operation = getOperationAST(document, input.operationName ?? undefined);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  const prepared = operationEnv(schema, document, operation, input.variables ?? {});
  // Variables that do not coerce: execution refuses the operation before any resolver runs, with the
  // variable's own BAD_USER_INPUT, so there is nothing to estimate (and @include(if: $x) cannot be read).
  if (prepared.errors) return 0;
  return selectionCost(prepared.env, root, [operation.selectionSet], 1, undefined, true);
}

/**
 * Cost of the selection sets `sets` on `type`, resolved `count` times. `listSize` is the size a parent's
 * argument gave its list children (a connection's `nodes` and `edges`, a neighbourhood's `nodes` and `edges`).
 */
function selectionCost(
  env: SelectionEnv,
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  count: number,
  listSize: number | undefined,
  atRoot: boolean,
): number {
  let cost = 0;
  for (const nodes of collectFields(env, type, sets).values()) cost += fieldCost(env, type, nodes, count, listSize, atRoot);
  return cost;
}

function fieldCost(
  env: SelectionEnv,
  parent: GraphQLObjectType,
  nodes: readonly FieldNode[],
  count: number,
  listSize: number | undefined,
  atRoot: boolean,
): number {
  const node = nodes[0]!;
  const def = node.name.value.startsWith('__') ? undefined : parent.getFields()[node.name.value];
  if (!def) return 0;
  const type = getNamedType(def.type);
  if (isLeafType(type)) return 0;
  // Fields merged under one response key have the same arguments (validation's OverlappingFieldsCanBeMerged).
  const size = sizeArgument(env, def, node, atRoot);
  const isList = isListType(getNullableType(def.type));
  const items = isList ? count * (size ?? listSize ?? DEFAULT_LIST_SIZE) : count;
  const own = isList ? items : atRoot ? 1 : 0;
  const childListSize = isList ? undefined : size;
  const sets = subSelections(nodes);
  if (isObjectType(type)) return own + selectionCost(env, type, sets, items, childListSize, false);
  // An abstract type (Node, Entity): each value has one runtime type, and the compiled Cypher projects it
  // through one CASE branch per type (read/project.ts), so an item costs what its most expensive runtime
  // type selects. The max, not the sum: `... on Person { relations }` and `... on Claim { evidence }` are
  // never both read for one node.
  let children = 0;
  for (const runtime of env.schema.getPossibleTypes(type as GraphQLAbstractType)) {
    children = Math.max(children, selectionCost(env, runtime, sets, items, childListSize, false));
  }
  return own + children;
}

/**
 * The list size this field's sizing argument asks for: a literal or variable, or the schema default on
 * a root field. A nested list's default `first` is a cap, not an expected size (most entities have a
 * few relations and claims): without an explicit `first` it counts as DEFAULT_LIST_SIZE items.
 */
function sizeArgument(env: SelectionEnv, def: GraphQLField<unknown, unknown>, node: FieldNode, atRoot: boolean): number | undefined {
  for (const arg of def.args) {
    const size = SIZE_ARGUMENTS[arg.name];
    if (!size) continue;
    const given = node.arguments?.find((a) => a.name.value === arg.name);
    const value: unknown = given ? valueFromAST(given.value, arg.type, env.variables) : undefined;
    const n = typeof value === 'number' && Number.isFinite(value) ? value : atRoot || arg.name !== 'first' ? arg.defaultValue : undefined;
    if (typeof n !== 'number') return undefined;
    return !atRoot && arg.name === 'first' ? clamp(Math.trunc(n), 0, READ_LIMITS.nestedList.max) : size(Math.trunc(n), def.name);
  }
  return undefined;
}
