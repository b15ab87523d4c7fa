// Deletes change events older than CHANGE_LOG_RETENTION_HOURS, at start and then every `everyMs` (ten
// minutes). Every instance sweeps; the batches are idempotent, so two sweeping at once only repeat work.
import type { Logger } from 'pino';
import { sweepChanges } from '../db/change-log.js';
import type { GraphDatabase } from '../db/database.js';

export function keepChangesSwept(
  db: GraphDatabase,
  options: { retentionHours: number; logger: Logger; everyMs?: number },
): { stop(): void } {
  const sweep = () => {
    sweepChanges(db, options.retentionHours).then(
      (deleted) => {
        if (deleted > 0) options.logger.info(`deleted ${deleted} change event(s) older than ${options.retentionHours} h`);
      },
      (error: unknown) => options.logger.warn({ err: error }, 'could not delete expired change events; trying again later'),
    );
  };
  sweep();
  const timer = setInterval(sweep, options.everyMs ?? 600_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
