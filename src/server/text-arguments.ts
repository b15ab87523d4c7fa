// One bound on the length of every String and ID an operation passes: each argument of each field it selects
// (root and nested), each field of an input object, each item of a list, from literals and variables alike.
// Over-long text is refused with BAD_USER_INPUT naming every argument at fault, before the root field's resolver
// compiles or runs any Cypher. The check sits in the executable schema (a wrapper of each root field's resolver
// and subscriber), so HTTP and WebSocket both get it: a validation rule would not see variables, and an Apollo
// plugin would not see WebSocket operations.
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { badInput, type AppError } from '../base/errors.js';
import { EXTRACT_MAX_CHARACTERS } from '../extract/resolvers.js';
import { CLAIM_TEXT_MAX, DESCRIPTION_MAX, URL_MAX } from '../ingest/document.js';
import { READ_LIMITS } from '../read/limits.js';

/** The longest String and ID values, in characters (UTF-16 code units), unless TEXT_LIMIT_EXCEPTIONS says otherwise. */
export const TEXT_LIMITS = {
  /** Names, filters, reasons, dates, cursors: the longest name a document takes is 200, a cursor about 400. */
  string: 1_000,
  /** The longest id is about 130 (`institution:` and a 120-character slug). */
  id: 200,
} as const;

/**
 * Where longer (or shorter) text is legitimate, by schema coordinate: `Type.field(argument:)` for an argument,
 * `InputType.field` for an input object's field. Each keeps the bound its own validation already has.
 */
export const TEXT_LIMIT_EXCEPTIONS: Readonly<Record<string, number>> = {
  // An article: its own limit, about 10,000 words.
  'Query.extractDocument(text:)': EXTRACT_MAX_CHARACTERS,
  'SourceInput.url': URL_MAX,
  'Query.search(query:)': READ_LIMITS.searchQueryLength,
  // The document format's bounds (src/ingest/document.ts).
  'ClaimInput.text': CLAIM_TEXT_MAX,
  'EntityInput.description': DESCRIPTION_MAX,
  'EntityPatch.description': DESCRIPTION_MAX,
};

/** One over-long value: where it was sent, its coordinate, its bound and its length. */
export interface TextProblem {
  /** The selected field taking the argument (its response path is not known before execution). */
  field: string;
  /** The argument's path: `analyst`, `source.title`, `filter.ids[2]`. */
  path: string;
  coordinate: string;
  maxLength: number;
  length: number;
  message: string;
}

/** The bound of a String or ID value at `coordinate`. */
export function textLimit(coordinate: string, typeName: string): number {
  return TEXT_LIMIT_EXCEPTIONS[coordinate] ?? (typeName === 'ID' ? TEXT_LIMITS.id : TEXT_LIMITS.string);
}

/** Every String/ID value of `value` (of input type `type`) longer than its bound. */
function valueProblems(type: GraphQLInputType, value: unknown, path: string, coordinate: string, field: string, out: TextProblem[]) {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, i) => valueProblems(nullable.ofType, item, `${path}[${i}]`, coordinate, field, out));
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const inner of Object.values(nullable.getFields())) {
      const given = (value as Record<string, unknown>)[inner.name];
      valueProblems(inner.type, given, `${path}.${inner.name}`, `${nullable.name}.${inner.name}`, field, out);
    }
    return;
  }
  const name = getNamedType(nullable).name;
  if ((name !== 'String' && name !== 'ID') || typeof value !== 'string') return;
  const maxLength = textLimit(coordinate, name);
  if (value.length <= maxLength) return;
  const message = `${field}(${path}): at most ${maxLength} characters, got ${value.length}`;
  out.push({ field, path, coordinate, maxLength, length: value.length, message });
}

/** What an operation sends that is too long: every argument of every field it selects, fragments included. */
export function textProblems(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: GraphQLResolveInfo['fragments'],
  variables: Readonly<Record<string, unknown>>,
): TextProblem[] {
  const problems: TextProblem[] = [];
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Argument(node) {
      const argument = typeInfo.getArgument();
      const parent = typeInfo.getParentType();
      const field = typeInfo.getFieldDef();
      // Directive arguments (@include, @skip) are Booleans; a field unknown to the schema failed validation.
      if (!argument || !parent || !field || typeInfo.getDirective()) return;
      // Variables are the executor's coerced values; a value that does not coerce never reaches a resolver.
      const value =
        node.value.kind === Kind.VARIABLE ? variables[node.value.name.value] : valueFromAST(node.value, argument.type, variables);
      valueProblems(argument.type, value, argument.name, `${parent.name}.${field.name}(${argument.name}:)`, field.name, problems);
    },
  });
  visit(operation, visitor);
  for (const fragment of Object.values(fragments)) visit(fragment, visitor);
  return problems;
}

/** The refusal for `problems`, one line each; `argument` is the first problem's path (as ArgumentProblems gives it). */
function refusal(problems: readonly TextProblem[]): AppError {
  return badInput(`Text too long: ${problems.map((p) => p.message).join('; ')}`, {
    argument: problems[0]!.path,
    field: problems[0]!.field,
    problems: problems.map(({ path, field, coordinate, maxLength, length, message }) => ({
      path,
      field,
      coordinate,
      maxLength,
      length,
      message,
    })),
  });
}

// One verdict per operation and variables: every root field of a refused operation is refused with it, so
// none of them runs (a mutation's siblings included).
const verdicts = new WeakMap<OperationDefinitionNode, WeakMap<object, AppError | null>>();

function verdict(info: GraphQLResolveInfo): AppError | null {
  let byVariables = verdicts.get(info.operation);
  if (!byVariables) verdicts.set(info.operation, (byVariables = new WeakMap()));
  let found = byVariables.get(info.variableValues);
  if (found === undefined) {
    const problems = textProblems(info.schema, info.operation, info.fragments, info.variableValues);
    found = problems.length > 0 ? refusal(problems) : null;
    byVariables.set(info.variableValues, found);
  }
  return found;
}

/** Wraps every root field of `schema` (query, mutation, subscription) with the length check; returns the schema. */
export function boundTextArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const { resolve = defaultFieldResolver, subscribe } = field;
      if (subscribe) {
        field.subscribe = (source, args, context, info) => {
          const refused = verdict(info);
          if (refused) throw refused;
          return subscribe(source, args, context, info);
        };
      } else {
        field.resolve = (source, args, context, info) => {
          const refused = verdict(info);
          if (refused) throw refused;
          return resolve(source, args, context, info);
        };
      }
    }
  }
  return schema;
}
