// Relation history: one record per period of a relation (type, from, to, role, start), and how the records
// of one (type, from, to) pair settle into the periods that answers list. Pure: the same records give the
// same periods whatever order they were written in. src/ingest/relation-history.ts reads and writes them.
import { relationId, slugify } from './names.js';

/** What sources stated about one period, kept as stated so that the pair can always be settled again. */
export interface Statement {
  /** Claim ids, in the order they were cited. */
  evidence: string[];
  /** A period with a start: the end sources gave (the earliest when they differ). Start unknown: its end. */
  to: string | null;
  /** A source says the relation ended without giving a date. */
  ended: boolean;
}

/** What a record answers with, derived from the statements of its whole pair. */
export interface Settled {
  evidence: string[];
  validTo: string | null;
  status: 'ACTIVE' | 'ENDED';
  /** Set when the record is not a period of its own: the record whose period it belongs to. */
  absorbedInto: string | null;
}

export interface RelationRecord {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  role: string | null;
  validFrom: string | null;
  stated: Statement;
  /** What the record answers with, once its pair is settled. */
  settled: Settled | null;
  /** What the graph holds now; null for a record not written yet. */
  stored: { role: string | null; stated: Statement; settled: Settled } | null;
}

/** A statement about a relation as a document makes it. */
export interface RelationStatement {
  type: string;
  fromId: string;
  toId: string;
  role: string | null;
  validFrom: string | null;
  validTo: string | null;
  ended: boolean;
  evidence: string[];
}

/** Roles are the same role when their slugs are ("Deputy Minister", "deputy-minister"). */
export const roleKey = (role: string | null) => (role ? slugify(role) : '');

/** The key of a period within its pair: role, start, and for a period whose start is unknown, its end. */
export function periodKey(role: string | null, validFrom: string | null, validTo: string | null): string {
  return [roleKey(role), validFrom ?? '', validFrom ? '' : (validTo ?? '')].join('\u0000');
}

const keyOf = (r: RelationRecord) => periodKey(r.role, r.validFrom, r.stated.to);
const pairOf = (r: { type: string; fromId: string; toId: string }) => `${r.type}\u0000${r.fromId}\u0000${r.toId}`;

/**
 * The earlier of two stated ends. Dates have any precision; within one another's span the more precise wins
 * ("2025-06-13" over "2025-06"), otherwise the earlier. Padding makes that a plain string minimum.
 */
export function earlierEnd(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  const pad = (d: string) => d.padEnd(10, '~');
  return pad(b) < pad(a) ? b : a;
}

/** One role text per period whatever the order of writing: the smallest of the texts stated. */
const firstText = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : b < a ? b : a);

const union = (a: readonly string[], b: readonly string[]) => [...a, ...b.filter((x) => !a.includes(x))];

/** The record a statement adds to: the pair's record with the same period key, or a new one. */
export function applyStatement(records: RelationRecord[], s: RelationStatement): RelationRecord {
  const key = periodKey(s.role, s.validFrom, s.validTo);
  const existing = records.find((r) => pairOf(r) === pairOf(s) && keyOf(r) === key);
  const stated: Statement = { evidence: s.evidence, to: s.validTo, ended: s.ended };
  if (!existing) {
    const id = relationId(s.type, s.fromId, s.toId, s);
    const record = {
      id,
      type: s.type,
      fromId: s.fromId,
      toId: s.toId,
      role: s.role,
      validFrom: s.validFrom,
      stated,
      settled: null,
      stored: null,
    };
    records.push(record);
    return record;
  }
  existing.role = firstText(existing.role, s.role);
  existing.stated = combine(existing.stated, stated, existing.validFrom !== null);
  return existing;
}

function combine(a: Statement, b: Statement, hasStart: boolean): Statement {
  // Without a start the end is the key: it never changes.
  return { evidence: union(a.evidence, b.evidence), to: hasStart ? earlierEnd(a.to, b.to) : a.to, ended: a.ended || b.ended };
}

export interface SettledPair {
  /** Every record of the pair with what it answers with. */
  records: RelationRecord[];
  /** Records folded into another with the same key (written twice under different ids): to delete. */
  removed: RelationRecord[];
}

/**
 * Settles the records of one pair (same type, from and to), role by role:
 * - a record with a start is a period; its end is its own stated end or, if earlier, that of a record below;
 * - a record with only an end closes the latest period of its role that began on or before that end and was
 *   not stated to have ended before it; with no such period it is a period of its own (start unknown);
 * - an undated record stands on its own while its role has no dated period. Otherwise each of its claims is
 *   placed by the date it was made (`dates`, Claim.date): it joins the latest period that began on or before
 *   that date unless that period had ended before it (the earliest period when none began by then); a claim
 *   made after the latest period ended stays on the undated record, which is then a period of its own, known
 *   from that claim's date (the relation holds again); a claim with no date joins the latest period. An
 *   undated "ended" is not placed in time.
 */
export function settlePair(pair: RelationRecord[], dates: ClaimDates = new Map()): SettledPair {
  const { records, removed } = collapseDuplicates(pair);
  const byRole = new Map<string, RelationRecord[]>();
  for (const r of records) byRole.set(roleKey(r.role), [...(byRole.get(roleKey(r.role)) ?? []), r]);
  for (const group of byRole.values()) settleRole(group, dates);
  return { records, removed };
}

