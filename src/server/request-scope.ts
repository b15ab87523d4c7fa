// The request id of the HTTP request being served, for errors Apollo answers before any GraphQL context
// exists (CSRF prevention, a malformed GET): format-error.ts puts it on them like on every other error.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

const scope = new AsyncLocalStorage<string>();

/** The id of the request whose handling the caller is part of, if any. */
export const currentRequestId = (): string | undefined => scope.getStore();

/** Express middleware: the rest of the request runs with `res.locals.requestId` as the current request id. */
export function requestScope(_req: Request, res: Response, next: NextFunction): void {
  scope.run(String(res.locals.requestId), next);
}
