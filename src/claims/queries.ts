// Paginated claim list and contradiction pairs.
import type { ClaimFilter, ClaimOrder } from '../generated/graphql.js';
import { requireId } from '../graph/args.js';
import { toNodeModel } from '../graph/map-record.js';
import type { ClaimConnectionModel, ClaimModel, ContradictionModel } from '../graph/model.js';
import { paginate } from '../graph/paginate.js';
import type { Context } from '../server/context.js';

const SORT_KEYS = { ID: 'id', STATED_DATE: 'statedDate' } as const;

export interface ClaimListArgs {
  filter?: ClaimFilter | null;
  orderBy?: ClaimOrder | null;
  first?: number | null;
  after?: string | null;
}

export function listClaims(ctx: Context, args: ClaimListArgs): Promise<ClaimConnectionModel> {
  const f = args.filter;
  return paginate<ClaimModel>(ctx, {
    list: 'claims/list',
    count: 'claims/count',
    filter: {
      kinds: f?.kinds?.length ? f.kinds : null,
      text: f?.text ? f.text.toLowerCase() : null,
      speakerId: f?.speakerId ? requireId(f.speakerId, 'filter.speakerId') : null,
      aboutId: f?.aboutId ? requireId(f.aboutId, 'filter.aboutId') : null,
      sourceId: f?.sourceId ? requireId(f.sourceId, 'filter.sourceId') : null,
      includeRetracted: f?.includeRetracted ?? false,
    },
    sortKey: SORT_KEYS[args.orderBy?.field ?? 'ID'],
    desc: args.orderBy?.direction === 'DESC',
    first: args.first,
    after: args.after,
  });
}

/** Contradicting pairs, optionally limited to a track (which must exist). */
export async function findContradictions(
  ctx: Context,
  trackId: string | null | undefined,
  includeRetracted = false,
): Promise<ContradictionModel[]> {
  const [rows] = await Promise.all([
    ctx.db.read(ctx.db.cypher('claims/contradictions'), { trackId: trackId ?? null, includeRetracted }, ctx.counter),
    trackId ? ctx.loaders.nodes.load(requireId(trackId, 'trackId')) : null,
  ]);
  return rows.map((row) => {
    const a = toNodeModel(row.a);
    const b = toNodeModel(row.b);
    ctx.loaders.nodes.prime(a.id, a).prime(b.id, b);
    const shared = Array.isArray(row.sharedTrackIds) ? row.sharedTrackIds.map(String) : [];
    return { claimId: a.id, contradictingClaimId: b.id, sharedTrackIds: shared };
  });
}
