// The executable schema's parts: SDL from schema/*.graphql and the domain folders' resolver maps.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changeResolvers } from '../changes/resolvers.js';
import { claimResolvers } from '../claims/resolvers.js';
import { curationResolvers } from '../curation/resolvers.js';
import { entityResolvers } from '../entities/resolvers.js';
import { ingestResolvers } from '../ingest/resolvers.js';
import type { Resolvers } from '../generated/graphql.js';
import { nodeResolvers } from '../nodes/resolvers.js';
import { traversalResolvers } from '../traversals/resolvers.js';

/** All SDL files, in name order. */
export function loadTypeDefs(schemaDir: string): string {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(schemaDir, f), 'utf8'))
    .join('\n');
}

/** Merges the per-domain resolver maps type by type (each type's fields come from one domain). */
export function mergeResolvers(...maps: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
    }
  }
  return merged as Resolvers;
}

export const resolvers = mergeResolvers(nodeResolvers, entityResolvers, claimResolvers, traversalResolvers, ingestResolvers, changeResolvers, curationResolvers);
