// Field collection as graphql-js's executor does it (fragments, inline fragments, type conditions,
// @skip/@include), for one runtime type and the merged selection sets of a field's nodes. The compiler
// and the cost estimate (server/operation-cost.ts) both walk selections with it.
import {
  getDirectiveValues,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLError,
  type GraphQLObjectType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type NamedTypeNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What collection needs from the operation: the schema, its fragments and the coerced variables. */
export interface SelectionEnv {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * The environment of one operation of `document`: its fragments, and the request's variables coerced
 * (defaults filled in) as the executor will see them; or the coercion's errors.
 */
export function operationEnv(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): { env: SelectionEnv; errors?: undefined } | { errors: readonly GraphQLError[] } {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], { ...variables });
  if (coerced.errors) return { errors: coerced.errors };
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  return { env: { schema, fragments, variables: coerced.coerced } };
}

/** The fields selected on `runtimeType`, by response key, in selection order. */
export function collectFields(
  env: SelectionEnv,
  runtimeType: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  for (const set of selectionSets) collectInto(env, runtimeType, set, fields, visited);
  return fields;
}

/** The selection sets under a field's nodes (a field may appear several times, e.g. through fragments). */
export function subSelections(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

function collectInto(
  env: SelectionEnv,
  runtimeType: GraphQLObjectType,
  set: SelectionSetNode,
  fields: Map<string, FieldNode[]>,
  visited: Set<string>,
): void {
  for (const selection of set.selections) {
    if (!included(env, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const list = fields.get(key);
      if (list) list.push(selection);
      else fields.set(key, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (matches(env, selection.typeCondition, runtimeType)) collectInto(env, runtimeType, selection.selectionSet, fields, visited);
    } else {
      const name = selection.name.value;
      const fragment = env.fragments[name];
      if (visited.has(name) || !fragment) continue;
      visited.add(name);
      if (matches(env, fragment.typeCondition, runtimeType)) collectInto(env, runtimeType, fragment.selectionSet, fields, visited);
    }
  }
}

function included(env: SelectionEnv, node: FieldNode | InlineFragmentNode | FragmentSpreadNode): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, env.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, env.variables)?.if !== false;
}

function matches(env: SelectionEnv, condition: NamedTypeNode | undefined, runtimeType: GraphQLObjectType): boolean {
  if (!condition) return true;
  const type = typeFromAST(env.schema, condition);
  if (type === runtimeType) return true;
  return type !== undefined && isAbstractType(type) && env.schema.isSubType(type, runtimeType);
}
