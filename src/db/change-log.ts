// The change log that live subscriptions tail (cypher/live/): a write that adds a claim or a contradiction, or
// changes a relation, appends events in its own transaction, so they exist exactly when the write committed.
// Every API instance polls the log (src/live/change-feed.ts); no second stateful service is involved.
import type { GraphDatabase, Row, TxRunner } from './database.js';

export type ChangeEventKind = 'CLAIM_ADDED' | 'CONTRADICTION_ADDED' | 'SUPPORT_ADDED' | 'RELATION_CHANGED';

/** What a writer logs; the log adds the sequence number, the time and the claims' policy tracks. */
export interface ChangeEventInput {
  kind: ChangeEventKind;
  claimId?: string | null;
  /** The contradicted (or supported) claim, for CONTRADICTION_ADDED (SUPPORT_ADDED). */
  otherClaimId?: string | null;
  relationId?: string | null;
  speakerId?: string | null;
  /** The relation's ends, for RELATION_CHANGED. */
  entityIds?: string[];
}

/** A committed event as the log holds it. */
export interface ChangeEvent {
  seq: number;
  kind: ChangeEventKind;
  claimId: string | null;
  otherClaimId: string | null;
  relationId: string | null;
  speakerId: string | null;
  entityIds: string[];
  trackIds: string[];
  at: string;
}

/** Appends events inside a write transaction; call it last, just before the commit (see cypher/live/record). */
export async function logChanges(tx: TxRunner, db: GraphDatabase, events: readonly ChangeEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((e) => ({
    kind: e.kind,
    claimId: e.claimId ?? null,
    otherClaimId: e.otherClaimId ?? null,
    relationId: e.relationId ?? null,
    speakerId: e.speakerId ?? null,
    entityIds: e.entityIds ?? [],
  }));
  await tx.run(db.cypher('live/record'), { events: rows });
}

const text = (v: unknown) => (typeof v === 'string' ? v : null);
const texts = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

function toEvent(row: Row): ChangeEvent {
  return {
    seq: Number(row.seq),
    kind: String(row.kind) as ChangeEventKind,
    claimId: text(row.claimId),
    otherClaimId: text(row.otherClaimId),
    relationId: text(row.relationId),
    speakerId: text(row.speakerId),
    entityIds: texts(row.entityIds),
    trackIds: texts(row.trackIds),
    at: String(row.at),
  };
}

/** Committed events after `after`, oldest first, at most `limit`. */
export async function readChanges(db: GraphDatabase, after: number, limit: number): Promise<ChangeEvent[]> {
  return (await db.readPlain(db.cypher('live/after'), { after, limit })).map(toEvent);
}

/** The newest committed sequence number (0 when the log is empty). */
export async function headOfChanges(db: GraphDatabase): Promise<number> {
  const [row] = await db.readPlain(db.cypher('live/head'), {});
  return Number(row?.seq ?? 0);
}

/** Deletes events older than the retention, a batch per transaction; returns how many went. */
export async function sweepChanges(db: GraphDatabase, retentionHours: number, batch = 10_000): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.write(db.cypher('live/sweep'), { retentionHours, batch });
    const deleted = Number(row?.deleted ?? 0);
    total += deleted;
    if (deleted < batch) return total;
  }
}
