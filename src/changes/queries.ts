// changes(trackId, since): what entered or changed on a track, newest first.
import { boundedInt, requireId } from '../graph/args.js';
import { relationFrom, toNodeModel } from '../graph/map-record.js';
import type { GraphChangeModel } from '../graph/model.js';
import type { Context } from '../server/context.js';
import { badInput, notFound } from '../server/errors.js';

const SINCE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

export async function trackChanges(ctx: Context, trackId: string, since: string, first?: number | null): Promise<GraphChangeModel[]> {
  requireId(trackId, 'trackId');
  if (!SINCE.test(since) || Number.isNaN(Date.parse(since))) {
    throw badInput('since: must be an ISO 8601 date or date-time, e.g. 2025-06-01 or 2025-06-01T12:00:00Z', { argument: 'since' });
  }
  const limit = boundedInt(first, 50, 1, 500, 'first');
  const track = await ctx.loaders.nodes.load(trackId);
  if (track.kind !== 'PolicyTrack') throw notFound(trackId);
  const rows = await ctx.db.read(ctx.db.cypher('changes/on-track'), { trackId, since, limit }, ctx.counter);
  return rows.map((row) => {
    const node = row.node ? toNodeModel(row.node) : null;
    if (node) ctx.loaders.nodes.prime(node.id, node);
    return {
      action: row.action as GraphChangeModel['action'],
      kind: row.kind as GraphChangeModel['kind'],
      id: String(row.id),
      at: String(row.at),
      by: typeof row.by === 'string' ? row.by : null,
      node,
      relation: row.rel ? relationFrom(row.rel, String(row.fromId), String(row.toId)) : null,
    };
  });
}
