// Translate, then execute: a root field's arguments and selection set become one parameterised Cypher
// query (pure, no driver), which the request's database runs once; its rows are the nested answer.
import { getNamedType, isObjectType, type GraphQLResolveInfo } from 'graphql';
import type { Context } from '../core/context.js';
import { Projector } from './project.js';
import { collectFields, subSelections } from './selection.js';
import type { Args, ReadModel, RootMeta, RootQuery, TypeMetas } from './types.js';
import { notFound } from '../base/errors.js';

export interface CompiledRoot {
  cypher: string;
  params: Record<string, unknown>;
  query: RootQuery;
}

/** The selection-dependent parts of GraphQLResolveInfo the compiler reads. */
export type SelectionInfo = Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues' | 'fieldNodes' | 'returnType'>;

/**
 * Compiles one root field (no database): Cypher text, parameters and how to read the rows. `today` is the
 * request's day (Context.today), so the same request compiles to the same query whatever the clock says.
 */
export function compileRoot(info: SelectionInfo, model: ReadModel, root: RootMeta, args: Args, today: string): CompiledRoot {
  const env = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  const projector = new Projector(env, model.metas, today);
  const returnType = getNamedType(info.returnType);
  let selected: Set<string> | undefined;
  const query = root.compile(args, {
    param: (value) => projector.param(value),
    fresh: (hint) => projector.fresh(hint),
    today,
    project: (v) => projector.project(returnType, info.fieldNodes, v),
    named: (name, fills) => model.cypher(name, fills),
    setParams(params) {
      for (const [key, value] of Object.entries(params)) {
        if (/^p\d+$/.test(key)) throw new Error(`Parameter name ${key} is reserved`);
        projector.params[key] = value;
      }
    },
    selects(field) {
      if (!isObjectType(returnType)) return false;
      selected ??= new Set([...collectFields(env, returnType, subSelections(info.fieldNodes)).values()].map((n) => n[0]!.name.value));
      return selected.has(field);
    },
  });
  return { cypher: query.cypher, params: projector.params, query };
}

/** Runs a compiled root field in one read transaction and returns its answer. */
export async function runRoot(ctx: Context, compiled: CompiledRoot): Promise<unknown> {
  let rows: Record<string, unknown>[];
  try {
    rows = await ctx.db.readProjected(compiled.cypher, compiled.params, ctx.counter);
  } catch (error) {
    throw compiled.query.mapError?.(error) ?? error;
  }
  return compiled.query.answer(rows);
}

/** A resolver for a compiled root field: translate, execute, hand the nested answer back as is. */
export function rootResolver(metas: TypeMetas, root: RootMeta) {
  return async (_source: unknown, args: Args, ctx: Context, info: GraphQLResolveInfo) =>
    runRoot(ctx, compileRoot(info, modelOf(ctx, metas), root, args, ctx.today));
}

/** The read model over the request's database (its named queries). */
export function modelOf(ctx: Context, metas: TypeMetas): ReadModel {
  return { metas, cypher: (name, fills) => ctx.db.cypher(name, fills) };
}

/** RootQuery.answer of a root whose anchor (`id`) may be missing: its one row's `value`, or NOT_FOUND naming `id`. */
export const valueIfFound =
  (id: string) =>
  (rows: Record<string, unknown>[]): unknown => {
    if (!rows[0]?.found) throw notFound(id);
    return rows[0].value;
  };
