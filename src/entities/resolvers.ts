// Entity lists and the fields every entity has: relations, claims made, claims about.
import type { PersonResolvers, Resolvers } from '../generated/graphql.js';
import { relationTypes, validity } from '../graph/args.js';
import type { EntityModel } from '../graph/model.js';
import { loadClaims, loadEntities, loadEntity } from '../nodes/load.js';
import { AFFILIATION_TYPES } from '../graph/vocabulary.js';
import { listEntities } from './queries.js';

const entityFields: Pick<PersonResolvers, 'relations' | 'claimsMade' | 'claimsAbout'> = {
  relations: (entity, { direction, types, asOf }, ctx) =>
    ctx.loaders.relations(direction ?? 'BOTH', relationTypes(types), validity(asOf)).load(entity.id),
  claimsMade: (entity, _args, ctx) => ctx.loaders.claimsMade.load(entity.id),
  claimsAbout: (entity, _args, ctx) => ctx.loaders.claimsAbout.load(entity.id),
};

export const entityResolvers: Resolvers = {
  Query: {
    people: (_root, args, ctx) => listEntities(ctx, 'Person', args),
    institutions: (_root, args, ctx) => listEntities(ctx, 'Institution', args),
    tracks: (_root, args, ctx) => listEntities(ctx, 'PolicyTrack', args),
  },
  Person: {
    ...entityFields,
    institutions: async (person, _args, ctx) => {
      const relations = await ctx.loaders.relations('OUT', AFFILIATION_TYPES, validity(null)).load(person.id);
      const entities = await loadEntities(ctx, [...new Set(relations.map((r) => r.toId))]);
      return entities.filter((e): e is EntityModel => e.kind === 'Institution');
    },
  },
  Institution: entityFields,
  Event: entityFields,
  PolicyTrack: {
    ...entityFields,
    routedThrough: (track, { asOf }, ctx) => ctx.loaders.relations('OUT', ['ROUTED_THROUGH'], validity(asOf)).load(track.id),
  },
  Relation: {
    from: (relation, _args, ctx) => loadEntity(ctx, relation.fromId),
    to: (relation, _args, ctx) => loadEntity(ctx, relation.toId),
    evidence: (relation, _args, ctx) => loadClaims(ctx, relation.evidenceIds),
  },
  PersonConnection: { nodes: (c) => c.edges.map((e) => e.node), totalCount: (c) => c.totalCount() },
  InstitutionConnection: { nodes: (c) => c.edges.map((e) => e.node), totalCount: (c) => c.totalCount() },
  PolicyTrackConnection: { nodes: (c) => c.edges.map((e) => e.node), totalCount: (c) => c.totalCount() },
};
