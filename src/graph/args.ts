// Validation of ids and bounded numeric arguments shared by resolvers.
import { badInput } from '../base/errors.js';
import { isRelationType, isWellFormedId, RELATION_TYPES, type RelationType } from './vocabulary.js';

/** Throws BAD_USER_INPUT unless `id` looks like `<kind>:<slug>`. */
export function requireId(id: string, argument: string): string {
  if (!isWellFormedId(id)) {
    throw badInput(`${argument}: "${id.slice(0, 80)}" is not a valid id (expected e.g. person:witkoff)`, { argument });
  }
  return id;
}

/** An integer argument within [min, max], or BAD_USER_INPUT naming the argument. */
export function boundedInt(value: number | null | undefined, fallback: number, min: number, max: number, argument: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badInput(`${argument}: must be an integer from ${min} to ${max}, got ${n}`, { argument });
  }
  return n;
}

/** Relation types from an argument, defaulting to the whole vocabulary. */
export function relationTypes(types: readonly string[] | null | undefined): RelationType[] {
  if (!types || types.length === 0) return RELATION_TYPES;
  return [...new Set(types)].filter(isRelationType);
}

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Parameters of the validity predicate: `$asOf` as given, `$at` the date to test (today without asOf). */
export interface Validity {
  asOf: string | null;
  at: string;
}

export function validity(asOf: string | null | undefined): Validity {
  if (asOf === null || asOf === undefined) return { asOf: null, at: new Date().toISOString().slice(0, 10) };
  if (!ISO_DATE.test(asOf)) {
    throw badInput(`asOf: "${asOf.slice(0, 40)}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`, { argument: 'asOf' });
  }
  return { asOf, at: asOf };
}
