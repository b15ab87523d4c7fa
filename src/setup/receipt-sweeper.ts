// Deletes write receipts (src/db/write-receipts.ts) older than WRITE_RECEIPT_TTL_HOURS, at start and then
// hourly. A receipt has to outlive the re-runs of its own write (seconds) and the retries a client makes
// with the same Idempotency-Key; after that it is only weight.
import type { Logger } from 'pino';
import type { GraphDatabase } from '../db/database.js';

const BATCH = 10_000;
const HOUR_MS = 3_600_000;

/** Deletes every receipt older than `ttlHours`, a batch per transaction; returns how many went. */
export async function sweepReceipts(db: GraphDatabase, ttlHours: number): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.write(db.cypher('receipts/sweep'), { ttlHours, batch: BATCH });
    const deleted = Number(row?.deleted ?? 0);
    total += deleted;
    if (deleted < BATCH) return total;
  }
}

/** Sweeps now and every `everyMs` (an hour) until stopped; a failed sweep is logged and tried at the next. */
export function keepReceiptsSwept(db: GraphDatabase, options: { ttlHours: number; logger: Logger; everyMs?: number }): { stop(): void } {
  const sweep = () => {
    sweepReceipts(db, options.ttlHours).then(
      (deleted) => {
        if (deleted > 0) options.logger.info(`deleted ${deleted} write receipt(s) older than ${options.ttlHours} h`);
      },
      (error: unknown) => options.logger.warn({ err: error }, 'could not delete expired write receipts; trying again later'),
    );
  };
  sweep();
  const timer = setInterval(sweep, options.everyMs ?? HOUR_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
