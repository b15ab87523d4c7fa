// The write receipt of one mutation call (src/db/write-receipts.ts): a fresh key per call, so a re-run after
// a lost commit answers what the first run did; or, when the client sent an `Idempotency-Key` header, a key
// hashed from it, the caller and the mutation's place in the operation, so the client's own retry does too.
import { createHash } from 'node:crypto';
import { badInput } from '../base/errors.js';
import { writeReceipt, type WriteReceipt } from '../db/write-receipts.js';
import type { Context } from './context.js';

const CLIENT_KEY = /^[A-Za-z0-9._:-]{8,128}$/;

/** The receipt for the mutation field answered under `responseKey` (its alias or name) in this request. */
export function receiptFor(ctx: Context, responseKey: string, operation: string, args: unknown): WriteReceipt {
  const clientKey = ctx.idempotencyKey;
  if (clientKey === undefined) return writeReceipt(operation, args);
  if (!CLIENT_KEY.test(clientKey)) {
    throw badInput('Idempotency-Key: must be 8 to 128 letters, digits, ".", "_", ":" or "-"', { argument: 'Idempotency-Key' });
  }
  return writeReceipt(operation, args, clientReceiptKey(ctx.principal.subject, clientKey, responseKey));
}

/**
 * The receipt key of a client's Idempotency-Key: a hash of the structured parts, never their text joined
 * with a separator, since subjects (a JWT's `sub`) and keys may hold any separator: `jwt:a` + `b:key` and
 * `jwt:a:b` + `key` are different callers. Receipts keyed the old way (`client:...`) match nothing and expire.
 */
export function clientReceiptKey(subject: string, clientKey: string, responseKey: string): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([subject, clientKey, responseKey]))
    .digest('base64url');
  return `client-sha256:${digest}`;
}
