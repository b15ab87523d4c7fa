// Compiles every root field of an operation without a database or a server: what `cypher:explain`
// prints and what the snapshot tests hold (the same code path the resolvers use, minus execution).
import { getArgumentValues, getOperationAST, type DocumentNode, type GraphQLSchema } from 'graphql';
import { compileRoot, type CompiledRoot } from './compile-root.js';
import { collectFields, operationEnv } from './selection.js';
import type { ReadModel, RootMetas } from './types.js';

export interface CompiledField extends CompiledRoot {
  responseKey: string;
}

export interface OperationInput {
  /** The request's day (ISO date), what reads without `asOf` are valid at. */
  today: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** One compiled query per root field of the (query) operation, in selection order. */
export function compileOperation(
  schema: GraphQLSchema,
  model: ReadModel,
  roots: RootMetas,
  document: DocumentNode,
  { today, variables = {}, operationName }: OperationInput,
): CompiledField[] {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'query') throw new Error('Expected one query operation');
  const prepared = operationEnv(schema, document, operation, variables);
  if (prepared.errors) throw new Error(prepared.errors.map((e) => e.message).join('; '));
  const { env } = prepared;
  const queryType = schema.getQueryType()!;
  return [...collectFields(env, queryType, [operation.selectionSet])].flatMap(([responseKey, fieldNodes]) => {
    const name = fieldNodes[0]!.name.value;
    const root = roots[name];
    const field = queryType.getFields()[name];
    if (!root || !field) return [];
    const info = { schema, fragments: env.fragments, variableValues: env.variables, fieldNodes, returnType: field.type };
    return [{ responseKey, ...compileRoot(info, model, root, getArgumentValues(field, fieldNodes[0]!, env.variables), today) }];
  });
}
