// Relay cursor pagination over keyset queries: opaque cursors encode (sort value, id).
import { badInput } from '../base/errors.js';

export const MAX_PAGE_SIZE = 100;

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

/** Validates `first` (0..MAX_PAGE_SIZE). */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badInput(`first: must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`, { argument: 'first' });
  }
  return size;
}
