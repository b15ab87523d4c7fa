// Write receipts (cypher/receipts/): a write that changed the graph records what it answered under a key,
// in its own transaction. A re-run of the same write (by the driver or GraphDatabase after a commit whose
// outcome was lost with the connection, or by a client retrying with the same Idempotency-Key) finds the
// receipt and answers what the first run did, never "already exists" or NOT_FOUND for its own work.
import { createHash, randomUUID } from 'node:crypto';
import { badInput } from '../base/errors.js';
import type { Plain } from './plain.js';

export interface WriteReceipt {
  /** One per write: a fresh UUID per mutation call, or derived from the client's Idempotency-Key. */
  key: string;
  /** The mutation, for whoever reads the receipts. */
  operation: string;
  /** Hash of the operation and its arguments: a key reused for another request is refused. */
  fingerprint: string;
}

/** A receipt for one write of `operation` with `args`; `key` defaults to a fresh UUID. */
export function writeReceipt(operation: string, args: unknown, key: string = randomUUID()): WriteReceipt {
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([operation, args ?? null]))
    .digest('base64url');
  return { key, operation, fingerprint };
}

/** What `once` needs of a transaction: run a statement, and whether anything run so far changed the graph. */
export interface TrackedRunner {
  run(cypher: string, params?: Record<string, unknown>): Promise<Record<string, Plain>[]>;
  readonly updated: boolean;
}

/** A concurrent run of the same write recorded its receipt first: run the transaction again to answer it. */
export class ReceiptTaken extends Error {
  constructor(key: string) {
    super(`write receipt ${key} was recorded by a concurrent run`);
  }
}

/**
 * Inside one write transaction: the recorded answer when the receipt exists, otherwise `work`'s answer,
 * recorded (when the work changed the graph: `changed`, by default whether a statement reported an update)
 * so that a re-run answers the same.
 */
export async function once<T>(
  tx: TrackedRunner,
  receipt: WriteReceipt,
  queries: { find: string; record: string },
  work: () => Promise<T>,
  changed: (result: T) => boolean = () => tx.updated,
): Promise<T> {
  const [prior] = await tx.run(queries.find, { key: receipt.key });
  if (prior) return recordedAnswer<T>(prior, receipt);
  const result = await work();
  // Nothing changed (a refusal, a no-op): a re-run answers the same without a receipt.
  if (!changed(result)) return result;
  const [recorded] = await tx.run(queries.record, { ...receipt, result: JSON.stringify(result) });
  if (recorded?.created !== true) throw new ReceiptTaken(receipt.key);
  return result;
}

/** The answer a receipt row (cypher/receipts/find) recorded; BAD_USER_INPUT when it was for another request. */
export function recordedAnswer<T>(prior: Record<string, Plain>, receipt: WriteReceipt): T {
  if (prior.fingerprint !== receipt.fingerprint) {
    throw badInput(`Idempotency-Key: already used for another request (${String(prior.operation)})`, { argument: 'Idempotency-Key' });
  }
  return JSON.parse(String(prior.result)) as T;
}
