// What an ingest logs for live subscriptions (src/db/change-log.ts): claims it created, contradictions it
// added, relation records it wrote or folded away. Computed from the plan the transaction is about to commit.
import type { ChangeEventInput } from '../db/change-log.js';
import type { RelationRecord } from '../domain/periods.js';
import type { Action, ExistingClaim, PlannedClaim } from './plan.js';

/** Events for the claims of one ingest, given each claim's action. */
export function claimEvents(
  claims: readonly PlannedClaim[],
  actions: ReadonlyMap<string, Action>,
  existing: ReadonlyMap<string, ExistingClaim>,
): ChangeEventInput[] {
  const events: ChangeEventInput[] = [];
  for (const claim of claims) {
    const action = actions.get(claim.id);
    if (action === undefined || action === 'UNCHANGED') continue;
    if (action === 'CREATE') events.push({ kind: 'CLAIM_ADDED', claimId: claim.id, speakerId: claim.speakerId });
    const before = new Set(existing.get(claim.id)?.contradicts ?? []);
    for (const other of new Set(claim.contradicts)) {
      if (before.has(other)) continue;
      events.push({ kind: 'CONTRADICTION_ADDED', claimId: claim.id, otherClaimId: other, speakerId: claim.speakerId });
    }
    const supported = new Set(existing.get(claim.id)?.supports ?? []);
    for (const other of new Set(claim.supports)) {
      if (!supported.has(other)) events.push({ kind: 'SUPPORT_ADDED', claimId: claim.id, otherClaimId: other, speakerId: claim.speakerId });
    }
  }
  return events;
}

/** Events for relation records a plan writes or deletes. */
export function relationEvents(plan: { writes: readonly RelationRecord[]; deletes: readonly RelationRecord[] }): ChangeEventInput[] {
  const event = (r: RelationRecord): ChangeEventInput => ({ kind: 'RELATION_CHANGED', relationId: r.id, entityIds: [r.fromId, r.toId] });
  return [...plan.writes.map(event), ...plan.deletes.map(event)];
}
