// Claims, sources and contradictions: each link is resolved through the request's loaders.
import type { Resolvers } from '../generated/graphql.js';
import type { EntityModel, SourceModel } from '../graph/model.js';
import { loadClaim, loadClaims, loadEntities, loadEntity } from '../nodes/load.js';
import { findContradictions, listClaims } from './queries.js';

export const claimResolvers: Resolvers = {
  Query: {
    claims: (_root, args, ctx) => listClaims(ctx, args),
    contradictions: (_root, { trackId, includeRetracted }, ctx) => findContradictions(ctx, trackId, includeRetracted ?? false),
  },
  Claim: {
    kind: (claim) => claim.claimKind,
    speaker: async (claim, _args, ctx) => {
      const { speakerId } = await ctx.loaders.claimLinks.load(claim.id);
      if (!speakerId) throw new Error(`Claim ${claim.id} has no speaker`);
      return loadEntity(ctx, speakerId);
    },
    source: async (claim, _args, ctx) => {
      const { sourceId } = await ctx.loaders.claimLinks.load(claim.id);
      const node = sourceId ? await ctx.loaders.nodes.load(sourceId) : null;
      if (node?.kind !== 'Source') throw new Error(`Claim ${claim.id} has no source`);
      return node as SourceModel;
    },
    attributedTo: async (claim, _args, ctx) =>
      loadEntities(ctx, (await ctx.loaders.claimLinks.load(claim.id)).attributedToIds),
    about: async (claim, _args, ctx) =>
      loadEntities(ctx, (await ctx.loaders.claimLinks.load(claim.id)).aboutIds),
    contradicts: async (claim, _args, ctx) =>
      loadClaims(ctx, (await ctx.loaders.claimLinks.load(claim.id)).contradictsIds),
    supports: async (claim, _args, ctx) =>
      loadClaims(ctx, (await ctx.loaders.claimLinks.load(claim.id)).supportsIds),
    supportedBy: async (claim, _args, ctx) =>
      loadClaims(ctx, (await ctx.loaders.claimLinks.load(claim.id)).supportedByIds),
  },
  Source: {
    kind: (source) => source.sourceKind,
    claims: (source, _args, ctx) => ctx.loaders.sourceClaims.load(source.id),
  },
  Contradiction: {
    claim: (pair, _args, ctx) => loadClaim(ctx, pair.claimId),
    contradictingClaim: (pair, _args, ctx) => loadClaim(ctx, pair.contradictingClaimId),
    sharedTracks: async (pair, _args, ctx) =>
      (await loadEntities(ctx, pair.sharedTrackIds)).filter((e): e is EntityModel => e.kind === 'PolicyTrack'),
  },
  ClaimConnection: { nodes: (c) => c.edges.map((e) => e.node), totalCount: (c) => c.totalCount() },
};
