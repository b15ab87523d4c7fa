// Read your own writes across instances: a mutation's response hands back the Neo4j bookmark of its last write
// (the `Neo4j-Bookmarks` header and `extensions.bookmarks`); a request that sends it back, to any instance,
// has its reads wait until that instance's Neo4j has applied the write.
import type { ApolloServerPlugin } from '@apollo/server';
import { badInput, type AppError } from '../base/errors.js';
import type { Context } from '../core/context.js';

/** The header that carries bookmarks both ways: a comma-separated list. */
export const BOOKMARK_HEADER = 'neo4j-bookmarks';
/** Bookmarks one request may send: a client needs only its latest, a few more for writes to several databases. */
export const MAX_BOOKMARKS = 16;
/** Characters of one bookmark (Neo4j 5's are about 60; opaque, so with room to spare). */
export const MAX_BOOKMARK_LENGTH = 1_024;
// Neo4j 5 bookmarks are `FB:` and base64url text; anything else is refused before it reaches the driver.
const BOOKMARK = /^[A-Za-z0-9:+/=_.-]+$/;
// Raised before the operation runs (like a bad credential), where Apollo's status would otherwise be 500.
const REFUSED = { reason: 'INVALID_BOOKMARK', http: { status: 400 } };

/**
 * The bookmarks a request sends, from the header and the request's `extensions.bookmarks` (a list of strings)
 * together; a malformed one is a BAD_USER_INPUT error, never silently dropped (the client would read stale).
 */
export function requestBookmarks(header: string | undefined, extensions: unknown): string[] | AppError {
  const fromHeader = header === undefined ? [] : header.split(',').map((b) => b.trim());
  const given = (extensions as { bookmarks?: unknown } | null | undefined)?.bookmarks;
  if (given !== undefined && !(Array.isArray(given) && given.every((b) => typeof b === 'string'))) {
    return badInput('extensions.bookmarks must be a list of strings (the bookmarks a mutation answered).', REFUSED);
  }
  const all = [...new Set([...fromHeader, ...((given as string[] | undefined) ?? [])])];
  if (all.length > MAX_BOOKMARKS) {
    return badInput(`At most ${MAX_BOOKMARKS} bookmarks may be sent; send the latest.`, REFUSED);
  }
  const bad = all.find((b) => b.length === 0 || b.length > MAX_BOOKMARK_LENGTH || !BOOKMARK.test(b));
  if (bad !== undefined) {
    return badInput(
      `"${bad.slice(0, 40)}" is not a bookmark: send back, unchanged, what a mutation answered in ` +
        `the Neo4j-Bookmarks header or extensions.bookmarks (comma-separated in the header).`,
      REFUSED,
    );
  }
  return all;
}

/** Puts the bookmark of a request's last write in the response: `extensions.bookmarks` and the header. */
export const bookmarksInResponse: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const written = contextValue.bookmarks?.written ?? [];
        if (written.length === 0 || response.body.kind !== 'single') return;
        response.http.headers.set(BOOKMARK_HEADER, written.join(','));
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, bookmarks: written };
      },
    };
  },
};
