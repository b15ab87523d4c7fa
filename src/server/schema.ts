// The executable schema's parts: SDL from schema/*.graphql, the compiled read model's resolvers and
// the write path's mutation resolvers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { AppError } from '../base/errors.js';
import { subscriptionRoots } from '../changes/subscriptions.js';
import type { Context } from '../core/context.js';
import { deleteEntityResolver, nodeWrites } from '../curation/resolvers.js';
import type { Extractions } from '../extract/extraction.js';
import { extractResolvers } from '../extract/resolvers.js';
import { ingestResolvers } from '../ingest/resolvers.js';
import { readNode } from '../nodes/roots.js';
import { READ_TYPES, readBack, readResolvers } from './read-model.js';
import { boundTextArguments } from './text-arguments.js';

/** All SDL files, in name order. */
export function loadTypeDefs(schemaDir: string): string {
  return readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(schemaDir, f), 'utf8'))
    .join('\n');
}

type ResolverMap = NonNullable<Parameters<typeof makeExecutableSchema>[0]['resolvers']>;

/**
 * Resolvers for the SDL: compiled reads, and mutations. Those answering with a node say so by going
 * through readBack (the write answers an id, the node is read back compiled); ingestDocument and
 * deleteEntity answer what they did.
 */
export function buildResolvers(typeDefs: string, extractions?: Extractions): ResolverMap {
  const reads = readResolvers(typeDefs);
  const extract = extractResolvers(extractions);
  return {
    ...reads,
    Query: { ...reads.Query, ...extract.Query },
    DraftDocument: extract.DraftDocument,
    DocumentInput: ingestResolvers.DocumentInput,
    Mutation: {
      ...ingestResolvers.Mutation,
      deleteEntity: deleteEntityResolver,
      ...readBack(nodeWrites),
    },
    Subscription: subscriptionRoots,
    ClaimAddedEvent: { claim: eventClaim },
    ContradictionAddedEvent: { claim: eventClaim },
    ClaimLinkedEvent: { claim: eventClaim },
  };
}

/** A subscription event's claim, read with the event's selection (compiled); null once it is gone. */
async function eventClaim(event: { claimId: string }, _args: unknown, ctx: Context, info: GraphQLResolveInfo): Promise<unknown> {
  try {
    return await readNode(ctx, info, READ_TYPES, event.claimId);
  } catch (error) {
    if (error instanceof AppError && error.extensions.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/**
 * The executable schema, built once per server (graphql-options.ts) and served over HTTP and WebSocket alike;
 * every root field refuses over-long text arguments before it runs (text-arguments.ts).
 */
export function buildExecutableSchema(schemaDir: string, extractions?: Extractions): GraphQLSchema {
  const typeDefs = loadTypeDefs(schemaDir);
  return boundTextArguments(makeExecutableSchema({ typeDefs, resolvers: buildResolvers(typeDefs, extractions) }));
}
