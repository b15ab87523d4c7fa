// Relay cursor pagination over keyset queries: opaque cursors encode (sort value, id).
import { badInput } from '../base/errors.js';
import { READ_LIMITS, type Bound } from './limits.js';

export interface KeysetCursor {
  value: string;
  id: string;
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id]), 'utf8').toString('base64url');
}

/** Decodes an `after` argument; anything not produced by encodeCursor is BAD_USER_INPUT. */
export function decodeCursor(after: string | null | undefined): KeysetCursor | null {
  if (after === null || after === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string')) {
      return { value: parsed[0] as string, id: parsed[1] as string };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('after: not a cursor returned by this API', { argument: 'after' });
}

/** Validates `first` against a page bound (a root connection's by default). */
export function pageSize(first: number | null | undefined, bound: Bound = READ_LIMITS.page): number {
  const size = first ?? bound.default;
  if (!Number.isInteger(size) || size < bound.min || size > bound.max) {
    throw badInput(`first: must be between ${bound.min} and ${bound.max}, got ${size}`, { argument: 'first' });
  }
  return size;
}
