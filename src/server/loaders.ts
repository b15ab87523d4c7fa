// The per-request set of DataLoaders, built with the request's context.
import type DataLoader from 'dataloader';
import { createClaimLinksLoader } from '../claims/loaders.js';
import type { GraphDatabase, QueryCounter } from '../db/database.js';
import { createClaimsLoader, createRelationsLoader, type RelationDirection } from '../entities/loaders.js';
import type { Validity } from '../graph/args.js';
import type { RelationModel } from '../graph/model.js';
import { createNodeLoader } from '../nodes/loaders.js';

export function createLoaders(db: GraphDatabase, counter: QueryCounter) {
  const relationLoaders = new Map<string, DataLoader<string, RelationModel[]>>();
  return {
    nodes: createNodeLoader(db, counter),
    claimLinks: createClaimLinksLoader(db, counter),
    claimsMade: createClaimsLoader(db, counter, 'entities/claims-made'),
    claimsAbout: createClaimsLoader(db, counter, 'entities/claims-about'),
    sourceClaims: createClaimsLoader(db, counter, 'claims/by-source'),
    /** One loader per (direction, types, asOf) so that sibling fields with the same arguments share a batch. */
    relations(direction: RelationDirection, types: readonly string[], valid: Validity) {
      const key = `${direction}:${[...types].sort().join('|')}:${valid.asOf ?? 'now'}`;
      let loader = relationLoaders.get(key);
      if (!loader) {
        loader = createRelationsLoader(db, counter, direction, types, valid);
        relationLoaders.set(key, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
