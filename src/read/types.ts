// The per-field metadata the selection compiler reads: how each GraphQL field of the read model becomes
// Cypher. Domains declare it beside their SDL (entities/fields.ts, claims/fields.ts ...); the compiler
// (read/project.ts) walks a selection set with it and builds one Cypher query per root field.

/** Argument values of one field, coerced by graphql-js (defaults applied). */
export type Args = Record<string, unknown>;

/** What a field's Cypher builder may use: parameters, fresh variable names, projections of other types. */
export interface CypherScope {
  /** Registers a value as a query parameter and returns its reference (`$p3`). Values never enter the text. */
  param(value: unknown): string;
  /** A variable name not used elsewhere in the query (`r4`). */
  fresh(hint: string): string;
  /** The request's day (ISO date): what "now" means for validity and status. Never the compiler's clock. */
  readonly today: string;
}

/** A scalar: a Cypher expression over the parent's variable `v`. */
export interface ScalarField {
  kind: 'scalar';
  expr(v: string, args: Args, c: CypherScope): string;
  /** Turns the value Cypher returned into the field's value (e.g. encodes a cursor). */
  decode?(value: unknown): unknown;
}

/** One object: an expression (node, relationship, path or map) that the target type is projected from. */
export interface ObjectField {
  kind: 'object';
  bind(v: string, args: Args, c: CypherScope): string;
  /** A condition on the bound value `x` under which the object exists (otherwise null). */
  when?(x: string): string;
}

/**
 * A list: a Cypher list expression whose items are projections of the target type. `project(w)` gives
 * the projection of one item bound to variable `w`; the builder decides matching, order and bounds.
 */
export interface ListField {
  kind: 'list';
  items(v: string, args: Args, c: CypherScope, project: (w: string) => string): string;
}

export type FieldMeta = ScalarField | ObjectField | ListField;

/** A type of the read model: its label (node types) and the fields that are not plain properties. */
export interface TypeMeta {
  /** The node label a value of this type carries (for abstract types' `__typename`). */
  label?: string;
  /** Fields not listed here are the property of the same name (`v.name`). */
  fields: Record<string, FieldMeta>;
}

export type TypeMetas = Record<string, TypeMeta>;

/** What a root field's compiler gets besides its arguments. */
export interface RootContext extends CypherScope {
  /** The projection of the field's return type (its selection set) for a value bound to `v`. */
  project(v: string): string;
  /** Whether the selection asks for a field of the return type, under any alias. */
  selects(field: string): boolean;
  /** The text of a named query from cypher/ (placeholders filled from allow-lists only). */
  named(name: string, fills?: Record<string, string | number>): string;
  /** Parameters a named query refers to by name (`$trackId`); names never look like `p0`. */
  setParams(params: Record<string, unknown>): void;
}

/** A compiled root field: Cypher and how its rows become the field's value. */
export interface RootQuery {
  cypher: string;
  /** Builds the answer from the rows; throws coded errors (NOT_FOUND ...). */
  answer(rows: Record<string, unknown>[]): unknown;
  /** Maps a database error into a client error where the query's input is at fault. */
  mapError?(error: unknown): unknown;
}

/** The read model: type metadata, and the named queries root fields may embed. */
export interface ReadModel {
  metas: TypeMetas;
  cypher(name: string, fills?: Record<string, string | number>): string;
}

export interface RootMeta {
  compile(args: Args, c: RootContext): RootQuery;
}

export type RootMetas = Record<string, RootMeta>;

/** Meta for the fields of a type whose values are maps built in Cypher: `key` reads `v.key`. */
export const mapKey = (key: string): ScalarField => ({ kind: 'scalar', expr: (v) => `${v}.${key}` });

/**
 * A value of a read-model type as its resolvers see it: the map the compiled query built, keyed by
 * response key (aliases included). Codegen maps every read-model type to it (codegen.ts).
 */
export type CompiledValue = Record<string, unknown>;
