// The executable schema's parts: SDL from schema/*.graphql, the compiled read model's resolvers and
// the write path's mutation resolvers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { curationResolvers } from '../curation/resolvers.js';
import { ingestResolvers } from '../ingest/resolvers.js';
import { readBack, readResolvers } from './read-model.js';

/** All SDL files, in name order. */
export function loadTypeDefs(schemaDir: string): string {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(schemaDir, f), 'utf8'))
    .join('\n');
}

/** Resolvers for the SDL: compiled reads, and mutations (those answering with a node read it back compiled). */
export function buildResolvers(typeDefs: string): Record<string, Record<string, unknown>> {
  const { deleteEntity, ...nodeWrites } = curationResolvers.Mutation ?? {};
  return {
    ...readResolvers(typeDefs),
    DocumentInput: ingestResolvers.DocumentInput as unknown as Record<string, unknown>,
    Mutation: {
      ...ingestResolvers.Mutation,
      deleteEntity,
      ...readBack(nodeWrites as Parameters<typeof readBack>[0]),
    },
  };
}
