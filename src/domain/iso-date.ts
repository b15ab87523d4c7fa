// The one ISO-date rule of the graph: dates of any precision (YYYY, YYYY-MM, YYYY-MM-DD), which sort as
// strings, so Cypher compares them with < and >. Arguments, documents and timelines all check it here.

/** `2025`, `2025-06` or `2025-06-13`. */
export const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const ISO_DATE_HINT = 'YYYY, YYYY-MM or YYYY-MM-DD';

/** The UTC calendar day of `instant` as an ISO date: what a request takes as "today". */
export function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The start of an approximate date that can be placed (`2025-04`, `2025-04/2025-05`); null otherwise ("late April"). */
export function approximateStart(approximate: string | null | undefined): string | null {
  const start = approximate?.split('/')[0];
  return start !== undefined && ISO_DATE.test(start) && (approximate!.split('/').length === 1 || ISO_DATE.test(approximate!.split('/')[1]!))
    ? start
    : null;
}
