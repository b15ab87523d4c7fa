// Reads, settles and writes the records of relation pairs (src/domain/periods.ts) inside a write transaction.
// Writers lock the from-entity of each pair before reading it, so concurrent writers of one pair settle it
// one after the other and the last of them sees every record: the outcome does not depend on their order.
import type { GraphDatabase, Row, TxRunner } from '../db/database.js';
import { logChanges } from '../db/change-log.js';
import { relationEvents } from './change-events.js';
import {
  applyStatement,
  needsWrite,
  settlePair,
  type ClaimDates,
  type RelationRecord,
  type RelationStatement,
  type Settled,
} from '../domain/periods.js';

export interface Pair {
  type: string;
  fromId: string;
  toId: string;
}

const pairKey = (p: Pair) => `${p.type}\u0000${p.fromId}\u0000${p.toId}`;

/** The distinct pairs of some relations, in a stable order. */
export function pairsOf(items: readonly Pair[]): Pair[] {
  const pairs = new Map(items.map((p) => [pairKey(p), { type: p.type, fromId: p.fromId, toId: p.toId }]));
  return [...pairs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, p]) => p);
}

/** Locks the from-entity of every pair (see cypher/ingest/lock-entities.cypher). */
export async function lockPairs(tx: TxRunner, db: GraphDatabase, pairs: readonly Pair[]): Promise<void> {
  const ids = [...new Set(pairs.map((p) => p.fromId))].sort();
  if (ids.length > 0) await tx.run(db.cypher('ingest/lock-entities'), { ids });
}

const text = (v: unknown) => (typeof v === 'string' ? v : null);
const texts = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/** Every record of the pairs, as the graph holds it. */
export async function readPairs(tx: TxRunner, db: GraphDatabase, pairs: readonly Pair[]): Promise<RelationRecord[]> {
  if (pairs.length === 0) return [];
  const rows = await tx.run(db.cypher('ingest/relation-records'), { pairs });
  return rows.map((row: Row) => {
    const stated = { evidence: texts(row.statedEvidence), to: text(row.statedTo), ended: row.statedEnded === true };
    const settled: Settled = {
      evidence: texts(row.evidence),
      validTo: text(row.validTo),
      status: row.status === 'ENDED' ? 'ENDED' : 'ACTIVE',
      absorbedInto: text(row.absorbedInto),
    };
    return {
      id: String(row.id),
      type: String(row.type),
      fromId: String(row.fromId),
      toId: String(row.toId),
      role: text(row.role),
      validFrom: text(row.validFrom),
      stated: { ...stated, evidence: [...stated.evidence] },
      settled: null,
      stored: { role: text(row.role), stated, settled },
    };
  });
}

export interface PairsPlan {
  /** The record each statement went to, in statement order. */
  touched: RelationRecord[];
  /** Records to write: new, stated otherwise, or answering otherwise than the graph holds. */
  writes: RelationRecord[];
  /** Records folded into another record with the same period key. */
  deletes: RelationRecord[];
}

/**
 * The date each claim cited by the records or the statements was made, as the graph holds it (Claim.date),
 * overridden by `known` (the dates of a document's own claims, which a dry run has not written).
 */
export async function readClaimDates(
  tx: TxRunner,
  db: GraphDatabase,
  records: readonly RelationRecord[],
  statements: readonly RelationStatement[],
  known: ClaimDates = new Map(),
): Promise<ClaimDates> {
  const ids = [...new Set([...records.flatMap((r) => r.stated.evidence), ...statements.flatMap((s) => s.evidence)])];
  const missing = ids.filter((id) => !known.has(id));
  const rows = missing.length > 0 ? await tx.run(db.cypher('ingest/claim-dates'), { ids: missing }) : [];
  return new Map([...rows.map((row: Row) => [String(row.id), text(row.date)] as const), ...known]);
}

/** Adds statements to the records of their pairs and settles every pair they touch, placing claims by `dates`. */
export function planPairs(records: RelationRecord[], statements: readonly RelationStatement[], dates: ClaimDates = new Map()): PairsPlan {
  const touched = statements.map((s) => applyStatement(records, s));
  const byPair = new Map<string, RelationRecord[]>();
  for (const r of records) byPair.set(pairKey(r), [...(byPair.get(pairKey(r)) ?? []), r]);
  const writes: RelationRecord[] = [];
  const deletes: RelationRecord[] = [];
  for (const pair of byPair.values()) {
    const settled = settlePair(pair, dates);
    writes.push(...settled.records.filter(needsWrite));
    deletes.push(...settled.removed.filter((r) => r.stored !== null));
  }
  return { touched, writes, deletes };
}

/** Writes a plan (the records' evidence is checked by the write Cypher itself). */
export async function writePlan(tx: TxRunner, db: GraphDatabase, plan: PairsPlan, actor: string): Promise<void> {
  const where = (r: RelationRecord) => ({ id: r.id, type: r.type, fromId: r.fromId, toId: r.toId });
  if (plan.deletes.length > 0) await tx.run(db.cypher('ingest/delete-relations'), { records: plan.deletes.map(where) });
  if (plan.writes.length === 0) return;
  const records = plan.writes.map((r) => ({
    ...where(r),
    role: r.role,
    validFrom: r.validFrom,
    statedEvidence: r.stated.evidence,
    statedTo: r.stated.to,
    statedEnded: r.stated.ended,
    evidence: r.settled!.evidence,
    validTo: r.settled!.validTo,
    status: r.settled!.status,
    absorbedInto: r.settled!.absorbedInto,
  }));
  await tx.run(db.cypher('ingest/write-relations'), { actor, records });
}

/** Settles pairs again after records moved onto them (a merge). The caller holds the pairs' locks. */
export async function settlePairs(tx: TxRunner, db: GraphDatabase, pairs: readonly Pair[], actor: string): Promise<void> {
  const records = await readPairs(tx, db, pairsOf(pairs));
  const plan = planPairs(records, [], await readClaimDates(tx, db, records, []));
  await writePlan(tx, db, plan, actor);
  await logChanges(tx, db, relationEvents(plan));
}
