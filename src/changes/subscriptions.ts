// Subscription roots (schema/subscriptions.graphql): each filters the instance's change feed by its arguments
// and shapes the committed events it takes. Claims are read back by the server (schema.ts), compiled.
import { badInput } from '../base/errors.js';
import type { ChangeSource } from '../core/change-source.js';
import type { Context } from '../core/context.js';
import type { ChangeEvent } from '../db/change-log.js';

interface Filters {
  trackId?: string | null;
  speakerId?: string | null;
  entityId?: string | null;
  kinds?: string[] | null;
  since?: string | null;
}

const CURSOR = /^\d{1,15}$/;

function feedOf(ctx: Context): ChangeSource {
  // Only the WebSocket server sets it; apollo.ts refuses subscriptions over HTTP before any resolver.
  if (!ctx.changes) throw badInput('Subscriptions are served over WebSocket (graphql-ws) at /graphql');
  return ctx.changes;
}

function sinceOf(args: Filters): number | undefined {
  if (args.since === undefined || args.since === null) return undefined;
  if (!CURSOR.test(args.since)) throw badInput('since: must be a cursor from an earlier event', { argument: 'since' });
  return Number(args.since);
}

const matches = (wanted: string | null | undefined, actual: string | null | readonly string[]) =>
  !wanted || (Array.isArray(actual) ? actual.includes(wanted) : actual === wanted);

type Subscribe = (source: unknown, args: Filters, ctx: Context) => Promise<AsyncIterableIterator<ChangeEvent>>;

function root(accept: (e: ChangeEvent, args: Filters) => boolean, shape: (e: ChangeEvent) => Record<string, unknown>) {
  const subscribe: Subscribe = (_source, args, ctx) => {
    const since = sinceOf(args);
    return feedOf(ctx).subscribe((e) => accept(e, args), since);
  };
  return { subscribe, resolve: (event: ChangeEvent) => ({ cursor: String(event.seq), at: event.at, ...shape(event) }) };
}

export const subscriptionRoots = {
  claimAdded: root(
    (e, args) => e.kind === 'CLAIM_ADDED' && matches(args.trackId, e.trackIds) && matches(args.speakerId, e.speakerId),
    (e) => ({ claimId: e.claimId, speakerId: e.speakerId, trackIds: e.trackIds }),
  ),
  contradictionAdded: root(
    (e, args) => e.kind === 'CONTRADICTION_ADDED' && matches(args.trackId, e.trackIds),
    (e) => ({ claimId: e.claimId, contradictedId: e.otherClaimId, trackIds: e.trackIds }),
  ),
  claimLinked: root(
    (e, args) =>
      (e.kind === 'CONTRADICTION_ADDED' || e.kind === 'SUPPORT_ADDED') &&
      matches(args.trackId, e.trackIds) &&
      (!args.kinds?.length || args.kinds.includes(e.kind === 'CONTRADICTION_ADDED' ? 'CONTRADICTS' : 'SUPPORTS')),
    (e) => ({
      kind: e.kind === 'CONTRADICTION_ADDED' ? 'CONTRADICTS' : 'SUPPORTS',
      claimId: e.claimId,
      otherClaimId: e.otherClaimId,
      trackIds: e.trackIds,
    }),
  ),
  relationChanged: root(
    (e, args) => e.kind === 'RELATION_CHANGED' && matches(args.entityId, e.entityIds),
    (e) => ({ relationId: e.relationId, entityIds: e.entityIds }),
  ),
};