/** The date each claim was made (Claim.date: stated, else its source's, else approximate), null when unknown. */
export type ClaimDates = ReadonlyMap<string, string | null>;

/** `a` is on or before `b` at `b`'s precision or finer: "2025-04-12" is on or before "2025-04". */
const onOrBefore = (a: string, b: string) => a <= b.padEnd(10, '~');

function settleRole(group: RelationRecord[], dates: ClaimDates): void {
  const byId = (a: RelationRecord, b: RelationRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted = [...group].sort(byId);
  const settled = new Map<RelationRecord, Settled>();
  for (const r of sorted) {
    settled.set(r, { evidence: [...r.stated.evidence], validTo: r.stated.to, status: 'ACTIVE', absorbedInto: null });
  }
  const absorb = (into: RelationRecord, r: RelationRecord) => {
    const target = settled.get(into)!;
    target.evidence = union(target.evidence, r.stated.evidence);
    settled.get(r)!.absorbedInto = into.id;
  };
  const periods = sorted
    .filter((r) => r.validFrom !== null)
    .sort((a, b) => (a.validFrom! < b.validFrom! ? -1 : a.validFrom! > b.validFrom! ? 1 : byId(a, b)));
  for (const end of sorted.filter((r) => r.validFrom === null && r.stated.to !== null)) {
    const to = end.stated.to!;
    const closes = periods.filter((p) => p.validFrom! <= to && (p.stated.to === null || p.stated.to >= to)).at(-1);
    if (!closes) continue;
    absorb(closes, end);
    settled.get(closes)!.validTo = earlierEnd(settled.get(closes)!.validTo, to);
  }
  const anchor = (r: RelationRecord) => r.validFrom ?? r.stated.to ?? '';
  const dated = sorted
    .filter((r) => (r.validFrom !== null || r.stated.to !== null) && settled.get(r)!.absorbedInto === null)
    .sort((a, b) => (anchor(a) < anchor(b) ? -1 : anchor(a) > anchor(b) ? 1 : byId(a, b)));
  const latest = dated.at(-1);
  /** The period a claim made on `date` belongs to; null when it was made after that period had ended. */
  const periodAt = (date: string | null | undefined): RelationRecord | null => {
    if (!date) return latest!;
    const began = dated.filter((p) => p.validFrom === null || onOrBefore(p.validFrom, date)).at(-1);
    if (!began) return dated[0]!;
    const end = settled.get(began)!.validTo;
    return end === null || onOrBefore(date, end) ? began : null;
  };
  for (const undated of sorted.filter((r) => r.validFrom === null && r.stated.to === null)) {
    if (!latest) continue;
    const own: string[] = [];
    for (const claim of undated.stated.evidence) {
      const into = periodAt(dates.get(claim));
      if (!into) {
        own.push(claim);
        continue;
      }
      const target = settled.get(into)!;
      target.evidence = union(target.evidence, [claim]);
      settled.get(undated)!.absorbedInto = into.id;
    }
    if (own.length > 0) Object.assign(settled.get(undated)!, { evidence: own, absorbedInto: null });
  }
  for (const r of sorted) {
    const s = settled.get(r)!;
    s.status = s.validTo !== null || (r.stated.ended && s.absorbedInto === null) ? 'ENDED' : 'ACTIVE';
    r.settled = s;
  }
}

/** Records of one pair with the same key (e.g. moved onto a survivor by a merge) become one. */
function collapseDuplicates(pair: RelationRecord[]): SettledPair {
  const byKey = new Map<string, RelationRecord[]>();
  for (const r of pair) byKey.set(keyOf(r), [...(byKey.get(keyOf(r)) ?? []), r]);
  const records: RelationRecord[] = [];
  const removed: RelationRecord[] = [];
  for (const same of byKey.values()) {
    const canonical = (r: RelationRecord) =>
      r.id === relationId(r.type, r.fromId, r.toId, { role: r.role, validFrom: r.validFrom, validTo: r.stated.to });
    const ordered = [...same].sort((a, b) => Number(canonical(b)) - Number(canonical(a)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const [keep, ...rest] = ordered;
    for (const r of rest) {
      keep!.role = firstText(keep!.role, r.role);
      keep!.stated = combine(keep!.stated, r.stated, keep!.validFrom !== null);
      removed.push(r);
    }
    records.push(keep!);
  }
  return { records, removed };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether a settled record must be written: new, stated otherwise, or answering otherwise than the graph holds. */
export function needsWrite(r: RelationRecord): boolean {
  const s = r.stored;
  const now = r.settled;
  if (now === null) return false;
  if (s === null) return true;
  return (
    s.role !== r.role ||
    !sameList(s.stated.evidence, r.stated.evidence) ||
    s.stated.to !== r.stated.to ||
    s.stated.ended !== r.stated.ended ||
    !sameList(s.settled.evidence, now.evidence) ||
    s.settled.validTo !== now.validTo ||
    s.settled.status !== now.status ||
    s.settled.absorbedInto !== now.absorbedInto
  );
}
