// "Valid now" as the peer's clients spell it: a RelationPropsWhere on the edge properties (open or
// started by today, not ended by today, not marked ENDED), the date passed as a variable.
export function peerValidNow(today: string): Record<string, unknown> {
  return {
    AND: [
      { OR: [{ validFrom: { eq: null } }, { validFrom: { lte: today } }] },
      { OR: [{ validTo: { eq: null } }, { validTo: { gt: today } }] },
      { OR: [{ status: { eq: null } }, { NOT: { status: { eq: 'ENDED' } } }] },
    ],
  };
}
