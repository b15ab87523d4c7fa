// The buckets of a brokers window: calendar months, quarters or years from the one holding `from` to the one
// holding `to`, each with its first and last day (ISO dates, which compare as strings), and the overlap rule
// that puts a relation's period in a bucket.

export type BucketSize = 'MONTH' | 'QUARTER' | 'YEAR';

export interface Bucket {
  /** `2025-03`, `2025-Q1` or `2025`. */
  label: string;
  /** First and last day, both included. */
  start: string;
  end: string;
}

/** The first and the last day a date of any precision can mean (`2025-03` -> 2025-03-01 / 2025-03-31). */
export const firstDay = (date: string) => date + '0000-01-01'.slice(date.length);
export const lastDay = (date: string) => date + '9999-12-31'.slice(date.length);

const MONTHS_OF: Record<BucketSize, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function labelOf(size: BucketSize, year: number, month: number): string {
  if (size === 'YEAR') return String(year);
  if (size === 'QUARTER') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${year}-${pad(month)}`;
}

/** How many buckets of `size` [from, to] spans (both ISO dates, from <= to). */
export function bucketCount(from: string, to: string, size: BucketSize): number {
  const index = (day: string) => Math.floor((Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1) / MONTHS_OF[size]);
  return index(lastDay(to)) - index(firstDay(from)) + 1;
}

/** The buckets covering [from, to]: the whole month, quarter or year of each end, in date order. */
export function bucketsOf(from: string, to: string, size: BucketSize): Bucket[] {
  const step = MONTHS_OF[size];
  const first = firstDay(from);
  let year = Number(first.slice(0, 4));
  let month = Math.floor((Number(first.slice(5, 7)) - 1) / step) * step + 1;
  const buckets: Bucket[] = [];
  for (let i = bucketCount(from, to, size); i > 0; i--) {
    const endMonth = month + step - 1;
    buckets.push({
      label: labelOf(size, year, month),
      start: `${year}-${pad(month)}-01`,
      end: `${year}-${pad(endMonth)}-${pad(daysIn(year, endMonth))}`,
    });
    month += step;
    if (month > 12) [year, month] = [year + 1, month - 12];
  }
  return buckets;
}

/** A relation's period: its dates as stored (any precision), either or both absent. */
export interface Period {
  validFrom: string | null;
  validTo: string | null;
}

/** Dated: a start or an end is known. A relation with neither is undated and goes in no bucket. */
export const isDated = (p: Period) => p.validFrom !== null || p.validTo !== null;

/** A dated period overlaps the bucket: an unknown start or end is open on that side; both ends are included. */
export function overlaps(p: Period, b: { start: string; end: string }): boolean {
  if (!isDated(p)) return false;
  return (p.validFrom === null || firstDay(p.validFrom) <= b.end) && (p.validTo === null || lastDay(p.validTo) >= b.start);
}
