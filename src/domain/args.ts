// Validation of ids and bounded numeric arguments shared by resolvers.
import { AppError, badInput } from '../base/errors.js';
import { ISO_DATE, ISO_DATE_HINT } from './iso-date.js';
import { ENTITY_ID_KINDS, isWellFormedId, kindOfId, type IdKind } from './ids.js';
import { isRelationType, RELATION_TYPES, type RelationType } from './vocabulary.js';

/** Throws BAD_USER_INPUT unless `id` looks like `<kind>:<slug>`. */
export function requireId(id: string, argument: string): string {
  if (!isWellFormedId(id)) {
    throw badInput(`${argument}: "${id.slice(0, 80)}" is not a valid id (expected e.g. person:witkoff)`, { argument });
  }
  return id;
}

/** `an entity id (person:, institution:, track: or event:)`, `a claim id (claim:...)`. */
function kindsText(kinds: readonly IdKind[]): string {
  const prefixes = kinds.map((k) => `${k}:`);
  if (prefixes.length === 1) return `${/^[aeiou]/.test(kinds[0]!) ? 'an' : 'a'} ${kinds[0]} id (${prefixes[0]}...)`;
  const list = `${prefixes.slice(0, -1).join(', ')} or ${prefixes.at(-1)}`;
  return kinds.every((k) => ENTITY_ID_KINDS.includes(k)) && kinds.length === ENTITY_ID_KINDS.length
    ? `an entity id (${list})`
    : `an id of kind ${list}`;
}

/**
 * Throws BAD_USER_INPUT unless `id` is well formed and of one of `kinds`. An id's prefix names its kind
 * (every write checks it), so an id of the wrong kind is refused before any query, whatever it names.
 */
export function requireIdOf(id: string, argument: string, kinds: readonly IdKind[]): string {
  requireId(id, argument);
  const kind = kindOfId(id);
  if (!kinds.includes(kind)) {
    throw badInput(`${argument}: expected ${kindsText(kinds)}, got the ${kind} id "${id}"`, {
      argument,
      expected: kinds.map((k) => `${k}:`),
    });
  }
  return id;
}

/** An entity id (person:, institution:, track: or event:), else BAD_USER_INPUT naming the argument. */
export const requireEntityId = (id: string, argument: string) => requireIdOf(id, argument, ENTITY_ID_KINDS);

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

/** Parameters of the validity predicate: `$asOf` as given, `$at` the date to test (today without asOf). */
export interface Validity {
  asOf: string | null;
  at: string;
}

/**
 * The validity an `asOf` argument asks for; without one, `today` (the request's day, never read from the
 * clock here, so that compiled queries are the same on any day for the same request).
 */
export function validity(asOf: string | null | undefined, today: string): Validity {
  if (asOf === null || asOf === undefined) return { asOf: null, at: today };
  if (!ISO_DATE.test(asOf)) {
    throw badInput(`asOf: "${asOf.slice(0, 40)}" is not an ISO date (${ISO_DATE_HINT})`, { argument: 'asOf' });
  }
  return { asOf, at: asOf };
}

/** One argument's problem: the argument's path and what is wrong with it. */
export interface ArgumentProblem {
  path: string;
  message: string;
}

/**
 * Checks every argument of a field and reports all problems at once (BAD_USER_INPUT with
 * `extensions.problems`, the first problem's path as `argument`), instead of stopping at the first.
 */
export class ArgumentProblems {
  readonly problems: ArgumentProblem[] = [];

  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** `read()`'s value, or null with its BAD_USER_INPUT recorded at `path`. */
  check<T>(path: string, read: () => T): T | null {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      this.add(path, error.message);
      return null;
    }
  }

  /** An ISO date argument (null when absent), recorded as a problem when it is not one. */
  isoDate(name: string, value: unknown): string | null {
    if (value === null || value === undefined) return null;
    const text = String(value);
    if (ISO_DATE.test(text)) return text;
    this.add(name, `${name}: "${text.slice(0, 40)}" is not an ISO date (${ISO_DATE_HINT})`);
    return null;
  }

  /** A window whose end (`to`, of any precision) comes before its start is a problem at `to`. */
  window(from: string | null, to: string | null): boolean {
    if (from === null || to === null) return true;
    if (from + '0000-01-01'.slice(from.length) <= to + '9999-12-31'.slice(to.length)) return true;
    this.add('to', `to: ${to} is before from: ${from}`);
    return false;
  }

  /** Throws the problems found, if any. */
  throwIfAny(): void {
    if (this.problems.length === 0) return;
    throw badInput(this.problems.map((p) => p.message).join('\n'), { argument: this.problems[0]!.path, problems: this.problems });
  }
}
