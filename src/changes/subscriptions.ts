// Subscription roots (schema/subscriptions.graphql): each filters the instance's change feed by its arguments
// and shapes the committed events it takes. Claims are read back by the server (schema.ts), compiled.
import { badInput, notFound } from '../base/errors.js';
import type { ChangeSource } from '../core/change-source.js';
import { ArgumentProblems, requireEntityId, requireIdOf } from '../domain/args.js';
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

type IdFilter = 'trackId' | 'speakerId' | 'entityId';

/** The kinds of id each filter takes, checked as the HTTP fields check theirs. */
const ID_FILTERS: Record<IdFilter, (id: string, argument: string) => string> = {
  trackId: (id, argument) => requireIdOf(id, argument, ['track']),
  speakerId: requireEntityId,
  entityId: requireEntityId,
};

/**
 * The arguments checked as an HTTP field's are, every problem at once (BAD_USER_INPUT), then against the graph
 * in one read: an id naming nothing is NOT_FOUND, a `since` past the newest event BAD_USER_INPUT (it would
 * silently skip the events up to it). Returns the filters with merged-away ids replaced by their survivors.
 */
async function checked(args: Filters, ctx: Context): Promise<{ filters: Filters; since?: number }> {
  const problems = new ArgumentProblems();
  const given = (Object.keys(ID_FILTERS) as IdFilter[]).filter((key) => typeof args[key] === 'string');
  for (const key of given) problems.check(key, () => ID_FILTERS[key](String(args[key]), key));
  const since = args.since ?? undefined;
  if (since !== undefined && !CURSOR.test(since)) problems.add('since', 'since: must be a cursor from an earlier event');
  problems.throwIfAny();
  const ids = given.map((key) => String(args[key]));
  const [row] = await ctx.db.readPlain(ctx.db.cypher('live/subscription-args'), { ids }, ctx.counter);
  const found = (row?.found ?? []) as (string | null)[];
  const filters: Filters = { ...args };
  given.forEach((key, i) => {
    if (!found[i]) throw notFound(ids[i]!);
    filters[key] = found[i];
  });
  const head = Number(row?.head ?? 0);
  if (since !== undefined && Number(since) > head) {
    throw badInput(`since: ${since} is past the newest event (${head}); pass the cursor of an event received`, { argument: 'since' });
  }
  return since === undefined ? { filters } : { filters, since: Number(since) };
}

const matches = (wanted: string | null | undefined, actual: string | null | readonly string[]) =>
  !wanted || (Array.isArray(actual) ? actual.includes(wanted) : actual === wanted);

type Subscribe = (source: unknown, args: Filters, ctx: Context) => Promise<AsyncIterableIterator<ChangeEvent>>;

function root(accept: (e: ChangeEvent, args: Filters) => boolean, shape: (e: ChangeEvent) => Record<string, unknown>) {
  const subscribe: Subscribe = async (_source, args, ctx) => {
    const feed = feedOf(ctx);
    const { filters, since } = await checked(args, ctx);
    return feed.subscribe((e) => accept(e, filters), since);
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
